// Any quantity with a word saying what it measures ("builds in 15 seconds", "ships under 10KB of JS") and
// comparisons between two technologies ("6x faster than", "twice as fast as", "outperforms B by 3x",
// "50% less memory than"). Every pattern is anchored at the quantity or bounded in length.
import { slugify } from "@/lib/text/slug";
import { convertTo, describeQuantity, quantitiesIn, toMilliseconds, type Quantity } from "../quantities";
import { fmt, latencyName, type Figure } from "./figure";
import { measuredSize, SIZE_CUES, sizeMeasure, sizeNamed } from "./sizes";

const CONNECTOR = /\b(than|then|over|vs\.?|versus|compared (?:to|with)|relative to|against)\s/i;
const COST =
  /\b(?:memory|ram|rss|heap|latency|time|times|cpu|size|bundle|disk|overhead|cost|startup|build|load|weights?|js|javascript|bytes?|footprint|errors?)\b/i;
const BENEFIT =
  /\b(?:efficient|efficiency|effective|performant|scalable|reliable|stable|secure|productive|responsive)\b/i;
const POPULARITY =
  /\b(?:questions?|stars?|downloads?|users?|popular|loved|contributors?|commits?|jobs|companies|answers|issues|mentions|searches|forks)\b/i;
const GOOD = /^(?:faster|quicker|better|cheaper|lighter|smoother|snappier)$/i;
const BAD = /^(?:slower|worse|heavier|costlier)$/i;
const UP = /^(?:more|higher|greater|bigger|larger)$/i;
const DOWN = /^(?:less|fewer|lower|smaller)$/i;

