// Comparisons between two technologies said with a number or in words: "6x faster than", "50% less memory than",
// "4–5x the throughput of", "twice as fast as", "about four times faster than", "outperforms B by 3x". Every
// pattern is anchored at the quantity or bounded in length.
import { slugify } from "@/lib/text/slug";
import { describeQuantity, type Quantity } from "../quantities";
import { fmt, type Figure } from "./figure";

const CONNECTOR = /\b(than|then|over|vs\.?|versus|compared (?:to|with)|relative to|against)\s/i;
const COST =
  /\b(?:memory|ram|rss|heap|latency|latencies|time|times|cpu|sizes?|bundles?|disks?|overheads?|costs?|startup|build|load|weights?|js|javascript|bytes?|footprint|errors?|binar(?:y|ies))\b/i;
const BENEFIT =
  /\b(?:efficient|efficiency|effective|performant|scalable|reliable|stable|secure|productive|responsive)\b/i;
const POPULARITY =
  /\b(?:questions?|stars?|downloads?|users?|popular|loved|contributors?|commits?|jobs|companies|answers|issues|mentions|searches|forks)\b/i;
const GOOD = /^(?:faster|quicker|better|cheaper|lighter|smoother|snappier)$/i;
const BAD = /^(?:slower|worse|heavier|costlier)$/i;
const UP = /^(?:more|higher|greater|bigger|larger)$/i;
const DOWN = /^(?:less|fewer|lower|smaller)$/i;
// "a 2.7-4.4x improvement compared to B", "3-12x binary size reduction": a change named by a noun, what changed
// (if said) before it. An improvement, speed-up or gain favours the first; a reduction does when it cuts a cost.
const CHANGE = /^\s?((?:[\p{L}-]{1,20}\s){0,3}?)(improvements?|speed-?ups?|gains?|boosts?|reductions?|decreases?)\b/iu;

/** "6x faster than B", "10.63x more throughput over B", "50% less memory than B", "by 50-90% compared to B". */
export function comparison(
  sentence: string,
  q: Quantity,
): (Omit<Figure, "upTo" | "baseline"> & { upTo: number | null }) | null {
  const after = sentence.slice(q.end, q.end + 90);
  if (q.unit === "x") {
    const share = SHARE_OF.exec(after);
    if (share) return shareOf(q.value, q.upTo, share[1], describeQuantity(q), q.start, q.end + share[0].length, q.at);
  }
  const change = CHANGE.exec(after);
  const cmp = change ? changeWord(change) : /^\s?(?:times\s)?([a-z]+)\b/i.exec(after);
  const by = /\bby\s?$/i.test(sentence.slice(Math.max(0, q.start - 4), q.start));
  const shared = sharedStandard(sentence, q);
  const found = shared ?? CONNECTOR.exec(after);
  const word = cmp?.[1] ?? "";
  const directional = GOOD.test(word) || BAD.test(word) || UP.test(word) || DOWN.test(word);
  // "DuckDB ran 12-35× faster cold": no "than" in the clause; the standard is left to the context (elided).
  const clauseEnd = after.search(/[.;:!?]|,\s|\s(?:and|but|while)\s/);
  const elided =
    !shared &&
    (!found || found.index > 60 || (clauseEnd >= 0 && clauseEnd < found.index)) &&
    directional &&
    (q.unit === "x" || frontedStandard(sentence, q)) &&
    cmp != null;
  if ((!found || (found.index > 60 && !shared)) && !elided) return null;
  if (!directional && !(by && q.unit === "%")) return null;
  const connector = elided ? { index: cmp.index + cmp[0].length, 0: "" } : found!;
  // "by 50-90% compared to": the verb before says which way ("cutting page weights by …").
  const lead = by ? sentence.slice(Math.max(0, q.start - 50), q.start) : "";
  const nounPhrase = (
    change
      ? change[1] || (/^(?:improvement|speed)/i.test(change[2]) ? "" : change[2])
      : directional
        ? // "25X more throughput." with no "than": what is more is named up to the clause's end.
          after.slice(
            cmp![0].length,
            elided ? (clauseEnd >= 0 ? clauseEnd : 40) : (nextRatioAt(after, connector.index) ?? connector.index),
          )
        : lead
            .replace(/^.*?\b(?:cut(?:s|ting)?|reduc\w*|shrink\w*|lower\w*|improv\w*|increas\w*|boost\w*)\s/i, "")
            .replace(/\s?by\s?$/i, "")
  )
    .replace(/\b(?:about|and|for|of|in|on|when|with)\b.*$/i, "")
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const noun = nounPhrase.split(" ").slice(0, 3).join(" ");
  // "30% more memory efficient": an efficiency is a benefit, whatever resource it names. The whole phrase says what
  // it is ("lower kubelet resident set size"), though the metric keeps its first three words.
  const cost =
    !BENEFIT.test(nounPhrase) && (COST.test(nounPhrase) || (by && /\b(?:cut|reduc|shrink|lower)/i.test(lead)));
  const favoursFirst =
    GOOD.test(word) || (UP.test(word) && !cost) || (DOWN.test(word) && cost) || (by && cost) || (!directional && !cost);
  const popularity = POPULARITY.test(noun) || POPULARITY.test(word);
  const what = noun || (GOOD.test(word) || BAD.test(word) ? "speed" : word);
  const phrase = change
    ? `${describeQuantity(q)} ${change[0].trim().toLowerCase()}`
    : directional
      ? `${describeQuantity(q)} ${word.toLowerCase()}${noun ? ` ${nounPhrase.split(" ").slice(0, 5).join(" ")}` : ""}`
      : `${describeQuantity(q)} less ${noun || "of it"}`;
  const metric = `${slugify(what, 40).replace(/-/g, "_")}_${q.unit === "x" ? "ratio" : "difference"}`;
  return {
    metric,
    value: q.value,
    unit: q.unit,
    start: q.start,
    // A later ratio before the standard ("~5x smaller … with ~10x lower … compared to B") is a figure of its own.
    // An elided comparison ends with its noun ("30% lower kubelet cpu usage"): a name inside it is no later subject.
    end:
      q.end +
      (nextRatioAt(after, connector.index) ??
        (elided && clauseEnd > connector.index ? clauseEnd : connector.index + connector[0].length)),
    at: q.at,
    upTo: q.upTo,
    words: phrase,
    versus: {
      at: q.end + connector.index + connector[0].length,
      favoursFirst,
      phrase,
      elided,
      ...(change && found ? { join: found[1].toLowerCase() } : {}),
    },
    kind: popularity ? "fact" : "performance",
  };
}

