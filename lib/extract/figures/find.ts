// Figures in one sentence, before they are given technologies: rates and their ranges, latencies with
// their percentiles, changes and cold starts, the bound or range start written before a number, and the
// conditions the figure's clause states.
import { toggles } from "../setup";
import type { Conditions } from "../types";
import { latencyName, type Figure } from "./figure";
import { quantityFigures } from "./quantity-words";

// A number starts where a run of digits (and thousands groups) starts: tried from inside one it would
// rescan the rest of the run at every digit or group (quadratic on a long run), and a match there is a misreading.
const N = String.raw`(?<!\d|\d,|\d\.)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?)\s?([kKM])?`;
const RATE_UNIT = String.raw`(requests? (?:per|a) second|requests?\/s(?:ec(?:ond)?)?|req\/s(?:ec)?|rps|RPS|queries per second|quer(?:y|ies)\/s(?:ec)?|qps|QPS|(?:writes|inserts) per second|(?:writes|inserts)\/s(?:ec)?)`;
const APPROX = String.raw`(?:~|≈|about |around |roughly |nearly |over |up to |almost )?`;
const RANGE = new RegExp(String.raw`(?:between )?${APPROX}${N}\s?(?:and|to|–|-)\s?${N}\s?${RATE_UNIT}(?![\w/])`, "g");
const RATE = new RegExp(String.raw`${APPROX}${N}\s?${RATE_UNIT}(?![\w/])`, "g");
// "1,240 ms" is one number: never read from inside a thousands group or after a decimal point.
const TIME = String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?) ?(ms|s|µs|us)\b`;
const PCTL = String.raw`(p\d{2}(?:\.\d)?|median|average|mean|avg)`;
const LATENCY_CHANGE = new RegExp(String.raw`\b${PCTL}(?: \w+){0,3}? from ${TIME} to ${TIME}`, "gi");
// "p95 latency of 38 ms", "p75 TTFB was 220 ms", "Median response time: Django 14 ms", "p95 for Django was 85 ms".
const LATENCY_WHAT = String.raw`(?: (?:latency|response times?|TTFB|time to first byte|page loads?|reads?|writes?))?`;
const LATENCY = new RegExp(
  String.raw`\b${PCTL}${LATENCY_WHAT}(?: (?:for|of) [^,;:.]{1,30}?)?(?: of| was| is| at| stayed at| went to| around|:| ?=)?(?: [A-Z][\w.+-]{1,20}(?: [A-Z][\w.+-]{1,20})?)? ~?${TIME}`,
  "gi",
);
const LATENCY_AFTER = new RegExp(String.raw`\b${TIME} (?:at )?(median|p\d{2}|average|mean|max|min)\b`, "gi");
// "8ms vs 26ms median": two sides' figures of one measure, named once after the second.
const TIME_PAIR = new RegExp(
  String.raw`\b${TIME} ?(?:vs\.?|versus) ?${TIME} (?:at )?(median|p\d{2}|average|mean|max|min)\b`,
  "gi",
);
const COLD_START = new RegExp(String.raw`\bcold[- ]starts?\b[^.;\d]{0,60}?${TIME}`, "gi");
const PLAIN_LATENCY = new RegExp(
  String.raw`\b(?:latency|response times?|reads?|writes?|round[- ]trips?)\b[^.;,\d]{0,30}?\b(?:in|of|at|was|is|took|takes)? ?(\d+(?:\.\d+)?) ?(ms|µs|us)\b`,
  "gi",
);
const BARE_TIME = new RegExp(String.raw`(?<![\w.$])${TIME}`, "g");

// Cheap test first: most sentences hold no number followed by a unit, and the full scan is ten passes.
const HINT = /\d\s?[kKM]?\s?(?:(?:ms|s|µs|us)\b|req|rps|RPS|qps|QPS|quer|writes|inserts|requests)/;

// "12k req/s", "3.8M QPS": thousands and millions.
const toNumber = (digits: string, k?: string): number =>
  Number(digits.replace(/[,\s\u00a0\u202f]/g, "")) * (k === "M" ? 1e6 : k ? 1000 : 1);
const toMs = (v: string, unit: string): number =>
  Number(v.replace(/,/g, "")) * (unit === "s" ? 1000 : unit === "ms" ? 1 : 0.001);
const rateMetric = (unit: string): string => (/writes|inserts/i.test(unit) ? "write_throughput" : "throughput");
/** The unit as the text counts it: inserts per second stay inserts/s, queries stay queries/s. */
const rateUnit = (unit: string): string =>
  /insert/i.test(unit)
    ? "inserts/s"
    : /write/i.test(unit)
      ? "writes/s"
      : /quer|qps/i.test(unit)
        ? "queries/s"
        : "req/s";

/** Throughput (req/s, queries/s, writes/s) and latency figures, earliest first, never overlapping. */
type AddFigure = (f: Omit<Figure, "upTo" | "baseline"> & Partial<Pick<Figure, "upTo" | "baseline">>) => void;

const numberAt = (m: RegExpMatchArray, group: string) => m.index! + m[0].indexOf(group);

/** Rates ("4,000 req/s"), their ranges ("200–350 req/s") and changes ("from 900 to 4,000 req/s"). */
function rateFigures(sentence: string, add: AddFigure): void {
  for (const m of sentence.matchAll(RANGE)) {
    // "from 900 to 4,000 req/s" is a change, not a range: the value is where it ended up.
    const change = /\bfrom\s*$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index)) && !/between/i.test(m[0]);
    const low = toNumber(m[1], m[2] ?? m[4]);
    const high = toNumber(m[3], m[4]);
    add({
      metric: rateMetric(m[5]),
      value: change ? high : low,
      unit: rateUnit(m[5]),
      start: m.index,
      end: m.index + m[0].length,
      at: numberAt(m, m[1]),
      ...(change ? { baseline: low } : { upTo: high }),
    });
  }
  for (const m of sentence.matchAll(RATE))
    add({
      metric: rateMetric(m[3]),
      value: toNumber(m[1], m[2]),
      unit: rateUnit(m[3]),
      start: m.index,
      end: m.index + m[0].length,
      at: numberAt(m, m[1]),
    });
}

/** Latencies: percentiles, changes, cold starts, plain times; `out` holds the figures read so far. */
function latencyFigures(sentence: string, add: AddFigure, out: Figure[]): void {
  for (const m of sentence.matchAll(TIME_PAIR)) {
    const metric = latencyName(m[5]);
    const vs = /\s?(?:vs\.?|versus)\s?/i.exec(m[0])!;
    const second = m.index + vs.index + vs[0].length;
    add({ metric, value: toMs(m[1], m[2]), unit: "ms", start: m.index, end: m.index + vs.index, at: m.index });
    add({ metric, value: toMs(m[3], m[4]), unit: "ms", start: second, end: m.index + m[0].length, at: second });
  }
  for (const m of sentence.matchAll(LATENCY_CHANGE)) {
    add({
      metric: latencyName(m[1]),
      value: toMs(m[4], m[5]),
      unit: "ms",
      start: m.index,
      end: m.index + m[0].length,
      at: numberAt(m, m[2]),
      baseline: toMs(m[2], m[3]),
    });
  }
  for (const m of sentence.matchAll(LATENCY))
    add({
      metric: latencyName(m[1]),
      value: toMs(m[2], m[3]),
      unit: "ms",
      start: m.index,
      end: m.index + m[0].length,
      at: m.index + m[0].lastIndexOf(m[2]),
    });
  for (const m of sentence.matchAll(LATENCY_AFTER))
    add({
      metric: latencyName(m[3]),
      value: toMs(m[1], m[2]),
      unit: "ms",
      start: m.index,
      end: m.index + m[0].length,
      at: m.index,
    });
  for (const m of sentence.matchAll(COLD_START))
    add({
      metric: "cold_start",
      value: toMs(m[1], m[2]),
      unit: "ms",
      start: m.index,
      end: m.index + m[0].length,
      at: m.index + m[0].lastIndexOf(m[1]),
    });
  for (const m of sentence.matchAll(PLAIN_LATENCY))
    add({
      metric: "latency",
      value: toMs(m[1], m[2]),
      unit: "ms",
      start: m.index,
      end: m.index + m[0].length,
      at: m.index + m[0].lastIndexOf(m[1]),
    });
  // "410 ms median, versus 2.3 s for the sync version": a later bare time continues the latency before it.
  const timed = () => out.filter((f) => f.unit === "ms").sort((a, b) => a.start - b.start);
  for (const m of sentence.matchAll(BARE_TIME)) {
    const before = timed().filter((f) => f.end <= m.index);
    if (!before.length) continue;
    add({
      metric: before[before.length - 1].metric,
      value: toMs(m[1], m[2]),
      unit: "ms",
      start: m.index,
      end: m.index + m[0].length,
      at: m.index,
    });
  }
}

export function findFigures(sentence: string, context = ""): Figure[] {
  const out: Figure[] = [];
  if (sentence.length > 20_000) return out;
  const covered: Array<[number, number]> = [];
  const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && b > x);
  const add: AddFigure = (f) => {
    if (!free(f.start, f.end)) return;
    covered.push([f.start, f.end]);
    out.push({ baseline: null, upTo: null, ...f });
  };
  // The classic shapes first (they know latency percentiles and request rates); then any quantity with a
  // word saying what it measures, which never takes a span a classic shape already read.
  if (HINT.test(sentence)) {
    rateFigures(sentence, add);
    latencyFigures(sentence, add, out);
  }
  for (const f of quantityFigures(sentence, context)) add(f);
  return otherSides(
    sentence,
    changes(
      sentence,
      out.sort((a, b) => a.start - b.start),
    ).map((f) => withLowerEnd(sentence, f)),
  ).filter((f) => !notAResult(sentence, f));
}

// "the baseline of 6ms", "the baseline median of 6ms": the figure of the run without the compared technology.
const BASELINE_BEFORE = /\bthe\sbaseline(?:\s[a-z]{2,12}){0,2}\s(?:of|was|is|at)\s~?$/i;
// "the 20 and 200 RPS runs", "at the 2,000 RPS level", "a load of 500 req/s": the load a test was run at, not its result.
const LOAD_AFTER = /^\s(?:runs?|tests?|load|levels?|scenarios?|benchmarks?|tiers?|steps?)\b/i;
const LOAD_BEFORE =
  /\b(?:(?:level|load|rate)\sof|(?:starting|running|run|tested|measured|driven)\sat)\s(?:a\s|the\s)?~?$/i;

/** A figure that is a baseline's or a load level, not a measurement of the sentence's technology. */
function notAResult(sentence: string, f: Figure): boolean {
  const before = sentence.slice(Math.max(0, f.start - 40), f.start);
  if (BASELINE_BEFORE.test(before)) return true;
  return f.metric === "throughput" && (LOAD_AFTER.test(sentence.slice(f.end, f.end + 14)) || LOAD_BEFORE.test(before));
}

/** "8ms vs 26ms", "26mb vs 156mb": the figure after "vs" is the other side's, marked for the caller to name. */
function otherSides(sentence: string, figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    const p = figures[i - 1];
    const between = p ? sentence.slice(p.end, f.start) : "";
    return p && p.unit === f.unit && !p.versus && !f.versus && /^\s?(?:vs\.?|versus)\s?$/i.test(between)
      ? { ...f, otherSide: true }
      : f;
  });
}

/** "from 2,100 req/s to 6,900 req/s", "4,000 req/s → 9,000 req/s": two figures of one measure, before and after. */
function changes(sentence: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const [a, b] = [figures[i], figures[i + 1]];
    const between = b ? sentence.slice(a.end, b.start) : "";
    const joined =
      b &&
      a.metric === b.metric &&
      a.unit === b.unit &&
      a.baseline == null &&
      b.baseline == null &&
      a.upTo == null &&
      !a.versus &&
      !b.versus &&
      (/^\s?(?:→|->|=>|⟶|➜)\s?$/u.test(between) ||
        (/^\s(?:to|up to|down to)\s$/i.test(between) &&
          /\bfrom\s?$/i.test(sentence.slice(Math.max(0, a.start - 6), a.start))));
    if (!joined) {
      out.push(a);
      continue;
    }
    out.push({ ...b, start: a.start, baseline: a.value });
    i++;
  }
  return out;
}

// "200–350 ms", "150~3,000ms": the number a figure was read from may be the top of a range written before it.
const RANGE_START = /(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?) ?(?:–|-|~|to) ?$/;
const NUMBER_AT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/;
// "under 5 ms", "< 5ms", "at most 20 ms": the figure is a bound, not a measurement.
const BOUND_BEFORE = /(?:^|[\s(])(under|below|less than|<|≤|at most|up to|over|more than|>|≥|at least)(?: |$)$/i;

/** The figure with the lower end of its range and its stated bound, when the words before its number give them. */
function withLowerEnd(sentence: string, f: Figure): Figure {
  const before = sentence.slice(Math.max(0, f.at - 20), f.at);
  const raw = NUMBER_AT.exec(sentence.slice(f.at, f.at + 24))?.[0];
  const high = raw ? Number(raw.replace(/,/g, "")) : 0;
  const range = f.upTo == null && f.baseline == null && !f.versus && high > 0 ? RANGE_START.exec(before) : null;
  const low = range ? Number(range[1].replace(/,/g, "")) : NaN;
  const bound = BOUND_BEFORE.exec(before)?.[1].toLowerCase();
  const out =
    bound && !f.versus
      ? { ...f, bound: bound === "<" || bound === "≤" ? "under" : bound === ">" || bound === "≥" ? "over" : bound }
      : f;
  if (!range || !(low < high)) return out;
  const scale = f.value / high;
  return { ...out, value: low * scale, upTo: f.value, start: Math.min(f.start, f.at - range[0].length) };
}

const WORKERS: Record<string, string> = { one: "1", single: "1", two: "2", four: "4", eight: "8" };

/** Conditions stated in `near` (the figure's own clause) and `context` (its sentence, list lead-in). */
export function findConditions(near: string, context: string): Conditions {
  const c: Conditions = {};
  const both = `${near} \n ${context}`.slice(0, 5000);
  const hw = /\b(\d{1,3})[- ]?(vCPUs?|cores?|CPUs?)\b(?:[- ](VM|machine|server|instance|box))?/i.exec(both);
  if (hw) c.hardware = `${hw[1]}-${hw[2].toLowerCase().replace(/s$/, "")}${hw[3] ? ` ${hw[3].toLowerCase()}` : ""}`;
  const workers =
    /\b(\d{1,3}|one|two|four|eight|single)(?: sync| async)?(?: Gunicorn| Uvicorn| Puma| PHP-FPM)? (workers?|process(?:es)?)\b/i.exec(
      both,
    );
  if (workers) c.workers = WORKERS[workers[1].toLowerCase()] ?? workers[1];
  // "50 connections", "100 concurrent users", "-c 64": how hard the figure was pushed.
  const load =
    /\b(\d{1,6}) (?:concurrent |parallel |simultaneous )?(connections|clients|users|virtual users|VUs|threads)\b/i.exec(
      both,
    );
  if (load) c.concurrency = `${load[1]} ${load[2].toLowerCase()}`;
  const server =
    /\b(Uvicorn|Gunicorn|uWSGI|Hypercorn|Daphne|Granian|Puma|Unicorn|PHP-FPM|Octane|Node\.js|Bun|Deno)\b/.exec(near) ??
    /\b(Uvicorn|Gunicorn|uWSGI|Hypercorn|Daphne|Granian|Puma|PHP-FPM|Octane)\b/.exec(context);
  if (server) c.server = server[1].toLowerCase();
  const db = /\b(PostgreSQL|Postgres|MySQL|MariaDB|SQLite|MongoDB|Redis)\b/i.exec(both);
  if (db) c.database = db[1].toLowerCase().replace(/^postgres$/, "postgresql");
  if (/hello[- ]world/i.test(both)) c.endpoint = "hello-world";
  else if (/\b(one|single|a) (\w+ )?row\b|database query|db query|reading \w+ rows?/i.test(both))
    c.endpoint = "database-read";
  else if (/\bJSON endpoint\b/i.test(both)) c.endpoint = "json";
  // "With validation enabled, …": a setting the figure was measured with, as a section's setup states it.
  return { ...c, ...toggles(both) };
}
