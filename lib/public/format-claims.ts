// Claims in words: kind labels ("Feature · ORM"), feature and metric names, measuring conditions
// with their labels ("8 workers"), and claim titles whose trailing list of conditions carries a
// bare number ("(2-vcpu vm, 8, php-fpm)") rewritten with the condition's name.
import { FEATURES, replacementName } from "@/lib/extract/features";
import { lexiconName } from "@/lib/extract/lexicon";
import {
  countedPhrase,
  countNouns,
  isCount,
  orderedConditions,
  setupRank,
  statementCondition,
} from "@/lib/extract/condition-words";
import { humanize, spellWords } from "./words";
import { naturalStatement, type StatementParts } from "./statements";

/** One formatter for every whole number shown (building an Intl.NumberFormat costs far more than formatting with one). */
const WHOLE = new Intl.NumberFormat("en-US");

export { naturalStatement, withNaturalStatements, type StatementParts } from "./statements";
export { orderedConditions } from "@/lib/extract/condition-words";

export type Conditions = Record<string, string | number | boolean>;

/** One claim's kind, singular: the label above a claim. */
export const KIND_NAMES: Record<string, string> = {
  PERFORMANCE: "Performance",
  FEATURE: "Feature",
  RECOMMENDATION: "Recommendation",
  FACT: "Fact",
  OPINION: "Opinion",
};

/** Groups of claims of one kind: section headings. */
export const KIND_GROUP_NAMES: Record<string, string> = {
  PERFORMANCE: "Performance",
  FEATURE: "Features",
  RECOMMENDATION: "Recommendations",
  FACT: "Facts",
  OPINION: "Opinions",
};

/**
 * Display names of the features the extractor knows (lib/extract/features.ts topics); a test
 * checks that every topic of that catalogue has one.
 */
export const FEATURE_NAMES: Record<string, string> = {
  admin: "Admin interface",
  orm: "ORM",
  migrations: "Schema migrations",
  authentication: "Authentication",
  openapi: "OpenAPI documentation",
  websockets: "WebSockets",
  "background-jobs": "Background jobs",
  async: "Async views",
  security: "Security protections",
  templates: "Server-side templates",
  replication: "Replication",
  "full-text-search": "Full-text search",
};

export const FEATURE_TOPICS: readonly string[] = FEATURES.map((f) => f.topic);

export const featureName = (topic: string): string => FEATURE_NAMES[topic.toLowerCase()] ?? humanize(topic);

/** "release_year" -> "Release year", "async_views_since_version" -> "Async views since version". */
export const metricName = (metric: string): string => humanize(metric);

/**
 * What a figure measures, said once: "Measures throughput, in req/s."; a metric its unit only
 * repeats (a year, a version, a count, a ratio) reads as its name alone: "Release year.", never
 * "Measures release year, in year."
 */
export function measuresText(metric: string, unit: string | null): string {
  const name = metricName(metric);
  const unitWord = (unit ?? "").trim().toLowerCase().replace(/s$/, "");
  const repeats =
    !unitWord || name.toLowerCase().split(/\s+/).includes(unitWord) || /^(?:year|version|x|count|time)$/.test(unitWord);
  return repeats ? `${name}.` : `Measures ${name.toLowerCase()}, in ${unit}.`;
}

export const kindName = (kind: string): string => KIND_NAMES[kind] ?? humanize(kind.toLowerCase());

/**
 * The label above a claim: its kind, and what it is about when that adds something
 * ("Feature · ORM", "Performance · Throughput", "Fact · Release year", "Recommendation").
 */
export function claimKindLabel(claim: {
  kind: string;
  topic?: string | null;
  metric?: string | null;
  technologies?: { slug: string }[];
}): string {
  const kind = kindName(claim.kind);
  // A topic that is one of the claim's own technologies says nothing the title does not.
  const topic =
    claim.topic && !claim.technologies?.some((t) => t.slug === claim.topic?.toLowerCase()) ? claim.topic : null;
  const about =
    claim.kind === "FEATURE"
      ? topic
        ? featureName(topic)
        : null
      : claim.kind === "PERFORMANCE" || claim.kind === "FACT"
        ? claim.metric
          ? metricName(claim.metric)
          : null
        : null;
  return about && about.toLowerCase() !== kind.toLowerCase() ? `${kind} · ${about}` : kind;
}

