// Performance figures in prose and lists: throughput ("~17,000 requests/second", "50k req/s"), latency
// ("p95 from 180 ms to 45 ms"), any other measured quantity with a word saying what it measures ("builds
// in 15 seconds", "ships under 10KB of JS", "a 95 Lighthouse score") and comparisons between two
// technologies ("6x faster than", "1.5-2x slower than", "50% less memory than"), with their conditions.
import { slugify } from "@/lib/text/slug";
import { describeQuantity, quantitiesIn, toMilliseconds, type Quantity } from "./quantities";
import type { Emit, SentenceContext } from "./rules";
import type { Span } from "./sentences";
import { toggles } from "./setup";
import type { Mention } from "./technologies";
import type { Conditions } from "./types";

export interface Figure {
  metric: string;
  value: number;
  unit: string;
  start: number;
  end: number;
  /** Where the figure's own number starts (a name between the metric and the number is its subject). */
  at: number;
  baseline: number | null;
  /** "8,000–9,500": the upper end of a range whose lower end is the value. */
  upTo: number | null;
  /** How the statement names the measurement ("test suite run time 15 s"); the classic metrics have their own words. */
  words?: string;
  /** A comparison: where the compared-against technology is named, and which side the sentence favours. */
  versus?: { at: number; favoursFirst: boolean; phrase: string; elided?: boolean; join?: string };
  /** Comparisons of popularity or counts ("33x more questions") are facts, not performance. */
  kind?: "performance" | "fact";
}

// A number starts where a run of digits (and thousands groups) starts: tried from inside one it would
// rescan the rest of the run at every digit or group (quadratic on a long run), and a match there is a misreading.
const N = String.raw`(?<!\d|\d,)(\d{1,3}(?:,\d{3})+|(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?)\s?([kK])?`;
const RATE_UNIT = String.raw`(requests? (?:per|a) second|requests?\/s(?:ec(?:ond)?)?|req\/s(?:ec)?|rps|RPS|queries per second|quer(?:y|ies)\/s(?:ec)?|qps|QPS|(?:writes|inserts) per second|(?:writes|inserts)\/s(?:ec)?)`;
const APPROX = String.raw`(?:~|≈|about |around |roughly |nearly |over |up to |almost )?`;
const RANGE = new RegExp(String.raw`(?:between )?${APPROX}${N}\s?(?:and|to|–|-)\s?${N}\s?${RATE_UNIT}(?![\w/])`, "g");
const RATE = new RegExp(String.raw`${APPROX}${N}\s?${RATE_UNIT}(?![\w/])`, "g");
const TIME = String.raw`(\d+(?:\.\d+)?) ?(ms|s|µs|us)\b`;
const PCTL = String.raw`(p\d{2}(?:\.\d)?|median|average|mean|avg)`;
const LATENCY_CHANGE = new RegExp(String.raw`\b${PCTL}(?: \w+){0,3}? from ${TIME} to ${TIME}`, "gi");
// "p95 latency of 38 ms", "p75 TTFB was 220 ms", "Median response time: Django 14 ms", "p95 for Django was 85 ms".
const LATENCY_WHAT = String.raw`(?: (?:latency|response times?|TTFB|time to first byte|page loads?|reads?|writes?))?`;
const LATENCY = new RegExp(String.raw`\b${PCTL}${LATENCY_WHAT}(?: (?:for|of) [^,;:.]{1,30}?)?(?: of| was| is| at| stayed at| went to| around|:| ?=)?(?: [A-Z][\w.+-]{1,20}(?: [A-Z][\w.+-]{1,20})?)? ~?${TIME}`, "gi");
const LATENCY_AFTER = new RegExp(String.raw`\b${TIME} (?:at )?(median|p\d{2}|average|mean)\b`, "gi");
const COLD_START = new RegExp(String.raw`\bcold[- ]starts?\b[^.;\d]{0,60}?${TIME}`, "gi");
const PLAIN_LATENCY = new RegExp(String.raw`\b(?:latency|response times?|reads?|writes?|round[- ]trips?)\b[^.;,\d]{0,30}?\b(?:in|of|at|was|is|took|takes)? ?(\d+(?:\.\d+)?) ?(ms|µs|us)\b`, "gi");
const BARE_TIME = new RegExp(String.raw`(?<![\w.$])${TIME}`, "g");

