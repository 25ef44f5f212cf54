// Any quantity with a word saying what it measures ("builds in 15 seconds", "ships under 10KB of JS"); comparisons
// between two technologies are comparisons.ts's. Every pattern is anchored at the quantity or bounded in length.
import { slugify } from "@/lib/text/slug";
import { convertTo, describeQuantity, quantitiesIn, toMilliseconds, type Quantity } from "../quantities";
import { latencyName, type Figure } from "./figure";
import { measuredSize, SIZE_CUES, sizeMeasure, sizeNamed } from "./sizes";
import { comparison, comparisonsInWords } from "./comparisons";

// What a duration measures, from the words just before it ("the suite completes in 15 s", "builds in 2.1 s").
const DURATION_CUES: Array<[RegExp, string, string]> = [
  [/\b(?:start(?:s|ed|ing)?[- ]?up|boots?|booting|starts? in)\b/i, "startup_time", "startup time"],
  [/\bHMR\b|\bhot[- ]reload/i, "hmr_time", "HMR time"],
  [/\bbuild(?:s|ing)?\b|\bcompil\w*/i, "build_time", "build time"],
  [/\binstall\w*/i, "install_time", "install time"],
  [/\bindex(?:ing|ed|es)?\b/i, "index_time", "index time"],
  [/\btests?\b|\bsuites?\b/i, "test_run_time", "test run time"],
  [/\bdeploy\w*/i, "deploy_time", "deploy time"],
  // "Remix loads in 0.7s", "the page rendered in 120 ms": how long a page or an answer took to arrive.
  [
    /\b(?:loads?|loaded|renders?|rendered|responds?|responded)\s(?:in|within)\b|\bpage[- ]loads?\b/i,
    "load_time",
    "load time",
  ],
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
  const out: Array<Omit<Figure, "baseline"> & { baseline?: number }> = comparisonsInWords(sentence);
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
