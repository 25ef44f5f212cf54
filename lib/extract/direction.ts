// What a claim says about each technology it names: supports, against, neutral — or, for a figure
// without a comparison in its own words, "rank": it counts by its rank among the figures measured
// the same way (same metric, unit and conditions), which only the verdict engine can see.
// Pure and rule-based on constructions, never on phrases of one article:
//  - FACT: neutral (a release year says nothing for or against).
//  - RECOMMENDATION: for its technologies; "avoid X", "X is not recommended" against; the "Y" of
//    "X over Y", "X instead of Y", "X rather than Y" against.
//  - FEATURE: has → for; lacks, has no, without, only partial, limited → against. Clauses split at
//    "but", "while", "whereas", ";" and "unlike" ("unlike Y" says the opposite about Y).
//  - PERFORMANCE: a relative claim ("6x faster than Y", "slower than Y", "outperforms Y") → for the
//    better side, against the other; otherwise "rank".
//  - OPINION: by its evaluative words (praise → for, complaint → against, none → neutral).

export const DIRECTIONS = ["supports", "against", "neutral", "rank"] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** By technology slug. */
export type Directions = Record<string, Direction>;

export interface DirectionTechnology {
  slug: string;
  /** Display name and aliases: how the statement may spell it (the slug is always tried). */
  names?: string[];
}

export interface DirectionInput {
  kind: string;
  statement: string;
  technologies: ReadonlyArray<string | DirectionTechnology>;
}