/** A change noun read as the directional word it amounts to: a reduction is "less", any gain "better". */
const changeWord = (change: RegExpExecArray): { index: number; 0: string; 1: string } => ({
  index: 0,
  0: change[0],
  1: /^(?:reduction|decrease)/i.test(change[2]) ? "less" : "better",
});

/** "Compared to B, A has 30% lower CPU usage, 68% lower memory": a percentage's standard named in front of the list. */
const frontedStandard = (sentence: string, q: Quantity): boolean =>
  q.unit === "%" && FRONTED.test(sentence.slice(Math.max(0, q.start - 400), q.start));
const FRONTED = /(?:^|[.;,]\s)(?:compared (?:to|with)|relative to|versus|vs\.?)\s[^,;]{1,100},/i;
const RATIO_AHEAD = /[~≈]?\s?\d[\d.,]{0,12}(?:\s?[-–]\s?\d[\d.,]{0,12})?\s?(?:×|x\b)/i;

/** Where the next ratio starts in `after`, when one comes before `limit`. */
function nextRatioAt(after: string, limit: number): number | null {
  const m = RATIO_AHEAD.exec(after.slice(0, limit));
  return m ? m.index : null;
}

/**
 * "up to ~4x faster and produce ~5x smaller binaries with ~10x lower overheads compared to B": ratios listed in one
 * clause share the standard named once after the last of them. The connector, when it lies beyond the usual reach
 * with only other ratios and their nouns between.
 */
function sharedStandard(sentence: string, q: Quantity): RegExpExecArray | null {
  const far = sentence.slice(q.end, q.end + 180);
  const near = CONNECTOR.exec(far);
  if (!near || near.index <= 60) return null;
  const between = far.slice(0, near.index);
  return q.unit === "x" && !/[.;!?()]|\s(?:but|while|whereas)\s/.test(between) && RATIO_AHEAD.test(between)
    ? near
    : null;
}