// Cheap test first: most sentences hold no number followed by a unit, and the full scan is ten passes.
const HINT = /\d\s?[kK]?\s?(?:(?:ms|s|µs|us)\b|req|rps|RPS|qps|QPS|quer|writes|inserts|requests)/;

const toNumber = (digits: string, k?: string): number => Number(digits.replace(/[,\s\u00a0\u202f]/g, "")) * (k ? 1000 : 1);
const toMs = (v: string, unit: string): number => Number(v) * (unit === "s" ? 1000 : unit === "ms" ? 1 : 0.001);
const latencyName = (label: string): string => {
  const l = label.toLowerCase();
  return l === "average" || l === "mean" || l === "avg" ? "latency_mean" : `latency_${l}`;
};
const rateMetric = (unit: string): string => (/writes|inserts/i.test(unit) ? "write_throughput" : "throughput");
/** The unit as the text counts it: inserts per second stay inserts/s, queries stay queries/s. */
const rateUnit = (unit: string): string => (/insert/i.test(unit) ? "inserts/s" : /write/i.test(unit) ? "writes/s" : /quer|qps/i.test(unit) ? "queries/s" : "req/s");

/** Throughput (req/s, queries/s, writes/s) and latency figures, earliest first, never overlapping. */
export function findFigures(sentence: string, context = ""): Figure[] {
  const out: Figure[] = [];
  if (sentence.length > 20_000) return out;
  const covered: Array<[number, number]> = [];
  const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && b > x);
  const add = (f: Omit<Figure, "upTo" | "baseline"> & Partial<Pick<Figure, "upTo" | "baseline">>) => {
    if (!free(f.start, f.end)) return;
    covered.push([f.start, f.end]);
    out.push({ baseline: null, upTo: null, ...f });
  };
  const numberAt = (m: RegExpMatchArray, group: string) => m.index! + m[0].indexOf(group);
  // The classic shapes first (they know latency percentiles and request rates); then any quantity with a
  // word saying what it measures, which never takes a span a classic shape already read.
  const classic = HINT.test(sentence);
  for (const m of classic ? sentence.matchAll(RANGE) : []) {
    // "from 900 to 4,000 req/s" is a change, not a range: the value is where it ended up.
    const change = /\bfrom\s*$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index)) && !/between/i.test(m[0]);
    const low = toNumber(m[1], m[2] ?? m[4]);
    const high = toNumber(m[3], m[4]);
    add({ metric: rateMetric(m[5]), value: change ? high : low, unit: rateUnit(m[5]), start: m.index, end: m.index + m[0].length, at: numberAt(m, m[1]), ...(change ? { baseline: low } : { upTo: high }) });
  }
  for (const m of classic ? sentence.matchAll(RATE) : []) add({ metric: rateMetric(m[3]), value: toNumber(m[1], m[2]), unit: rateUnit(m[3]), start: m.index, end: m.index + m[0].length, at: numberAt(m, m[1]) });
  for (const m of classic ? sentence.matchAll(LATENCY_CHANGE) : []) {
    add({ metric: latencyName(m[1]), value: toMs(m[4], m[5]), unit: "ms", start: m.index, end: m.index + m[0].length, at: numberAt(m, m[2]), baseline: toMs(m[2], m[3]) });
  }
  for (const m of classic ? sentence.matchAll(LATENCY) : []) add({ metric: latencyName(m[1]), value: toMs(m[2], m[3]), unit: "ms", start: m.index, end: m.index + m[0].length, at: m.index + m[0].lastIndexOf(m[2]) });
  for (const m of classic ? sentence.matchAll(LATENCY_AFTER) : []) add({ metric: latencyName(m[3]), value: toMs(m[1], m[2]), unit: "ms", start: m.index, end: m.index + m[0].length, at: m.index });
  for (const m of classic ? sentence.matchAll(COLD_START) : []) add({ metric: "cold_start", value: toMs(m[1], m[2]), unit: "ms", start: m.index, end: m.index + m[0].length, at: m.index + m[0].lastIndexOf(m[1]) });
  for (const m of classic ? sentence.matchAll(PLAIN_LATENCY) : []) add({ metric: "latency", value: toMs(m[1], m[2]), unit: "ms", start: m.index, end: m.index + m[0].length, at: m.index + m[0].lastIndexOf(m[1]) });
  // "410 ms median, versus 2.3 s for the sync version": a later bare time continues the latency before it.
  const timed = () => out.filter((f) => f.unit === "ms").sort((a, b) => a.start - b.start);
  for (const m of classic ? sentence.matchAll(BARE_TIME) : []) {
    const before = timed().filter((f) => f.end <= m.index);
    if (!before.length) continue;
    add({ metric: before[before.length - 1].metric, value: toMs(m[1], m[2]), unit: "ms", start: m.index, end: m.index + m[0].length, at: m.index });
  }
  for (const f of quantityFigures(sentence, context)) add(f);
  return out.sort((a, b) => a.start - b.start);
}