/** The text's words in lower case: its runs of letters a–z, digits, ".", "+" and "#". */
function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 35;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Where each technology is first named in `tokens` (-1 when the statement does not name it). */
function positions(tokens: string[], technologies: DirectionTechnology[]): Map<string, number> {
  const out = new Map<string, number>();
  // A token without its full stop ("django." at a sentence's end), worked out once per token.
  const bare = tokens.map((t) => (t.endsWith(".") ? t.slice(0, -1) : t));
  for (const tech of technologies) {
    let best = -1;
    for (const spelling of spellingsOf(tech)) {
      const at = firstAt(tokens, bare, spelling);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    out.set(tech.slug, best);
  }
  return out;
}

// A technology's spellings as token lists; most technologies are asked about again and again.
const spellingCache = new Map<string, string[][]>();
function spellingsOf(tech: DirectionTechnology): string[][] {
  const key = tech.names?.length ? `${tech.slug}\u0000${tech.names.join("\u0000")}` : tech.slug;
  let spellings = spellingCache.get(key);
  if (!spellings) {
    spellings = [tech.slug.replace(/-/g, " "), ...(tech.names ?? [])].map(words).filter((w) => w.length > 0);
    if (spellingCache.size >= 10_000) spellingCache.clear();
    spellingCache.set(key, spellings);
  }
  return spellings;
}

/** The first position where `spelling` is read in the tokens (as is, with "'s", or before a full stop), or -1. */
function firstAt(tokens: string[], bare: string[], spelling: string[]): number {
  for (let i = 0; i + spelling.length <= tokens.length; i++) {
    let j = 0;
    for (; j < spelling.length; j++) {
      const w = spelling[j];
      const t = tokens[i + j];
      if (t !== w && bare[i + j] !== w && !(t.length === w.length + 2 && t.endsWith("'s") && t.startsWith(w))) break;
    }
    if (j === spelling.length) return i;
  }
  return -1;
}

const LACKS =
  /\b(no|not|lacks?|lacking|without|missing|doesn'?t|does not|isn'?t|is not|cannot|can'?t|only partial|partial|partially|limited|none|neither|nor|absent)\b/;
const AVOID =
  /\b(avoid|avoided|don'?t use|do not use|never use|not recommended|steer clear|stay away|skip|not a good fit|poor fit|wrong choice|bad choice)\b/;
const ALTERNATIVE = /\b(over|instead of|rather than|in place of|not)\b/;
const BETTER =
  /\b(faster|quicker|higher|more|better|outperforms?|beats?|ahead of|less memory|lower latency|cheaper|smaller)\b/;
const WORSE = /\b(slower|lower|fewer|worse|behind|more memory|higher latency|larger|heavier|costlier)\b/;
const PRAISE =
  /\b(great|excellent|love|loved|best|good|pleasant|productive|easy|simple|fast|mature|solid|reliable|recommend|elegant|clean)\b/;
const COMPLAINT =
  /\b(can'?t|cannot|won'?t|doesn'?t scale|painful|pain|slow|bloated|hard|difficult|complex|verbose|worse|bad|regret|regretted|frustrating|clunky|outdated|fragile|buggy|awkward|overkill|heavy)\b/;

function all(techs: DirectionTechnology[], d: Direction): Directions {
  const out: Directions = {};
  for (const t of techs) out[t.slug] = d;
  return out;
}
const opposite = (d: Direction): Direction => (d === "supports" ? "against" : d === "against" ? "supports" : d);

/** Technologies named after the first match of `pattern` (by token position in the statement). */
function namedAfter(statement: string, pattern: RegExp, at: Map<string, number>): Set<string> {
  const match = pattern.exec(statement.toLowerCase());
  if (!match) return new Set();
  const from = words(statement.toLowerCase().slice(0, match.index)).length;
  return new Set([...at].filter(([, i]) => i >= from).map(([slug]) => slug));
}

function recommendation(statement: string, techs: DirectionTechnology[]): Directions {
  const at = positions(words(statement), techs);
  const out = all(techs, "supports");
  const lower = statement.toLowerCase();
  const avoid = AVOID.exec(lower);
  if (avoid) {
    // "Avoid X for Y; use Z" / "X is not recommended for Y": the avoided side is the one named in
    // the avoid clause (or before "not recommended"); a technology offered after it is the pick.
    const clauseEnd = lower.slice(avoid.index).search(/[;,.]|\b(use|pick|choose|prefer|go with|instead)\b/);
    const endToken = clauseEnd < 0 ? Number.POSITIVE_INFINITY : words(lower.slice(0, avoid.index + clauseEnd)).length;
    const avoidToken = words(lower.slice(0, avoid.index)).length;
    const beforeOnly = /not recommended|not a good fit|poor fit|wrong choice|bad choice/.test(avoid[0]);
    for (const tech of techs) {
      const i = at.get(tech.slug) ?? -1;
      const inClause = beforeOnly ? i >= 0 && i < avoidToken : i >= avoidToken && i < endToken;
      if (inClause || i < 0) out[tech.slug] = "against";
    }
    // Nothing named after the avoid clause: everything named is avoided.
    return out;
  }
  for (const slug of namedAfter(statement, ALTERNATIVE, at)) {
    // Only a technology named after "over"/"instead of" is the one passed over, and only when
    // another one was named before it.
    if ([...at.values()].some((i) => i >= 0 && i < (at.get(slug) ?? -1))) out[slug] = "against";
  }
  return out;
}

function clauses(statement: string): string[] {
  return statement
    .split(/[;]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|(?=\bunlike\b)/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

function feature(statement: string, techs: DirectionTechnology[]): Directions {
  const parts = clauses(statement);
  const whole: Direction = LACKS.test(statement.toLowerCase()) ? "against" : "supports";
  const out = all(techs, whole);
  const main = parts.find((p) => !/^unlike\b/i.test(p));
  const mainDirection: Direction = main && LACKS.test(main.toLowerCase()) ? "against" : "supports";
  for (const part of parts) {
    const tokens = words(part);
    const named = [...positions(tokens, techs)].filter(([, i]) => i >= 0);
    const unlike = /^unlike\b/i.test(part);
    const own: Direction = unlike ? opposite(mainDirection) : LACKS.test(part.toLowerCase()) ? "against" : "supports";
    // "Flask does not support Node.js": what is supported is the object, neither for nor against it.
    const verb = SUPPORTED_OBJECT.exec(part);
    const verbAt = verb ? words(part.slice(0, verb.index)).length : Number.POSITIVE_INFINITY;
    const subjectFirst = named.some(([, i]) => i < verbAt);
    for (const [slug, i] of named) out[slug] = subjectFirst && i >= verbAt ? "neutral" : own;
  }
  return out;
}

/** A verb whose object is another technology the subject works with (active voice: "is supported by" puts it first). */
const SUPPORTED_OBJECT = /\b(?:supports?|works? with|integrates? with|runs? on|compatible with)\b/i;

function performance(statement: string, techs: DirectionTechnology[]): Directions {
  const lower = statement.toLowerCase();
  const than = /\b(than|vs\.?|versus|compared to|compared with)\b/.exec(lower);
  const outperforms = /\b(outperforms?|beats?)\b/.exec(lower);
  const pivot = than ?? outperforms;
  if (!pivot) return all(techs, "rank");
  const at = positions(words(statement), techs);
  const pivotToken = words(lower.slice(0, pivot.index)).length;
  const before = techs.filter((t) => (at.get(t.slug) ?? -1) >= 0 && (at.get(t.slug) ?? -1) < pivotToken);
  const after = techs.filter((t) => (at.get(t.slug) ?? -1) >= pivotToken);
  const head = lower.slice(0, pivot.index);
  const better = outperforms ? true : WORSE.test(head) ? false : BETTER.test(head) ? true : null;
  if (better === null || before.length === 0 || after.length === 0) return all(techs, "rank");
  const out = all(techs, "rank");
  for (const t of before) out[t.slug] = better ? "supports" : "against";
  for (const t of after) out[t.slug] = better ? "against" : "supports";
  return out;
}

function opinion(statement: string, techs: DirectionTechnology[]): Directions {
  const lower = statement.toLowerCase();
  const complaint = COMPLAINT.test(lower);
  const praise = PRAISE.test(lower) && !/\bnot (so |very |that )?(great|good|easy|simple|fast)\b/.test(lower);
  return all(techs, complaint && !praise ? "against" : praise && !complaint ? "supports" : "neutral");
}

/** What the claim says about each technology it names (every slug of `technologies` gets one). */
export function deriveDirections(input: DirectionInput): Directions {
  const techs = input.technologies.map((t) => (typeof t === "string" ? { slug: t } : t));
  // Where each technology is named is worked out only by the kinds that read it.
  switch (input.kind.toUpperCase()) {
    case "FACT":
      return all(techs, "neutral");
    case "RECOMMENDATION":
      return recommendation(input.statement, techs);
    case "FEATURE":
      return feature(input.statement, techs);
    case "PERFORMANCE":
      return performance(input.statement, techs);
    case "OPINION":
      return opinion(input.statement, techs);
    default:
      return all(techs, "neutral");
  }
}

const LOWER_IS_BETTER =
  /(latency|p50|p95|p99|time|duration|delay|memory|ram|rss|size|startup|cold.?start|error|cost|price|cpu|ms\b|^s$|seconds?|mb|gb|kb|bytes)/i;

/** Whether a bigger value of this figure is the better one (req/s yes, ms no), by its metric and unit. */
export function higherIsBetter(metric: string | null | undefined, unit: string | null | undefined): boolean {
  const m = (metric ?? "").toLowerCase();
  const u = (unit ?? "").toLowerCase();
  if (/(per.?s|\/s|rps|qps|throughput|ops|requests|score|stars|downloads)/.test(`${m} ${u}`)) return true;
  return !(LOWER_IS_BETTER.test(m) || LOWER_IS_BETTER.test(u));
}