// "4–5x the throughput of B", "half the memory that B needs": a multiple of the other side's measure.
const SHARE_OF = /^\s?the\s([\p{L}-]{1,30}(?:\s[\p{L}-]{1,30})?)\s(?:of|that of)\s/iu;

/** "4x the throughput of B" (favours the first), "half the memory of B" (a cost: less favours the first). */
function shareOf(
  value: number,
  upTo: number | null,
  noun: string,
  amount: string,
  start: number,
  end: number,
  at: number,
): Omit<Figure, "baseline"> {
  const cost = COST.test(noun);
  const favoursFirst = cost ? value < 1 : value >= 1;
  const phrase = `${amount} the ${noun.toLowerCase()}`;
  const kind = POPULARITY.test(noun) ? "fact" : "performance";
  return {
    metric: `${slugify(noun, 40).replace(/-/g, "_")}_ratio`,
    value,
    unit: "x",
    start,
    end,
    at,
    upTo,
    words: phrase,
    versus: { at: end, favoursFirst, phrase, join: "of" },
    kind,
  };
}

/** "twice as fast as B", "three times as many users as B", "half the time of B". */
const MULTIPLE = String.raw`(twice|half|a third|a quarter|(?:two|three|four|five|six|seven|eight|nine|ten) times)`;
const APPROX_WORD = String.raw`(?:(about|roughly|around|nearly|almost|over|more than|up to|at least)\s)?`;
const AS_MUCH = new RegExp(
  String.raw`\b${APPROX_WORD}${MULTIPLE}\s(?:as\s)(fast|quick|slow|many \p{L}+|much \p{L}+|\p{L}+)\sas\s`,
  "giu",
);
const SHARE_WORDS = new RegExp(
  String.raw`\b${APPROX_WORD}${MULTIPLE}\s(?:of\s)?the\s([\p{L}-]{1,30}(?:\s[\p{L}-]{1,30})?)\s(?:of|that of)\s`,
  "giu",
);
/** A sentence that may compare by a multiple in words: the figure rules run on it though it has no digit. */
export const MULTIPLE_WORDS =
  /\b(?:twice|half|a third|a quarter|(?:two|three|four|five|six|seven|eight|nine|ten) times|a factor of)\b/i;
const MULTIPLES: Record<string, number> = {
  twice: 2,
  half: 0.5,
  "a third": 1 / 3,
  "a quarter": 0.25,
  "two times": 2,
  "three times": 3,
  "four times": 4,
  "five times": 5,
  "six times": 6,
  "seven times": 7,
  "eight times": 8,
  "nine times": 9,
  "ten times": 10,
};
const FACTOR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };

// "A outperforms B by 3x", "A beats B by 40%", "A edged out B by ~20 %", "A is faster than B by a factor of 2": the subject wins.
const OUTDO =
  /\b(outperform(?:s|ed|ing)?|beat(?:s|ing)?|edg(?:es|ed|ing) out|outpac(?:es|ed|ing)|outr(?:uns?|an|unning)|(?:is|was|are|were|runs?|ran) (?:faster|quicker) than)\s([^,.;]{1,40}?)\sby\s(?:(?:about|roughly|around|nearly|almost|up to)\s|~)?(?:a factor of\s(\d{1,4}(?:\.\d{1,2})?|two|three|four|five|ten)|(\d{1,4}(?:\.\d{1,2})?)\s?(x|×|%|times)(?![\p{L}\d]))/giu;

function outdone(sentence: string): Array<Omit<Figure, "baseline">> {
  const out: Array<Omit<Figure, "baseline">> = [];
  for (const m of sentence.matchAll(OUTDO)) {
    const factor = m[3] ? (FACTOR_WORDS[m[3].toLowerCase()] ?? Number(m[3])) : Number(m[4]);
    const unit = m[5] === "%" ? "%" : "x";
    const phrase = `${fmt(factor)}${unit} faster`;
    const at = m.index + m[1].length + 1;
    out.push({
      metric: unit === "x" ? "speed_ratio" : "speed_difference",
      value: factor,
      unit,
      start: m.index,
      end: m.index + m[0].length,
      at: m.index,
      upTo: null,
      words: phrase,
      versus: { at, favoursFirst: true, phrase },
      kind: "performance",
    });
  }
  return out;
}