const WORKERS: Record<string, string> = { one: "1", single: "1", two: "2", four: "4", eight: "8" };

/** Conditions stated in `near` (the figure's own clause) and `context` (its sentence, list lead-in). */
export function findConditions(near: string, context: string): Conditions {
  const c: Conditions = {};
  const both = `${near} \n ${context}`.slice(0, 5000);
  const hw = /\b(\d{1,3})[- ]?(vCPUs?|cores?|CPUs?)\b(?:[- ](VM|machine|server|instance|box))?/i.exec(both);
  if (hw) c.hardware = `${hw[1]}-${hw[2].toLowerCase().replace(/s$/, "")}${hw[3] ? ` ${hw[3].toLowerCase()}` : ""}`;
  const workers = /\b(\d{1,3}|one|two|four|eight|single)(?: sync| async)?(?: Gunicorn| Uvicorn| Puma| PHP-FPM)? (workers?|process(?:es)?)\b/i.exec(both);
  if (workers) c.workers = WORKERS[workers[1].toLowerCase()] ?? workers[1];
  // "50 connections", "100 concurrent users", "-c 64": how hard the figure was pushed.
  const load = /\b(\d{1,6}) (?:concurrent |parallel |simultaneous )?(connections|clients|users|virtual users|VUs|threads)\b/i.exec(both);
  if (load) c.concurrency = `${load[1]} ${load[2].toLowerCase()}`;
  const server = /\b(Uvicorn|Gunicorn|uWSGI|Hypercorn|Daphne|Granian|Puma|Unicorn|PHP-FPM|Octane|Node\.js|Bun|Deno)\b/.exec(near) ?? /\b(Uvicorn|Gunicorn|uWSGI|Hypercorn|Daphne|Granian|Puma|PHP-FPM|Octane)\b/.exec(context);
  if (server) c.server = server[1].toLowerCase();
  const db = /\b(PostgreSQL|Postgres|MySQL|MariaDB|SQLite|MongoDB|Redis)\b/i.exec(both);
  if (db) c.database = db[1].toLowerCase().replace(/^postgres$/, "postgresql");
  if (/hello[- ]world/i.test(both)) c.endpoint = "hello-world";
  else if (/\b(one|single|a) (\w+ )?row\b|database query|db query|reading \w+ rows?/i.test(both)) c.endpoint = "database-read";
  else if (/\bJSON endpoint\b/i.test(both)) c.endpoint = "json";
  // "With validation enabled, …": a setting the figure was measured with, as a section's setup states it.
  return { ...c, ...toggles(both) };
}

// ---- Any quantity with a word saying what it measures ----

const CONNECTOR = /\b(than|then|over|vs\.?|versus|compared (?:to|with)|relative to|against)\s/i;
const COST = /\b(?:memory|ram|rss|heap|latency|time|times|cpu|size|bundle|disk|overhead|cost|startup|build|load|weights?|js|javascript|bytes?|footprint|errors?)\b/i;
const POPULARITY = /\b(?:questions?|stars?|downloads?|users?|popular|loved|contributors?|commits?|jobs|companies|answers|issues|mentions|searches|forks)\b/i;
const GOOD = /^(?:faster|quicker|better|cheaper|lighter|smoother|snappier)$/i;
const BAD = /^(?:slower|worse|heavier|costlier)$/i;
const UP = /^(?:more|higher|greater|bigger|larger)$/i;
const DOWN = /^(?:less|fewer|lower|smaller)$/i;

