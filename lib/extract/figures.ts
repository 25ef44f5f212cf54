// Performance figures in prose and lists: throughput ("~17,000 requests/second", "50k req/s"), latency
// ("p95 from 180 ms to 45 ms"), any other measured quantity with a word saying what it measures ("builds
// in 15 seconds", "ships under 10KB of JS", "a 95 Lighthouse score") and comparisons between two
// technologies ("6x faster than", "1.5-2x slower than", "50% less memory than"), with their conditions.
import { slugify } from "@/lib/text/slug";
import type { Emit, SentenceContext } from "./rules";
import type { Span } from "./sentences";
import { toggles } from "./setup";
import type { Mention } from "./technologies";
import type { Conditions } from "./types";
import { fmt, latencyName, type Figure } from "./figures/figure";
import { quantityFigures } from "./figures/quantity-words";

export type { Figure } from "./figures/figure";
export { MULTIPLE_WORDS } from "./figures/quantity-words";
export { benchmarkOutput, BENCHMARK_COMMAND, type OutputFigure } from "./figures/output-lines";

// A number starts where a run of digits (and thousands groups) starts: tried from inside one it would
// rescan the rest of the run at every digit or group (quadratic on a long run), and a match there is a misreading.
const N = String.raw`(?<!\d|\d,|\d\.)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?)\s?([kK])?`;
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
const LATENCY_AFTER = new RegExp(String.raw`\b${TIME} (?:at )?(median|p\d{2}|average|mean)\b`, "gi");
const COLD_START = new RegExp(String.raw`\bcold[- ]starts?\b[^.;\d]{0,60}?${TIME}`, "gi");
const PLAIN_LATENCY = new RegExp(
  String.raw`\b(?:latency|response times?|reads?|writes?|round[- ]trips?)\b[^.;,\d]{0,30}?\b(?:in|of|at|was|is|took|takes)? ?(\d+(?:\.\d+)?) ?(ms|µs|us)\b`,
  "gi",
);
const BARE_TIME = new RegExp(String.raw`(?<![\w.$])${TIME}`, "g");

// Cheap test first: most sentences hold no number followed by a unit, and the full scan is ten passes.
const HINT = /\d\s?[kK]?\s?(?:(?:ms|s|µs|us)\b|req|rps|RPS|qps|QPS|quer|writes|inserts|requests)/;

const toNumber = (digits: string, k?: string): number =>
  Number(digits.replace(/[,\s\u00a0\u202f]/g, "")) * (k ? 1000 : 1);
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
  return out.sort((a, b) => a.start - b.start).map((f) => withLowerEnd(sentence, f));
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

// ---- From figures to claims ----

/** The technology a figure is about: "3,900 req/s for DRF" / "42 ms (Express)" right after it; else the
 *  last name since the previous figure; else the previous figure's; else the section's; else a later name
 *  that is not where things moved away from ("… once we moved it to Express"). */
function figureSubject(
  text: string,
  mentions: Mention[],
  f: Figure,
  from: number,
  previous: string[],
  fallback: string[],
): { techs: string[]; consumed: number } {
  const after = mentions.find(
    (m) =>
      m.start >= f.end &&
      /^\s*(?:\(|for\s+(?:(?:the|a|an|our|its|their)\s+)?(?:[\w-]+\s+){0,3})$/i.test(text.slice(f.end, m.start)),
  );
  if (after) return { techs: [after.slug], consumed: after.end };
  // "X …, 22% smaller than Y, with 12 ms per build": the side compared against is never a later figure's subject.
  const before = mentions.filter(
    (m) => m.start >= from && m.end <= f.at && !COMPARED_AGAINST.test(text.slice(Math.max(0, m.start - 16), m.start)),
  );
  if (before.length) return { techs: [before[before.length - 1].slug], consumed: f.end };
  if (previous.length) return { techs: previous, consumed: f.end };
  if (fallback.length) return { techs: fallback, consumed: f.end };
  const later = mentions.find(
    (m) => m.start >= f.end && !/\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)),
  );
  return { techs: later ? [later.slug] : [], consumed: f.end };
}

const COMPARED_AGAINST = /\b(?:than|versus|vs\.?|compared (?:to|with)|relative to)\s$/i;

const DATABASE = /^(?:PostgreSQL|Postgres|MySQL|MariaDB|SQLite|MongoDB|Redis)$/i;

/** Writes per second and read/write latencies belong to the database the sentence names, not to the app
 *  framework next to it ("SQLite … for a Laravel app: 850 writes per second"). */
function storageSubject(
  text: string,
  mentions: Mention[],
  f: Figure,
  from: number,
): { techs: string[]; consumed: number } | null {
  const storage =
    f.metric === "write_throughput" ||
    /\b(?:reads?|writes?|inserts?)\b/i.test(text.slice(Math.max(from, f.start - 25), f.end));
  if (!storage) return null;
  const databases = mentions.filter((m) => DATABASE.test(text.slice(m.start, m.end)));
  const before = databases.filter((m) => m.end <= f.at);
  const db = before[before.length - 1] ?? databases[0];
  return db ? { techs: [db.slug], consumed: f.end } : null;
}

function figureWords(f: Figure): string {
  if (f.words) return f.words;
  if (f.metric === "throughput") return `about ${fmt(f.value)} requests per second`;
  if (f.metric === "write_throughput") return `about ${fmt(f.value)} writes per second`;
  const bound = f.bound ? `${f.bound} ` : "";
  const value = f.upTo != null ? `${fmt(f.value)}–${fmt(f.upTo)}` : fmt(f.value);
  if (f.metric === "cold_start") return `a cold start of ${bound}${value} ms`;
  const pct = f.metric.replace(/^latency_?/, "");
  return `a ${pct ? `${pct} ` : ""}latency of ${bound}${value} ms`;
}