// "about four times faster than B", "three times more memory than B": a multiple in words, read as "4x" is.
const TIMES_WORDS = new RegExp(
  String.raw`\b${APPROX_WORD}(two|three|four|five|six|seven|eight|nine|ten)(?=\stimes\s(?:faster|slower|quicker|more|less|fewer|bigger|smaller|larger|higher|lower|cheaper|better|worse)\b)`,
  "giu",
);

function timesInWords(sentence: string): Array<Omit<Figure, "baseline">> {
  const out: Array<Omit<Figure, "baseline">> = [];
  for (const m of sentence.matchAll(TIMES_WORDS)) {
    const at = m.index + (m[1] ? m[1].length + 1 : 0);
    const q: Quantity = {
      value: MULTIPLES[`${m[2].toLowerCase()} times`],
      upTo: null,
      unit: "x",
      dimension: "ratio",
      start: m.index,
      end: m.index + m[0].length,
      at,
      approx: m[1] ? m[1].toLowerCase() : null,
    };
    const c = comparison(sentence, q);
    if (c) out.push(c);
  }
  return out;
}

function asMuch(sentence: string): Array<Omit<Figure, "baseline">> {
  const out: Array<Omit<Figure, "baseline">> = [];
  const amount = (m: RegExpMatchArray): string => `${m[1] ? `${m[1].toLowerCase()} ` : ""}${m[2].toLowerCase()}`;
  for (const m of sentence.matchAll(SHARE_WORDS))
    out.push(shareOf(MULTIPLES[m[2].toLowerCase()], null, m[3], amount(m), m.index, m.index + m[0].length, m.index));
  for (const m of sentence.matchAll(AS_MUCH)) {
    const value = MULTIPLES[m[2].toLowerCase()];
    const slow = /^slow/i.test(m[3]);
    const noun = m[3].replace(/^(?:many|much)\s/i, "");
    const favoursFirst = slow ? value < 1 : !COST.test(noun) ? value >= 1 : value < 1;
    const kind = POPULARITY.test(noun) ? "fact" : "performance";
    const what = /^(?:fast|quick|slow)$/i.test(noun) ? "speed" : noun;
    const phrase = `${amount(m)} as ${m[3]}`;
    out.push({
      metric: `${slugify(what, 40).replace(/-/g, "_")}_ratio`,
      value,
      unit: "x",
      start: m.index,
      end: m.index + m[0].length,
      at: m.index,
      upTo: null,
      words: phrase,
      versus: { at: m.index + m[0].length, favoursFirst, phrase, join: "as" },
      kind,
    });
  }
  return out;
}

/**
 * Comparisons a sentence makes in words or by "outperforms … by": found whether or not it has a digit. Each pattern
 * needs a multiple in words or "by", so a sentence with neither is not scanned (on a 1 MB run of short lines,
 * extraction took 1.8–2.5 s with this against 2.5–2.6 s without).
 */
export const comparisonsInWords = (sentence: string): Array<Omit<Figure, "baseline">> =>
  MULTIPLE_WORDS.test(sentence) || /\bby\b/i.test(sentence)
    ? [...outdone(sentence), ...asMuch(sentence), ...timesInWords(sentence)]
    : [];

// A heading that names what its section measures: "Compilation time", "Binary size", "Runtime performance".
const MEASURE_HEADING =
  /^(?:[\w-]+\s){0,2}(?:time|times|size|sizes|memory|latency|throughput|overheads?|performance|speed|startup|footprint)$/i;

/**
 * "a ~2.7-4.4x improvement compared to B" under "## Compilation time": a change named with no measure is a change in
 * what the section measures, said so in the statement and the metric.
 */
export function withHeadingMeasure(f: Figure, heading: string | undefined): Figure {
  const measure = (heading ?? "")
    .replace(/^#+\s*/, "")
    .replace(/[*_`:]/g, "")
    .trim();
  const bare =
    f.versus && /\d\S*\s(?:improvements?|speed-?ups?|gains?|boosts?|reductions?|decreases?)$/i.test(f.words ?? "");
  if (!bare || !MEASURE_HEADING.test(measure)) return f;
  const phrase = `${f.versus!.phrase} in ${measure.toLowerCase()}`;
  return {
    ...f,
    metric: `${slugify(measure, 40).replace(/-/g, "_")}_ratio`,
    words: phrase,
    versus: { ...f.versus!, phrase },
  };
}