/** "6x faster than B", "10.63x more throughput over B", "50% less memory than B", "by 50-90% compared to B". */
function comparison(sentence: string, q: Quantity): Omit<Figure, "upTo" | "baseline"> & { upTo: number | null } | null {
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
  const elided = (!found || found.index > 60 || (clauseEnd >= 0 && clauseEnd < found.index)) && directional && q.unit === "x" && cmp != null;
  if ((!found || found.index > 60) && !elided) return null;
  if (!directional && !(by && q.unit === "%")) return null;
  const connector = elided ? { index: cmp.index + cmp[0].length, 0: "" } : found!;
  // "by 50-90% compared to": the verb before says which way ("cutting page weights by …").
  const lead = by ? sentence.slice(Math.max(0, q.start - 50), q.start) : "";
  const noun = (directional ? after.slice(cmp![0].length, connector.index) : lead.replace(/^.*?\b(?:cut(?:s|ting)?|reduc\w*|shrink\w*|lower\w*|improv\w*|increas\w*|boost\w*)\s/i, "").replace(/\s?by\s?$/i, ""))
    .replace(/\b(?:about|for|of|in|on|when|with)\b.*$/i, "").replace(/[^\p{L}\s-]/gu, " ").replace(/\s+/g, " ").trim().split(" ").slice(0, 3).join(" ");
  const cost = COST.test(noun) || (by && /\b(?:cut|reduc|shrink|lower)/i.test(lead));
  const favoursFirst = GOOD.test(word) || (UP.test(word) && !cost) || (DOWN.test(word) && cost) || (by && cost) || (!directional && !cost);
  const popularity = POPULARITY.test(noun) || POPULARITY.test(word);
  const what = noun || (GOOD.test(word) || BAD.test(word) ? "speed" : word);
  const phrase = directional ? `${describeQuantity(q)} ${word.toLowerCase()}${noun ? ` ${noun}` : ""}` : `${describeQuantity(q)} less ${noun || "of it"}`;
  const metric = `${slugify(what, 40).replace(/-/g, "_")}_${q.unit === "x" ? "ratio" : "difference"}`;
  return { metric, value: q.value, unit: q.unit, start: q.start, end: q.end + connector.index + connector[0].length, at: q.at, upTo: q.upTo, words: phrase, versus: { at: q.end + connector.index + connector[0].length, favoursFirst, phrase, elided }, kind: popularity ? "fact" : "performance" };
}

// "4–5x the throughput of B", "half the memory that B needs": a multiple of the other side's measure.
const SHARE_OF = /^\s?the\s([\p{L}-]{1,30}(?:\s[\p{L}-]{1,30})?)\s(?:of|that of)\s/iu;

/** "4x the throughput of B" (favours the first), "half the memory of B" (a cost: less favours the first). */
function shareOf(value: number, upTo: number | null, noun: string, amount: string, start: number, end: number, at: number): Omit<Figure, "baseline"> {
  const cost = COST.test(noun);
  const favoursFirst = cost ? value < 1 : value >= 1;
  const phrase = `${amount} the ${noun.toLowerCase()}`;
  const kind = POPULARITY.test(noun) ? "fact" : "performance";
  return { metric: `${slugify(noun, 40).replace(/-/g, "_")}_ratio`, value, unit: "x", start, end, at, upTo, words: phrase, versus: { at: end, favoursFirst, phrase, join: "of" }, kind };
}

/** "twice as fast as B", "three times as many users as B", "half the time of B". */
const MULTIPLE = String.raw`(twice|half|a third|a quarter|(?:two|three|four|five|six|seven|eight|nine|ten) times)`;
const APPROX_WORD = String.raw`(?:(about|roughly|around|nearly|almost|over|more than|up to|at least)\s)?`;
const AS_MUCH = new RegExp(String.raw`\b${APPROX_WORD}${MULTIPLE}\s(?:as\s)(fast|quick|slow|many \p{L}+|much \p{L}+|\p{L}+)\sas\s`, "giu");
const SHARE_WORDS = new RegExp(String.raw`\b${APPROX_WORD}${MULTIPLE}\s(?:of\s)?the\s([\p{L}-]{1,30}(?:\s[\p{L}-]{1,30})?)\s(?:of|that of)\s`, "giu");
/** A sentence that may compare by a multiple in words: the figure rules run on it though it has no digit. */
export const MULTIPLE_WORDS = /\b(?:twice|half|a third|a quarter|(?:two|three|four|five|six|seven|eight|nine|ten) times|a factor of)\b/i;
const MULTIPLES: Record<string, number> = { twice: 2, half: 0.5, "a third": 1 / 3, "a quarter": 0.25, "two times": 2, "three times": 3, "four times": 4, "five times": 5, "six times": 6, "seven times": 7, "eight times": 8, "nine times": 9, "ten times": 10 };
const FACTOR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };

// "A outperforms B by 3x", "A beats B by 40%", "A is faster than B by a factor of 2": the subject wins.
const OUTDO = /\b(outperform(?:s|ed|ing)?|beat(?:s|ing)?|outpac(?:es|ed|ing)|outr(?:uns?|an|unning)|(?:is|was|are|were|runs?|ran) (?:faster|quicker) than)\s([^,.;]{1,40}?)\sby\s(?:(?:about|roughly|around|nearly|almost|up to)\s|~)?(?:a factor of\s(\d{1,4}(?:\.\d{1,2})?|two|three|four|five|ten)|(\d{1,4}(?:\.\d{1,2})?)\s?(x|×|%|times)(?![\p{L}\d]))/giu;

function outdone(sentence: string): Array<Omit<Figure, "baseline">> {
  const out: Array<Omit<Figure, "baseline">> = [];
  for (const m of sentence.matchAll(OUTDO)) {
    const factor = m[3] ? FACTOR_WORDS[m[3].toLowerCase()] ?? Number(m[3]) : Number(m[4]);
    const unit = m[5] === "%" ? "%" : "x";
    const phrase = `${fmt(factor)}${unit} faster`;
    const at = m.index + m[1].length + 1;
    out.push({ metric: unit === "x" ? "speed_ratio" : "speed_difference", value: factor, unit, start: m.index, end: m.index + m[0].length, at: m.index, upTo: null, words: phrase, versus: { at, favoursFirst: true, phrase }, kind: "performance" });
  }
  return out;
}