/** A comparison's two sides: the subject (named before the number in its clause, or between the number and
 *  "than") and the technology right after "than"/"over"/"compared to"; the favoured one first. */
function comparedPair(
  text: string,
  mentions: Mention[],
  f: Figure,
  from: number,
  fallback: string[],
  compared: string[] = [],
): string[] {
  const versus = f.versus!;
  if (versus.elided) {
    // "X is 3x faster" with no "than": faster than the other technology the document compares X with.
    const clauseStart = Math.max(from, text.lastIndexOf(";", f.start) + 1);
    const before = mentions.filter((m) => m.start >= clauseStart && m.end <= f.at);
    // "Compared to B, A is 3x faster": the standard is named in front of the clause.
    const fronted = FRONTED_STANDARD.exec(text.slice(clauseStart, f.at));
    const standard = fronted
      ? mentions.find((m) => m.start >= clauseStart && m.end <= clauseStart + fronted[0].length)
      : undefined;
    const own = before.filter((m) => m !== standard);
    const subject = own[own.length - 1]?.slug ?? fallback[0];
    const other =
      standard && standard.slug !== subject
        ? standard.slug
        : compared.length === 2 && subject && compared.includes(subject)
          ? compared.find((t) => t !== subject)
          : undefined;
    return subject && other ? (versus.favoursFirst ? [subject, other] : [other, subject]) : [];
  }
  const other = mentions.find((m) => m.start >= versus.at && m.start - versus.at <= 30);
  const clauseStart = Math.max(from, text.lastIndexOf(";", f.start) + 1);
  const before = mentions.filter((m) => m.start >= clauseStart && m.end <= f.at);
  const between = mentions.find(
    (m) => m.start >= f.end - (versus.at - f.start) && m.end <= versus.at && m.start >= f.start,
  );
  const subject = before[before.length - 1]?.slug ?? between?.slug ?? fallback[0];
  if (!other || !subject || other.slug === subject) return [];
  return versus.favoursFirst ? [subject, other.slug] : [other.slug, subject];
}

const FRONTED_STANDARD =
  /^\s?(?:(?:when|if)\s)?(?:compared (?:to|with)|relative to|against|versus|vs\.?|next to|unlike)\s[^,;]{1,60},/i;

/** Performance claims (and comparisons of popularity, as facts) of one sentence. */
export function figureClaims(s: Span, mentions: Mention[], ctx: SentenceContext, emit: Emit): void {
  const { resolver } = ctx;
  const name = (slugs: string[]) => slugs.map((x) => resolver.nameOf(x)).join(" and ");
  let prevEnd = 0;
  let previous: string[] = [];
  for (const f of findFigures(s.text, ctx.leadIn)) {
    if (f.versus) {
      const pair = comparedPair(s.text, mentions, f, prevEnd, ctx.subject, ctx.compared);
      if (!pair.length) continue;
      // The sentence's own direction, said the favoured way round: "Jest is 1.5–2x faster than Vitest".
      const [first, second] = f.versus.favoursFirst ? pair : [pair[1], pair[0]];
      const statement = `${resolver.nameOf(first)}: ${f.versus.phrase} ${f.versus.join ?? "than"} ${resolver.nameOf(second)}.`;
      const conditions: Conditions = {
        ...(f.upTo != null ? { range: `${fmt(f.value)}–${fmt(f.upTo)}${f.unit}` } : {}),
        favoured: resolver.nameOf(pair[0]),
      };
      emit(
        {
          statement,
          kind: f.kind ?? "performance",
          technologies: pair,
          topic: f.kind === "fact" ? slugify(f.metric, 40) : "performance",
          metric: f.metric,
          value: f.value,
          unit: f.unit,
          conditions,
          stance: "SUPPORTS",
        },
        s,
      );
      prevEnd = f.end;
      continue;
    }
    const fromTo = /\bfrom ([\w. ]{1,40}?) to ([\w. ]{1,40}?)\b/.exec(s.text);
    const moved = fromTo ? resolver.find(fromTo[0]) : [];
    const found =
      storageSubject(s.text, mentions, f, prevEnd) ??
      figureSubject(s.text, mentions, f, prevEnd, previous, ctx.subject);
    const techs = f.baseline != null && moved.length >= 2 ? [moved[moved.length - 1].slug] : found.techs;
    if (!techs.length) continue;
    const conditions: Conditions = findConditions(s.text.slice(prevEnd, f.end), `${s.text} ${ctx.leadIn}`);
    if (f.baseline != null)
      conditions.before = `${fmt(f.baseline)} ${f.unit}${moved.length >= 2 ? ` (${moved[0].name})` : ""}`;
    if (f.upTo != null) conditions.range = `${fmt(f.value)}–${fmt(f.upTo)} ${f.unit}`;
    if (f.bound) conditions.bound = f.bound;
    prevEnd = found.consumed;
    previous = techs;
    const cond = Object.entries(conditions)
      .filter(([k]) => k !== "before" && k !== "range" && k !== "bound")
      .map(([, v]) => v);
    const was = f.baseline != null ? `, down from ${conditions.before}` : "";
    const statement = f.words
      ? `${name(techs)}: ${f.words}${cond.length ? ` (${cond.join(", ")})` : ""}.`
      : `${name(techs)} achieved ${figureWords(f)}${was}${cond.length ? ` (${cond.join(", ")})` : ""}.`;
    emit(
      {
        statement,
        kind: "performance",
        technologies: techs,
        topic: "performance",
        metric: f.metric,
        value: f.value,
        unit: f.unit,
        conditions,
        stance: "SUPPORTS",
      },
      s,
    );
  }
}
