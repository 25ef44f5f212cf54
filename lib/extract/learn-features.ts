// What the learner (learn.ts) knows about a candidate claim: plain data in, feature names out. Pure.
// The same function describes a candidate at import time, a decision an editor made in the review
// queue, and a replayed label in `npm run eval:learn`, so what is learned from one applies to the others.
import type { CandidateClaim } from "./types";

/** A candidate claim as the learner sees it, before any editor touched it. */
export interface CandidateInput {
  /** performance, feature, recommendation, fact, opinion (any case). */
  kind: string;
  statement: string;
  quote: string;
  topic: string | null;
  metric: string | null;
  unit: string | null;
  hasValue: boolean;
  /** How many technologies the claim names. */
  technologies: number;
  /** Every name its technologies go by: masked in the statement, so the pattern is the rule's wording, not the subject. */
  names: string[];
  /** The document's format (markdown, html, webpage…). */
  format: string | null;
  /** The nearest heading above the quote in the document, if any. */
  heading: string | null;
  /** The claim's conditions (setup, support, stance). */
  conditions: Record<string, unknown>;
}

const WORD = /[\p{L}\p{N}+#]+(?:[.'’][\p{L}\p{N}]+)*/gu;
const DIGIT = /\d/;
const NEGATION = new Set([
  "not",
  "no",
  "never",
  "without",
  "lacks",
  "lack",
  "doesn't",
  "don't",
  "isn't",
  "can't",
  "cannot",
  "won't",
  "nor",
  "neither",
]);
const STOP = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "to",
  "in",
  "on",
  "for",
  "with",
  "is",
  "are",
  "be",
  "it",
  "its",
  "as",
  "at",
  "by",
  "this",
  "that",
  "vs",
]);

/** Lower-case words of a text, numbers as "N". */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => (DIGIT.test(w) ? "N" : w));
}

/** The statement's words with each technology name replaced by "T" (runs of them collapse into one). */
export function maskedWords(statement: string, names: string[]): string[] {
  const words = wordsOf(statement);
  const masks = [...new Set(names.map((n) => wordsOf(n).join(" ")).filter(Boolean))]
    .map((n) => n.split(" "))
    .sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const hit = masks.find((m) => m.every((w, j) => words[i + j] === w));
    if (hit) {
      if (out[out.length - 1] !== "T") out.push("T");
      i += hit.length;
    } else out.push(words[i++]);
  }
  return out;
}

/**
 * The wording a rule produced, as a stable id: the kind and the statement's skeleton (technologies as
 * T, numbers as N), its first three words and last two. The extraction rules write their statements
 * from templates ("T has admin built in", "Use T when …"), so the skeleton names the rule without the
 * extractor having to declare one; a sentence kept verbatim gives the shape of the sentence instead.
 */
export function patternOf(input: Pick<CandidateInput, "kind" | "statement" | "names">): string {
  const w = maskedWords(input.statement, input.names);
  const skeleton = w.length > 6 ? [...w.slice(0, 3), "…", ...w.slice(-2)] : w;
  return `${input.kind.toLowerCase()}: ${skeleton.join(" ")}`;
}

/** Which of the ranges cut at `edges` a count falls in ("0" up to the first edge, and so on). */
const bucket = (n: number, edges: number[]): string => String(edges.filter((e) => n > e).length);

/** The candidate's features: binary, named, sorted, without duplicates. */
export function featuresOf(input: CandidateInput): string[] {
  const kind = input.kind.toLowerCase();
  const f = new Set<string>(["k:" + kind, "p:" + patternOf(input)]);
  if (input.topic) f.add(`t:${kind}:${input.topic}`);
  if (input.metric) f.add(`m:${input.metric}`);
  if (input.unit) f.add(`u:${input.unit}`);
  f.add(input.hasValue ? "num:yes" : "num:no");
  f.add(`techs:${Math.min(input.technologies, 3)}`);
  if (input.format) f.add(`fmt:${input.format.toLowerCase()}`);
  for (const w of wordsOf(input.heading ?? "")
    .filter((w) => w.length > 2 && !STOP.has(w))
    .slice(0, 8))
    f.add(`h:${w}`);
  const masked = maskedWords(input.statement, input.names);
  masked.forEach((w, i) => {
    if (!STOP.has(w)) f.add(`w:${w}`);
    if (i > 0) f.add(`b:${masked[i - 1]} ${w}`);
  });
  const quote = wordsOf(input.quote);
  if (quote.some((w) => NEGATION.has(w) || w.endsWith("n't"))) f.add("neg");
  // A statement that repeats its quote is a sentence kept as written; one that does not was rewritten by a rule.
  f.add(wordsOf(input.statement).join(" ") === quote.join(" ") ? "verbatim" : "rewritten");
  f.add(`qlen:${bucket(quote.length, [6, 15, 30, 60])}`);
  const conditions = Object.entries(input.conditions).filter(
    ([k]) => k !== "support" && k !== "stance" && k !== "direction",
  );
  f.add(`cond:${Math.min(conditions.length, 3)}`);
  for (const key of ["support", "stance", "direction"])
    if (input.conditions[key] != null) f.add(`c:${key}=${String(input.conditions[key])}`);
  return [...f].sort();
}