function asMuch(sentence: string): Array<Omit<Figure, "baseline">> {
  const out: Array<Omit<Figure, "baseline">> = [];
  const amount = (m: RegExpMatchArray): string => `${m[1] ? `${m[1].toLowerCase()} ` : ""}${m[2].toLowerCase()}`;
  for (const m of sentence.matchAll(SHARE_WORDS)) out.push(shareOf(MULTIPLES[m[2].toLowerCase()], null, m[3], amount(m), m.index, m.index + m[0].length, m.index));
  for (const m of sentence.matchAll(AS_MUCH)) {
    const value = MULTIPLES[m[2].toLowerCase()];
    const slow = /^slow/i.test(m[3]);
    const noun = m[3].replace(/^(?:many|much)\s/i, "");
    const favoursFirst = slow ? value < 1 : !COST.test(noun) ? value >= 1 : value < 1;
    const kind = POPULARITY.test(noun) ? "fact" : "performance";
    const what = /^(?:fast|quick|slow)$/i.test(noun) ? "speed" : noun;
    const phrase = `${amount(m)} as ${m[3]}`;
    out.push({ metric: `${slugify(what, 40).replace(/-/g, "_")}_ratio`, value, unit: "x", start: m.index, end: m.index + m[0].length, at: m.index, upTo: null, words: phrase, versus: { at: m.index + m[0].length, favoursFirst, phrase, join: "as" }, kind });
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
];
// Durations that are not measurements of the technology: ages, schedules, limits, effort.
const NOT_MEASURED_BEFORE = /\b(?:every|each|after|ago|for the (?:last|past)|over the (?:last|past)|within|timeout|delay|interval|wait(?:ed|ing)?|given|spent|budget|learn\w*|up to)\s(?:\p{L}+\s)?$/iu;
const NOT_MEASURED_AFTER = /^\s?(?:ago|later|earlier|old|of (?:experience|work|effort)|per\b|a (?:day|week|month)|timeouts?|delays?|intervals?|TTL|windows?|sprints?|to (?:learn|set up|read))/i;
// A size right before one of these is a machine's capacity, part of the setup, not a measurement.
const CAPACITY_AFTER = /^\s?(?:of\s)?(?:RAM|SSDs?|NVMe|HDDs?|disks?|drives?|storage|instances?|machines?|servers?|VMs?|nodes?|memory limit|heap limit|limit|quota|plan|tier)\b/i;
const SIZE_CUES: Array<[RegExp, string, string]> = [
  [/\b(?:memory|RSS|heap|RAM usage|footprint)\b/i, "memory", "memory"],
  [/\b(?:JS|JavaScript)\b/, "javascript_size", "JavaScript"],
  [/\b(?:bundles?|payload|ships?|shipped|download\w*)\b/i, "bundle_size", "bundle size"],
  [/\bdisk(?: usage| space)?\b/i, "disk_usage", "disk usage"],
  [/\b(?:images?|binar(?:y|ies)|containers?)\b/i, "image_size", "image size"],
  [/\b(?:sizes?|weighs?|weight)\b/i, "size", "size"],
];

function cue(cues: Array<[RegExp, string, string]>, text: string): [string, string] | null {
  const hit = cues.find(([re]) => re.test(text));
  return hit ? [hit[1], hit[2]] : null;
}

/** Durations, sizes, scores and other rates in a sentence, each with the metric its neighbours name. */
function quantityFigures(sentence: string, context: string): Array<Omit<Figure, "baseline">> {
  // A short list item ("Django: 31 ms") is named by its lead-in ("Median latency, 50 connections:").
  const lead = sentence.length <= 80 ? context.slice(0, 200) : "";
  const leadLatency = /\b(p\d{2}|median|average|avg|mean)\b/i.exec(lead) ?? (/\blatency\b/i.test(lead) ? ["", ""] : null);
  const out: Array<Omit<Figure, "baseline">> = [...outdone(sentence), ...asMuch(sentence)];
  if (!/\d/.test(sentence)) return out;
  let lastSize: [string, string] | null = null;
  for (const q of quantitiesIn(sentence, 40)) {
    const before = sentence.slice(Math.max(0, q.start - 50), q.start);
    const after = sentence.slice(q.end, q.end + 30);
    const base = { value: q.value, unit: q.unit, start: q.start, end: q.end, at: q.at, upTo: q.upTo };
    if (q.dimension === "ratio" || q.dimension === "percent") {
      const c = comparison(sentence, q);
      if (c) out.push(c);
    } else if (q.dimension === "time" && !NOT_MEASURED_BEFORE.test(before) && !NOT_MEASURED_AFTER.test(after)) {
      const named = cue(DURATION_CUES, before.slice(before.search(/[^,;:]*$/))) ?? (leadLatency ? null : cue(DURATION_CUES, lead));
      const ms = toMilliseconds(q);
      if (named) out.push({ ...base, metric: named[0], words: `${named[1]} ${describeQuantity(q)}` });
      else if (leadLatency && ms != null) out.push({ ...base, value: ms, unit: "ms", upTo: q.upTo != null ? toMilliseconds({ value: q.upTo, unit: q.unit }) : null, metric: leadLatency[1] ? latencyName(leadLatency[1]) : "latency" });
    } else if (q.dimension === "size" && !CAPACITY_AFTER.test(after)) {
      const named: [string, string] | null = cue(SIZE_CUES, `${before.slice(before.search(/[^,;:]*$/))} ${/^\s?of \p{L}+/u.exec(after)?.[0] ?? ""}`) ?? lastSize;
      if (named) out.push({ ...base, metric: named[0], words: `${named[1]} ${describeQuantity(q)}` });
      lastSize = named;
    } else if (q.dimension === "rate" && !/^(?:req|queries|inserts|writes)\//.test(q.unit)) {
      out.push({ ...base, metric: `${q.unit.replace(/\/s$/, "").toLowerCase()}_per_second`, words: `${describeQuantity(q)}` });
    } else if (!q.unit && Number.isFinite(q.value)) {
      const score = /^\s(?:\/\s?100\s)?(?:([A-Z][\p{L}-]+)\s)?score\b/u.exec(after) ?? (/\bscores? (?:of|:)\s?$/i.test(before) ? /^/.exec("") : null);
      if (score) out.push({ ...base, unit: "score", metric: `${score[1] ? `${score[1].toLowerCase()}_` : ""}score`, end: q.end + (score[0]?.length ?? 0), words: `${score[1] ? `${score[1]} ` : ""}score ${describeQuantity(q)}` });
    }
  }
  return out;
}

// ---- From figures to claims ----

const fmt = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** The technology a figure is about: "3,900 req/s for DRF" / "42 ms (Express)" right after it; else the
 *  last name since the previous figure; else the previous figure's; else the section's; else a later name
 *  that is not where things moved away from ("… once we moved it to Express"). */
function figureSubject(text: string, mentions: Mention[], f: Figure, from: number, previous: string[], fallback: string[]): { techs: string[]; consumed: number } {
  const after = mentions.find((m) => m.start >= f.end && /^\s*(?:\(|for\s+(?:(?:the|a|an|our|its|their)\s+)?(?:[\w-]+\s+){0,3})$/i.test(text.slice(f.end, m.start)));
  if (after) return { techs: [after.slug], consumed: after.end };
  const before = mentions.filter((m) => m.start >= from && m.end <= f.at);
  if (before.length) return { techs: [before[before.length - 1].slug], consumed: f.end };
  if (previous.length) return { techs: previous, consumed: f.end };
  if (fallback.length) return { techs: fallback, consumed: f.end };
  const later = mentions.find((m) => m.start >= f.end && !/\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start)));
  return { techs: later ? [later.slug] : [], consumed: f.end };
}