/** "6x faster than B", "10.63x more throughput over B", "50% less memory than B", "by 50-90% compared to B". */
function comparison(
  sentence: string,
  q: Quantity,
): (Omit<Figure, "upTo" | "baseline"> & { upTo: number | null }) | null {
  const after = sentence.slice(q.end, q.end + 90);
  if (q.unit === "x") {
    const share = SHARE_OF.exec(after);
    if (share) return shareOf(q.value, q.upTo, share[1], describeQuantity(q), q.start, q.end + share[0].length, q.at);
  }
  const cmp = /^\s?(?:times\s)?([a-z]+)\b/i.exec(after);
  const by = /\bby\s?$/i.test(sentence.slice(Math.max(0, q.start - 4), q.start));
  const found = CONNECTOR.exec(after);
  const word = cmp?.[1] ?? "";
  const directional = GOOD.test(word) || BAD.test(word) || UP.test(word) || DOWN.test(word);
  // "DuckDB ran 12-35× faster cold": no "than" in the clause; the standard is left to the context (elided).
  const clauseEnd = after.search(/[.;:!?]|,\s|\s(?:and|but|while)\s/);
  const elided =
    (!found || found.index > 60 || (clauseEnd >= 0 && clauseEnd < found.index)) &&
    directional &&
    q.unit === "x" &&
    cmp != null;
  if ((!found || found.index > 60) && !elided) return null;
  if (!directional && !(by && q.unit === "%")) return null;
  const connector = elided ? { index: cmp.index + cmp[0].length, 0: "" } : found!;
  // "by 50-90% compared to": the verb before says which way ("cutting page weights by …").
  const lead = by ? sentence.slice(Math.max(0, q.start - 50), q.start) : "";
  const noun = (
    directional
      ? // "25X more throughput." with no "than": what is more is named up to the clause's end.
        after.slice(cmp![0].length, elided ? (clauseEnd >= 0 ? clauseEnd : 40) : connector.index)
      : lead
          .replace(/^.*?\b(?:cut(?:s|ting)?|reduc\w*|shrink\w*|lower\w*|improv\w*|increas\w*|boost\w*)\s/i, "")
          .replace(/\s?by\s?$/i, "")
  )
    .replace(/\b(?:about|for|of|in|on|when|with)\b.*$/i, "")
    .replace(/[^\p{L}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 3)
    .join(" ");
  // "30% more memory efficient": an efficiency is a benefit, whatever resource it names.
  const cost = !BENEFIT.test(noun) && (COST.test(noun) || (by && /\b(?:cut|reduc|shrink|lower)/i.test(lead)));
  const favoursFirst =
    GOOD.test(word) || (UP.test(word) && !cost) || (DOWN.test(word) && cost) || (by && cost) || (!directional && !cost);
  const popularity = POPULARITY.test(noun) || POPULARITY.test(word);
  const what = noun || (GOOD.test(word) || BAD.test(word) ? "speed" : word);
  const phrase = directional
    ? `${describeQuantity(q)} ${word.toLowerCase()}${noun ? ` ${noun}` : ""}`
    : `${describeQuantity(q)} less ${noun || "of it"}`;
  const metric = `${slugify(what, 40).replace(/-/g, "_")}_${q.unit === "x" ? "ratio" : "difference"}`;
  return {
    metric,
    value: q.value,
    unit: q.unit,
    start: q.start,
    end: q.end + connector.index + connector[0].length,
    at: q.at,
    upTo: q.upTo,
    words: phrase,
    versus: { at: q.end + connector.index + connector[0].length, favoursFirst, phrase, elided },
    kind: popularity ? "fact" : "performance",
  };
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

// What a duration measures, from the words just before it ("the suite completes in 15 s", "builds in 2.1 s").
const DURATION_CUES: Array<[RegExp, string, string]> = [
  [/\b(?:start(?:s|ed|ing)?[- ]?up|boots?|booting|starts? in)\b/i, "startup_time", "startup time"],
  [/\bHMR\b|\bhot[- ]reload/i, "hmr_time", "HMR time"],
  [/\bbuild(?:s|ing)?\b|\bcompil\w*/i, "build_time", "build time"],
  [/\binstall\w*/i, "install_time", "install time"],
  [/\bindex(?:ing|ed|es)?\b/i, "index_time", "index time"],
  [/\btests?\b|\bsuites?\b/i, "test_run_time", "test run time"],
  [/\bdeploy\w*/i, "deploy_time", "deploy time"],
  [/\b(?:took|takes|taking|complet\w*|finish\w*|runs? in|ran in|done in|in just|in under)\b/i, "duration", "duration"],
  // "adds overhead (~120 ms)", "a per-call overhead of 5 ms": time a technology adds to each operation.
  [/\boverhead\b/i, "overhead", "overhead"],
  // "raises the times to 1.6 s", "search time of 0.4 s": what a run took, said with the noun "time(s)".
  [
    /\b(?:run(?:ning)?|search|execution|query|load(?:ing)?|wall[- ]clock|total)\stimes?\b|\bthe\stimes\b/i,
    "time",
    "time",
  ],
];
// "1.6 s for ripgrep and 9.4 s for grep": a duration coordinated with the one before takes its name.
const COORDINATED = /^[^.;:!?\d]{0,40}(?:,|\band\b|\bvs\.?|\bversus\b)[^.;:!?\d]{0,20}$/i;
// Durations that are not measurements of the technology: ages, schedules, limits, effort.
const NOT_MEASURED_BEFORE =
  /\b(?:every|each|after|ago|for the (?:last|past)|over the (?:last|past)|within|timeout|delay|interval|wait(?:ed|ing)?|given|spent|budget|learn\w*|up to)\s(?:\p{L}+\s)?$/iu;
const NOT_MEASURED_AFTER =
  /^\s?(?:ago|later|earlier|old|of (?:experience|work|effort)|per\b|a (?:day|week|month)|timeouts?|delays?|intervals?|TTL|windows?|sprints?|to (?:learn|set up|read))/i;

// "at roughly 30% CPU utilisation", "memory usage of 62%", "38% of total disk space": how much of a
// resource a technology used, a measurement like any other.
const RESOURCE = String.raw`(CPU|GPU|memory|RAM|disk(?: space)?)`;
const USED_AFTER = new RegExp(String.raw`^\s?(?:of\s)?(?:(?:the|total|available|all)\s){0,2}${RESOURCE}\b`, "i");
const USED_BEFORE = new RegExp(
  String.raw`\b${RESOURCE}\s(?:usage|utili[sz]ation|load|use)(?:\s(?:of|at|was|is|hit|reached|peaked at|stayed at|around|about))?:?\s?$`,
  "i",
);

/** The resource a percentage is the use of, as [metric, words], or null. */
function utilisation(before: string, after: string): [string, string] | null {
  const m =
    USED_AFTER.exec(after) ?? USED_BEFORE.exec(before.replace(/\s?(?:~|≈|about|around|roughly|nearly)\s?$/i, " "));
  if (!m) return null;
  const resource = /^(?:cpu|gpu)$/i.test(m[1]) ? m[1].toUpperCase() : m[1].toLowerCase().replace(/^ram$/, "memory");
  return [`${slugify(resource, 20).replace(/-/g, "_")}_usage`, `${resource} usage`];
}

function cue(cues: Array<[RegExp, string, string]>, text: string): [string, string] | null {
  const hit = cues.find(([re]) => re.test(text));
  return hit ? [hit[1], hit[2]] : null;
}

// "from 512 MB to 300 MB", "3m 10s → 48s", "420 ms -> 90 ms": one measurement before and after a change.
const ARROW = /^\s?(?:→|->|=>|⟶|➜|➡️?)\s?$/u;
const FROM_BEFORE = /\bfrom\s?$/i;

/** The quantity after `q` when the two are one measure's value before and after a change, else null. */
function changedTo(sentence: string, q: Quantity, next: Quantity | undefined): Quantity | null {
  if (!next || next.dimension !== q.dimension || (q.dimension !== "time" && q.dimension !== "size")) return null;
  const between = sentence.slice(q.end, next.start);
  const arrow = ARROW.test(between);
  // "from 75MB to 45MB", or in brackets after the change it details: "reduced … by 46% (75MB to 45MB)".
  const bracketed =
    /\(\s?$/.test(sentence.slice(Math.max(0, q.start - 2), q.start)) && /^\s?\)/.test(sentence.slice(next.end));
  const fromTo =
    /^\s(?:to|down to|up to)\s$/i.test(between) &&
    (bracketed || FROM_BEFORE.test(sentence.slice(Math.max(0, q.start - 6), q.start)));
  return arrow || fromTo ? next : null;
}

/** "Build time: 3m 10s → 48s": the value after the change, named by the words before the first, which is its baseline. */
function changeFigure(
  sentence: string,
  q: Quantity,
  next: Quantity | undefined,
  before: string,
): (Omit<Figure, "baseline"> & { baseline: number }) | null {
  const to = changedTo(sentence, q, next);
  const was = to ? convertTo(q, to.unit) : null;
  if (!to || was == null) return null;
  const cues = q.dimension === "time" ? DURATION_CUES : SIZE_CUES;
  const named =
    cue(cues, before.slice(before.search(/[^,;:]*$/))) ??
    cue(cues, before) ??
    (q.dimension === "time" ? ["duration", "duration"] : ["size", "size"]);
  return {
    value: to.value,
    unit: to.unit,
    start: q.start,
    end: to.end,
    at: to.at,
    upTo: null,
    baseline: was,
    metric: named[0],
    words: `${named[1]} ${describeQuantity(to)}`,
  };
}

/** "msg/s" -> "msg_per_second", "jobs/day" -> "jobs_per_day": the measure a rate's unit names. */
const ratePerMetric = (unit: string): string => {
  const [noun, per = "s"] = unit.toLowerCase().split("/");
  return `${noun}_per_${per === "s" ? "second" : per}`;
};

/** Durations, sizes, scores and other rates in a sentence, each with the metric its neighbours name. */
export function quantityFigures(
  sentence: string,
  context: string,
): Array<Omit<Figure, "baseline"> & { baseline?: number }> {
  // A short list item ("Django: 31 ms") is named by its lead-in ("Median latency, 50 connections:").
  const lead = sentence.length <= 80 ? context.slice(0, 200) : "";
  const leadLatency =
    /\b(p\d{2}|median|average|avg|mean)\b/i.exec(lead) ?? (/\blatency\b/i.test(lead) ? ["", ""] : null);
  const out: Array<Omit<Figure, "baseline"> & { baseline?: number }> = [
    ...outdone(sentence),
    ...asMuch(sentence),
    ...timesInWords(sentence),
  ];
  if (!/\d/.test(sentence)) return out;
  let lastSize: [string, string] | null = null;
  let lastTime: { named: [string, string]; end: number } | null = null;
  const quantities = quantitiesIn(sentence, 40);
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi];
    const before = sentence.slice(Math.max(0, q.start - 50), q.start);
    const change = changeFigure(sentence, q, quantities[qi + 1], before);
    if (change) {
      out.push(change);
      qi++;
      continue;
    }
    const after = sentence.slice(q.end, q.end + 30);
    const base = { value: q.value, unit: q.unit, start: q.start, end: q.end, at: q.at, upTo: q.upTo };
    if (q.dimension === "ratio" || q.dimension === "percent") {
      const c = comparison(sentence, q);
      const used = c || q.dimension !== "percent" ? null : utilisation(before, after);
      if (c) out.push(c);
      else if (used) out.push({ ...base, metric: used[0], words: `${used[1]} ${describeQuantity(q)}` });
    } else if (q.dimension === "time" && !NOT_MEASURED_BEFORE.test(before) && !NOT_MEASURED_AFTER.test(after)) {
      const coordinated: [string, string] | null =
        lastTime && COORDINATED.test(sentence.slice(lastTime.end, q.start).replace(/`/g, "")) ? lastTime.named : null;
      const named: [string, string] | null =
        cue(DURATION_CUES, before.slice(before.search(/[^,;:]*$/))) ??
        coordinated ??
        (leadLatency ? null : cue(DURATION_CUES, lead));
      const ms = toMilliseconds(q);
      lastTime = named ? { named, end: q.end } : null;
      if (named) out.push({ ...base, metric: named[0], words: `${named[1]} ${describeQuantity(q)}` });
      else if (leadLatency && ms != null)
        out.push({
          ...base,
          value: ms,
          unit: "ms",
          upTo: q.upTo != null ? toMilliseconds({ value: q.upTo, unit: q.unit }) : null,
          metric: leadLatency[1] ? latencyName(leadLatency[1]) : "latency",
        });
    } else if (q.dimension === "size" && measuredSize(before, after)) {
      const named: [string, string] | null = sizeNamed(before, after) ?? lastSize;
      if (named) out.push({ ...base, ...sizeMeasure(named, after, q) });
      lastSize = named;
    } else if (q.dimension === "rate" && !/^(?:req|queries|inserts|writes)\//.test(q.unit)) {
      out.push({
        ...base,
        metric: ratePerMetric(q.unit),
        words: `${describeQuantity(q)}`,
      });
    } else if (!q.unit && Number.isFinite(q.value)) {
      const score =
        /^\s(?:\/\s?100\s)?(?:([A-Z][\p{L}-]+)\s)?score\b/u.exec(after) ??
        (/\bscores? (?:of|:)\s?$/i.test(before) ? /^/.exec("") : null);
      if (score)
        out.push({
          ...base,
          unit: "score",
          metric: `${score[1] ? `${score[1].toLowerCase()}_` : ""}score`,
          end: q.end + (score[0]?.length ?? 0),
          words: `${score[1] ? `${score[1]} ` : ""}score ${describeQuantity(q)}`,
        });
    }
  }
  return out;
}