const SUPPORT_VALUES: Record<string, string> = {
  "built-in": "Built in",
  yes: "Built in",
  true: "Built in",
  partial: "Partly",
  missing: "Not built in",
  no: "Not built in",
  false: "Not built in",
};

/** Labels a stored key does not give by itself: "versions" holds what was tested, "PostgreSQL 16". */
const CONDITION_LABELS: Record<string, string> = { versions: "Versions tested", version: "Version tested" };
/** In running text such a condition reads as words, not as a key: "tested on PostgreSQL 16". */
const CONDITION_LEADS: Record<string, string> = { versions: "tested on", version: "tested on" };

export const conditionLabel = (key: string): string => CONDITION_LABELS[key.toLowerCase()] ?? humanize(key);

/**
 * A stored condition value as a reader writes it: a technology by its name ("gunicorn" → "Gunicorn",
 * "node.js" → "Node.js"), other words with names and abbreviations spelled right ("2-vcpu vm" →
 * "2-vCPU VM"); free text the importer kept as written stays as written.
 */
function spelledValue(value: string): string {
  return lexiconName(value) ?? spellWords(value);
}

/** A condition's value in a table beside its label: "8", "Built in", "Yes", "Gunicorn". */
export function conditionValue(key: string, value: string | number | boolean): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (key.toLowerCase() === "support") return SUPPORT_VALUES[String(value).toLowerCase()] ?? String(value);
  // The replacement's name, without the source's verb: "needs drf-spectacular" → "drf-spectacular".
  if (key.toLowerCase() === "replacement" && typeof value === "string") return replacementName(value);
  if (typeof value === "number") return WHOLE.format(value);
  return spelledValue(value);
}

/** A condition on its own in running text: "8 workers", "server Gunicorn", "with TLS". */
export function conditionPhrase(key: string, value: string | number | boolean): string {
  const counted = countedPhrase(key, value, (n) => WHOLE.format(n));
  if (counted) return counted;
  if (typeof value === "boolean") return `${value ? "with" : "without"} ${conditionLabel(key).toLowerCase()}`;
  const lead = CONDITION_LEADS[key.toLowerCase()] ?? conditionLabel(key).toLowerCase();
  return `${lead} ${conditionValue(key, value)}`;
}

/**
 * Wordings worked out from one frozen conditions object. Public page data is frozen once per load
 * (lib/cache/data.ts) and shared by every render until a write drops it, so a page rendered on every
 * request words each setup and title once per load rather than once per render (#14); a frozen
 * object cannot change, so its wording cannot go stale, and it goes with the object.
 */
const PHRASES = new WeakMap<Conditions, string>();
const TITLES = new WeakMap<Conditions, Map<string, string>>();

/** A setup in one line: "hardware 2-vCPU VM · server Gunicorn · 8 workers". */
export function conditionsPhrase(conditions: Conditions): string {
  const kept = PHRASES.get(conditions);
  if (kept !== undefined) return kept;
  const entries = orderedConditions(conditions);
  const phrase =
    entries.length === 0 ? "no conditions recorded" : entries.map(([k, v]) => conditionPhrase(k, v)).join(" · ");
  if (Object.isFrozen(conditions)) PHRASES.set(conditions, phrase);
  return phrase;
}

/** Conditions that say what a claim is about rather than how a figure was measured: never a setup part. */
const NOT_SETUP = new Set(["replacement", "support", "stance", "before", "by", "licence", "use_case", "usecase"]);

/**
 * The condition a bracketed part of a statement stands for, matched by value (a bare number prefers a
 * count) or by the words the importer writes a count in ("4 workers").
 */
function conditionFor(
  part: string,
  all: [string, string | number | boolean][],
): [string, string | number | boolean] | undefined {
  const entries = all.filter(([k]) => !NOT_SETUP.has(k.toLowerCase()));
  const same = (v: string | number | boolean) => spokenForm(String(v)) === spokenForm(part);
  return /^\d+$/.test(part)
    ? (entries.find(([k, v]) => same(v) && countNouns(k)) ?? entries.find(([, v]) => same(v)))
    : (entries.find(([, v]) => same(v)) ??
        entries.find(([k, v]) => spokenForm(statementCondition(k, v)) === spokenForm(part)));
}

/**
 * A claim's title as shown: statements made from a table row end with the row's conditions in
 * brackets as stored ("… (2-vcpu vm, 8, php-fpm, hello-world)."); each part that is one of the
 * claim's conditions is written with its name ("hardware 2-vCPU VM, 8 workers, server PHP-FPM,
 * endpoint hello-world"). Anything else is left exactly as written.
 */