const DATABASE = /^(?:PostgreSQL|Postgres|MySQL|MariaDB|SQLite|MongoDB|Redis)$/i;

/** Writes per second and read/write latencies belong to the database the sentence names, not to the app
 *  framework next to it ("SQLite … for a Laravel app: 850 writes per second"). */
function storageSubject(text: string, mentions: Mention[], f: Figure, from: number): { techs: string[]; consumed: number } | null {
  const storage = f.metric === "write_throughput" || /\b(?:reads?|writes?|inserts?)\b/i.test(text.slice(Math.max(from, f.start - 25), f.end));
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
  if (f.metric === "cold_start") return `a cold start of ${fmt(f.value)} ms`;
  const pct = f.metric.replace(/^latency_?/, "");
  return `a ${pct ? `${pct} ` : ""}latency of ${fmt(f.value)} ms`;
}

/** A comparison's two sides: the subject (named before the number in its clause, or between the number and
 *  "than") and the technology right after "than"/"over"/"compared to"; the favoured one first. */
function comparedPair(text: string, mentions: Mention[], f: Figure, from: number, fallback: string[], compared: string[] = []): string[] {
  const versus = f.versus!;
  if (versus.elided) {
    // "X is 3x faster" with no "than": faster than the other technology the document compares X with.
    const clauseStart = Math.max(from, text.lastIndexOf(";", f.start) + 1);
    const before = mentions.filter((m) => m.start >= clauseStart && m.end <= f.at);
    // "Compared to B, A is 3x faster": the standard is named in front of the clause.
    const fronted = FRONTED_STANDARD.exec(text.slice(clauseStart, f.at));
    const standard = fronted ? mentions.find((m) => m.start >= clauseStart && m.end <= clauseStart + fronted[0].length) : undefined;
    const own = before.filter((m) => m !== standard);
    const subject = own[own.length - 1]?.slug ?? fallback[0];
    const other = standard && standard.slug !== subject ? standard.slug : compared.length === 2 && subject && compared.includes(subject) ? compared.find((t) => t !== subject) : undefined;
    return subject && other ? (versus.favoursFirst ? [subject, other] : [other, subject]) : [];
  }
  const other = mentions.find((m) => m.start >= versus.at && m.start - versus.at <= 30);
  const clauseStart = Math.max(from, text.lastIndexOf(";", f.start) + 1);
  const before = mentions.filter((m) => m.start >= clauseStart && m.end <= f.at);
  const between = mentions.find((m) => m.start >= f.end - (versus.at - f.start) && m.end <= versus.at && m.start >= f.start);
  const subject = before[before.length - 1]?.slug ?? between?.slug ?? fallback[0];
  if (!other || !subject || other.slug === subject) return [];
  return versus.favoursFirst ? [subject, other.slug] : [other.slug, subject];
}