/**
 * The heading each position of a text falls under (the last markdown heading line starting before it):
 * the headings are found once per document, each look-up is a binary search.
 */
export function headingIndex(text: string): (position: number) => string | null {
  const starts: number[] = [];
  const titles: string[] = [];
  for (let at = 0; at < text.length;) {
    const end = text.indexOf("\n", at);
    const stop = end < 0 ? text.length : end;
    if (text.startsWith("#", at)) {
      starts.push(at);
      titles.push(
        text
          .slice(at, Math.min(stop, at + 200))
          .replace(/^#+\s?/, "")
          .trim(),
      );
    }
    at = stop + 1;
  }
  return (position) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= position) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : titles[found];
  };
}

/** An extracted candidate as the learner sees it, with where it was found. */
export function candidateInput(
  claim: Pick<
    CandidateClaim,
    "kind" | "statement" | "quote" | "topic" | "metric" | "unit" | "value" | "technologies" | "conditions" | "start"
  >,
  where: { names: (slug: string) => string[]; format: string | null; heading: (position: number) => string | null },
): CandidateInput {
  return {
    kind: claim.kind,
    statement: claim.statement,
    quote: claim.quote,
    topic: claim.topic,
    metric: claim.metric,
    unit: claim.unit,
    hasValue: claim.value != null,
    technologies: claim.technologies.length,
    names: claim.technologies.flatMap(where.names),
    format: where.format,
    heading: where.heading(claim.start),
    conditions: claim.conditions,
  };
}

// ---- Features in words, for the reasons the review queue shows an editor ----

const FORMATS: Record<string, string> = {
  bookmark: "a bookmark",
  nuxt_payload: "a Nuxt page",
  web_page: "a copied web page",
  social_post: "a social post",
  html: "an HTML document",
  markdown: "a Markdown document",
  text: "a plain-text document",
};
const SUPPORT: Record<string, string> = {
  "built-in": "says the capability is built in",
  partial: "says the capability is partial",
  missing: "says the capability is missing",
};
const STANCE: Record<string, string> = { supports: "the author agrees with it", contradicts: "the author disputes it" };
// The quote-length buckets featuresOf cuts at 6, 15, 30 and 60 words.
const QUOTE_LENGTHS = [
  "a quote of at most 6 words",
  "a quote of 7 to 15 words",
  "a quote of 16 to 30 words",
  "a quote of 31 to 60 words",
  "a quote of over 60 words",
];

/** "3 or more technologies", "1 technology", "no conditions": a count as featuresOf caps it (at 3). */
function counted(value: string, one: string, many: string): string {
  const n = Number(value);
  if (n === 0) return `no ${many}`;
  return n === 1 ? `1 ${one}` : `${n}${n >= 3 ? " or more" : ""} ${many}`;
}

/** A statement's masked words as an editor reads them: T is a technology's name, N a number. */
const unmask = (words: string): string =>
  words
    .split(" ")
    .map((w) => (w === "T" ? "[technology]" : w === "N" ? "[number]" : w))
    .join(" ");

const DESCRIBE: Record<string, (value: string) => string> = {
  k: (v) => `a ${v} claim`,
  p: (v) => {
    const at = v.indexOf(": ");
    return `worded like “${unmask(v.slice(at + 2))}” (${v.slice(0, at)})`;
  },
  t: (v) => `about ${v.slice(v.indexOf(":") + 1).replace(/-/g, " ")}`,
  m: (v) => `measures ${v.replace(/_/g, " ")}`,
  u: (v) => `a figure in ${v}`,
  num: (v) => (v === "yes" ? "states a figure" : "states no figure"),
  techs: (v) => `names ${counted(v, "technology", "technologies")}`,
  fmt: (v) => `from ${FORMATS[v] ?? `a ${v.replace(/_/g, " ")} document`}`,
  h: (v) => `under a heading with “${v}”`,
  w: (v) =>
    v === "T"
      ? "names a technology in its statement"
      : v === "N"
        ? "a number in its statement"
        : `the word “${v}” in its statement`,
  b: (v) => `the words “${unmask(v)}” in its statement`,
  cond: (v) => `states ${counted(v, "condition", "conditions")}`,
  qlen: (v) => QUOTE_LENGTHS[Number(v)] ?? "a quote of unknown length",
  c: (v) => {
    const [key, value] = v.split("=");
    return key === "support"
      ? (SUPPORT[value] ?? `support: ${value}`)
      : key === "stance"
        ? (STANCE[value] ?? `stance: ${value}`)
        : `${key}: ${value}`;
  },
};

/**
 * A feature in words an editor understands: `techs:1` -> "names 1 technology", `p:feature: T has …
 * built in` -> "worded like “[technology] has … built in” (feature)", `fmt:web_page` -> "from a copied
 * web page". Never a raw feature name or value.
 */
export function describeFeature(feature: string): string {
  if (feature === "neg") return "a negation in the quote";
  if (feature === "verbatim") return "the sentence kept as written";
  if (feature === "rewritten") return "a statement rewritten by a rule";
  const at = feature.indexOf(":");
  const describe = at > 0 ? DESCRIBE[feature.slice(0, at)] : undefined;
  return describe ? describe(feature.slice(at + 1)) : "another feature of the candidate";
}