export function claimTitle(statement: string, conditions: Conditions = {}, about: StatementParts = {}): string {
  const natural = naturalStatement(statement, about);
  if (!Object.isFrozen(conditions)) return namedConditions(natural, conditions);
  const titles = TITLES.get(conditions) ?? new Map<string, string>();
  TITLES.set(conditions, titles);
  const kept = titles.get(natural);
  if (kept !== undefined) return kept;
  const title = namedConditions(natural, conditions);
  titles.set(natural, title);
  return title;
}

function namedConditions(statement: string, conditions: Conditions): string {
  const entries = Object.entries(conditions);
  const match = /\(([^()]+)\)(\.?)\s*$/.exec(statement);
  const parts = match ? match[1].split(/,\s*/) : [];
  const used = new Set<string>();
  const asWritten: string[] = [];
  const named: [string, string | number | boolean][] = [];
  for (const part of parts) {
    const found = conditionFor(part, entries);
    if (!found || used.has(found[0])) asWritten.push(part);
    else named.push(found);
    if (found) used.add(found[0]);
  }
  // A setup the statement does not state (an editor added it, or it came from another line of the
  // source) is still part of what the figure means: named after the stated ones (issue 13, R15).
  const unsaid = entries.filter(([k, v]) => !used.has(k) && isSetup(k) && !statedIn(statement, k, v));
  if (used.size === 0 && unsaid.length === 0) return statement;
  // Said in the one order of every setup (SETUP_ORDER), whatever order the source wrote them in.
  const setup = [...named, ...unsaid].sort(([a], [b]) => setupRank(a) - setupRank(b));
  const all = [...asWritten, ...setup.map(([k, v]) => conditionPhrase(k, v))].join(", ");
  if (match) return `${statement.slice(0, match.index)}(${all})${match[2]}`;
  const end = /\.?\s*$/.exec(statement);
  const at = end?.index ?? statement.length;
  return `${statement.slice(0, at)} (${all})${statement.slice(at).trim()}`;
}

/** Conditions that are said in words by the statement itself ("down from …", "200–350 ms"), never a setup. */
const SAID_IN_WORDS = new Set(["before", "range", "bound"]);
const isSetup = (key: string): boolean => !NOT_SETUP.has(key.toLowerCase()) && !SAID_IN_WORDS.has(key.toLowerCase());

/**
 * A text as words for comparing what two spellings say: lower case, anything but letters, digits and
 * a dot inside a word ("node.js", "3.1") a single space ("2-vCPU VM" and "2 vcpu vm" are one setup,
 * "hello-world" is "hello world", a sentence's last word loses its full stop).
 */
const spokenForm = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+|\.(?![\p{L}\p{N}])/gu, " ")
    .trim()} `;

/** Whether the statement already says a condition: "8 workers", "under Uvicorn", "on PostgreSQL 16". */
function statedIn(statement: string, key: string, value: string | number | boolean): boolean {
  if (typeof value === "boolean") return false;
  const text = spokenForm(statement);
  const counted = countNouns(key);
  if (counted && isCount(value))
    return [counted[0], counted[1]].some((unit) => text.includes(spokenForm(`${value} ${unit}`)));
  const said = spokenForm(String(value));
  return said.trim().length > 1 && text.includes(said);
}

/** What replaces a missing feature, after "use": "use drf-spectacular", "use SQLAdmin (third-party)". */
export const replacementText = (replacement: string): string => `use ${replacementName(replacement)}`;

/** Names listed after an option only when they add something: "FastAPI (FastAPI)" reads as "FastAPI". */
export function namesBeyond(option: string, names: string[]): string[] {
  const said = option.toLowerCase();
  return names.filter((n) => !said.includes(n.toLowerCase()));
}

/**
 * The engine's confidence line ("53%: 4 verified claims … for it; …") after a label that ends in a
 * colon: "53% — 4 verified claims … for it; …" (never "published: 53%: 4 …").
 */
export function confidenceText(line: string): string {
  const m = /^(\d{1,3}%): /.exec(line);
  return m ? `${m[1]} — ${line.slice(m[0].length)}` : line;
}

export const countLabel = (n: number, one: string, many: string): string =>
  `${WHOLE.format(n)} ${n === 1 ? one : many}`;