const FRONTED_STANDARD = /^\s?(?:(?:when|if)\s)?(?:compared (?:to|with)|relative to|against|versus|vs\.?|next to|unlike)\s[^,;]{1,60},/i;

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
      const conditions: Conditions = { ...(f.upTo != null ? { range: `${fmt(f.value)}–${fmt(f.upTo)}${f.unit}` } : {}), favoured: resolver.nameOf(pair[0]) };
      emit({ statement, kind: f.kind ?? "performance", technologies: pair, topic: f.kind === "fact" ? slugify(f.metric, 40) : "performance", metric: f.metric, value: f.value, unit: f.unit, conditions, stance: "SUPPORTS" }, s);
      prevEnd = f.end;
      continue;
    }
    const fromTo = /\bfrom ([\w. ]{1,40}?) to ([\w. ]{1,40}?)\b/.exec(s.text);
    const moved = fromTo ? resolver.find(fromTo[0]) : [];
    const found = storageSubject(s.text, mentions, f, prevEnd) ?? figureSubject(s.text, mentions, f, prevEnd, previous, ctx.subject);
    const techs = f.baseline != null && moved.length >= 2 ? [moved[moved.length - 1].slug] : found.techs;
    if (!techs.length) continue;
    const conditions: Conditions = findConditions(s.text.slice(prevEnd, f.end), `${s.text} ${ctx.leadIn}`);
    if (f.baseline != null) conditions.before = `${fmt(f.baseline)} ${f.unit}${moved.length >= 2 ? ` (${moved[0].name})` : ""}`;
    if (f.upTo != null) conditions.range = `${fmt(f.value)}–${fmt(f.upTo)} ${f.unit}`;
    prevEnd = found.consumed;
    previous = techs;
    const cond = Object.entries(conditions).filter(([k]) => k !== "before" && k !== "range").map(([, v]) => v);
    const was = f.baseline != null ? `, down from ${conditions.before}` : "";
    const statement = f.words ? `${name(techs)}: ${f.words}${cond.length ? ` (${cond.join(", ")})` : ""}.` : `${name(techs)} achieved ${figureWords(f)}${was}${cond.length ? ` (${cond.join(", ")})` : ""}.`;
    emit({ statement, kind: "performance", technologies: techs, topic: "performance", metric: f.metric, value: f.value, unit: f.unit, conditions, stance: "SUPPORTS" }, s);
  }
}

// ---- Benchmark output in code blocks ----

export interface OutputFigure {
  metric: string;
  value: number;
  unit: string;
  words: string;
  tool: string;
}

// hyperfine: "Time (mean ± σ):  1.234 s ± 0.012 s"; `time`: "real 0m1.234s"; Go/criterion-style "… ns/op".
const HYPERFINE = /^Time \((mean|median)(?: ± σ)?\):\s{1,40}(\d{1,9}(?:\.\d{1,9})?) (ns|µs|ms|s)\b/;
const TIME_REAL = /^real\s{1,20}(\d{1,5})m(\d{1,5}(?:\.\d{1,9})?)s$/;
const NS_OP = /\s(\d{1,12}(?:\.\d{1,9})?) ns\/op\b/;

/** A line of benchmark output inside a code block, read as a figure; any other code line gives null. */
export function benchmarkOutput(line: string): OutputFigure | null {
  if (line.length > 300) return null;
  const t = line.trim();
  const hf = HYPERFINE.exec(t);
  if (hf) return { metric: `run_time_${hf[1]}`, value: Number(hf[2]), unit: hf[3], words: `${hf[1]} run time ${hf[2]} ${hf[3]}`, tool: "hyperfine" };
  const real = TIME_REAL.exec(t);
  if (real) {
    const value = Math.round((Number(real[1]) * 60 + Number(real[2])) * 1000) / 1000;
    return { metric: "wall_time", value, unit: "s", words: `wall-clock time ${value} s`, tool: "time" };
  }
  const op = NS_OP.exec(t);
  if (op) return { metric: "time_per_op", value: Number(op[1]), unit: "ns", words: `${op[1]} ns per operation`, tool: "go test -bench" };
  return null;
}

/** The command a benchmark output belongs to: "Benchmark 1: vite build", "$ time npm ci", "BenchmarkFlask…". */
export const BENCHMARK_COMMAND = /^(?:Benchmark \d{1,3}:\s?|\$\s?time\s|time\s|Benchmark(?=[A-Z]))(.{1,200})$/;
