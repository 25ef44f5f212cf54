// One grammar for quantities: a number as people write it (thousands separators, decimal commas, k/M/B
// suffixes, ranges, "~"/"about"/"up to"), followed by a unit (durations ns–h and compounds like "4h 12m",
// sizes B–TB/KiB–GiB, rates of any unit, percentages, ratios, scores). Scanning is token by token: one
// regex finds number starts (never inside a word or another number), and every look at what follows is
// on a bounded slice, so the cost stays linear whatever the input.

export type Dimension = "time" | "size" | "rate" | "percent" | "ratio" | "count";

export interface Quantity {
  /** The number in `unit` ("7.1M" -> 7100000; "4h 12m" -> 15120 with unit "s"). */
  value: number;
  /** "8,000–9,500 req/s": the upper end of a range whose lower end is `value`. */
  upTo: number | null;
  /** Short, normalised: ms, s, min, h, KB, MB, GB, req/s, ops/s, inserts/s, %, x; "" for a bare number. */
  unit: string;
  dimension: Dimension | null;
  /** The span in the scanned text, including an approximation word before and the unit after. */
  start: number;
  end: number;
  /** Where the number itself starts. */
  at: number;
  /** "~", "about", "up to", "under", "+" (for "100KB+"), or null. */
  approx: string | null;
}

// A number token: not preceded by a letter, digit, dot or comma (so "v1.2" and "1.2.3" give nothing), not
// followed by more digits or another dotted part (versions and dates are not quantities).
const NUMBER =
  /(?<![\p{L}\d.,_/-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\d]|[.,]\d)/gu;
const MULTIPLIER = /^(?:(k|K|M|bn|B)(?![\p{L}])|\s(thousand|million|billion)\b)/u;
const SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  B: 1e9,
  bn: 1e9,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

interface UnitRule {
  re: RegExp;
  unit: (m: RegExpExecArray) => string;
  dimension: Dimension;
}

// Work counted per second: requests and queries, and any countable unit of work a benchmark names ("jobs per second").
const RATE_NOUN = String.raw`(req(?:uest)?s?|quer(?:y|ies)|ops|operations|msgs?|messages|tx|transactions|inserts|writes|reads|events|rows|docs|documents|points|tokens|records|files|jobs|tasks|calls|invocations|spans|traces|logs|items|keys|packets|frames|iterations|batches|hashes|emails|[KMG]B|kB|[KMGTkmgt]i[Bb]|B)`;
const rateUnit = (noun: string): string => {
  const n = noun.toLowerCase();
  if (/^req/.test(n)) return "req/s";
  if (/^quer/.test(n)) return "queries/s";
  if (/^op/.test(n)) return "ops/s";
  if (/^msg|^mess/.test(n)) return "msg/s";
  if (/^tx|^trans/.test(n)) return "tx/s";
  if (/^[kmg]b$/.test(n)) return `${n.toUpperCase().replace("K", "K")}/s`;
  if (n === "b") return "B/s";
  // "mib/s" as a tool prints it: binary units say which they are in any casing.
  if (/^[kmgt]ib$/.test(n)) return `${n[0].toUpperCase()}iB/s`;
  return `${n.replace(/s$/, "")}s/s`;
};

// Work counted over a longer period: "5.6 million jobs daily", "2 billion events a day", "300 builds per month".
const PERIOD_NOUN = String.raw`(jobs|tasks|builds|deploys|deployments|emails|notifications|log lines|logs|spans|traces|page ?views|visits|pipelines|runs|calls|invocations|requests|reqs|queries|messages|msgs|events|transactions|inserts|writes|reads|rows|documents|docs|records|files|tokens|downloads)`;
const PERIOD = String.raw`(?:\/\s?(day|d|hour|hr|h|min|minute|week|wk|month|mo)|per\s(day|hour|minute|min|week|month)|an?\s(day|hour|minute|week|month)|(daily|hourly|weekly|monthly)|each\s(day|hour|minute|week|month))`;
// The period as the unit names it: "d" and "daily" a day, "hr" an hour, "wk" a week, "mo" a month.
const PERIODS: Record<string, string> = {
  d: "day",
  daily: "day",
  hr: "hour",
  h: "hour",
  hourly: "hour",
  minute: "min",
  wk: "week",
  weekly: "week",
  mo: "month",
  monthly: "month",
};
const periodUnit = (m: RegExpExecArray): string => {
  const noun = m[1]
    .toLowerCase()
    .replace(/^page ?views$/, "pageviews")
    .replace(/^reqs$/, "requests");
  const period = m.slice(2).find(Boolean)?.toLowerCase() ?? "day";
  return `${noun.replace(/^msgs$/, "messages")}/${PERIODS[period] ?? period}`;
};

// Anchored at the text right after the number (and its multiplier); first match wins, so longer first.
const UNITS: UnitRule[] = [
  { re: new RegExp(String.raw`^${PERIOD_NOUN}\s?${PERIOD}(?![\p{L}])`, "iu"), unit: periodUnit, dimension: "rate" },
  {
    re: new RegExp(String.raw`^${RATE_NOUN}\s?(?:\/\s?s(?:ec(?:ond)?)?|per\s(?:sec(?:ond)?|s)|a second)\b`, "i"),
    unit: (m) => rateUnit(m[1]),
    dimension: "rate",
  },
  {
    re: /^(rps|RPS|qps|QPS|tps|TPS)\b/,
    unit: (m) => (/q/i.test(m[1]) ? "queries/s" : /t/i.test(m[1]) ? "tx/s" : "req/s"),
    dimension: "rate",
  },
  { re: /^(?:ns|nanoseconds?)\b/, unit: () => "ns", dimension: "time" },
  { re: /^(?:µs|μs|us|microseconds?)\b/, unit: () => "µs", dimension: "time" },
  { re: /^(?:ms|msecs?|milliseconds?)\b/, unit: () => "ms", dimension: "time" },
  { re: /^(?:s|secs?|seconds?)\b/, unit: () => "s", dimension: "time" },
  { re: /^(?:min|mins|minutes?)\b/, unit: () => "min", dimension: "time" },
  // A lone "m" is minutes only as the head of a compound duration ("1m 6.8s"); "5m" alone may be metres or millions.
  { re: /^m(?=\s?\d)/, unit: () => "min", dimension: "time" },
  { re: /^(?:h|hrs?|hours?)\b/, unit: () => "h", dimension: "time" },
  // "90 days", "2 weeks": a retention, a term, a build that took days ("d" alone is no unit: "3d" is 3-D).
  { re: /^days?\b/, unit: () => "days", dimension: "time" },
  { re: /^weeks?\b/, unit: () => "weeks", dimension: "time" },
  { re: /^([KkMGT])(i?)B\b/, unit: (m) => `${m[1].toUpperCase()}${m[2]}B`, dimension: "size" },
  { re: /^([kmgt])ib\b/i, unit: (m) => `${m[1].toUpperCase()}iB`, dimension: "size" },
  { re: /^(?:bytes?|B\b)/, unit: () => "B", dimension: "size" },
  { re: /^(?:%|percent\b)/, unit: () => "%", dimension: "percent" },
  { re: /^(?:x|×|X)(?![\p{L}\d])/u, unit: () => "x", dimension: "ratio" },
  {
    re: /^times\b(?=\s(?:more|less|fewer|faster|slower|higher|lower|bigger|smaller|larger|better|worse|as)\b)/,
    unit: () => "x",
    dimension: "ratio",
  },
];

const SECONDS: Record<string, number> = {
  ns: 1e-9,
  µs: 1e-6,
  ms: 1e-3,
  s: 1,
  min: 60,
  h: 3600,
  days: 86400,
  weeks: 604800,
};
const APPROX_BEFORE =
  /(~|≈|\babout|\baround|\broughly|\bnearly|\bapprox(?:\.|imately)?|\bup to|\bunder|\bover|\balmost|\bless than|\bmore than|<|>|≤|≥)\s?$/i;

/** "1,394" -> 1394, "1,5" -> 1.5 (a decimal comma: not three digits after it), "1 394" -> 1394. */
export function parseNumber(token: string): number {
  const t = token.replace(/[\u00a0\u202f]/g, "");
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ""));
  return Number(t.replace(",", "."));
}

interface UnitHit {
  unit: string;
  dimension: Dimension;
  length: number;
}

function unitAt(text: string, from: number): UnitHit | null {
  const rest = text.slice(from, from + 40);
  const gap = /^[ \u00a0]?/.exec(rest)?.[0].length ?? 0;
  for (const rule of UNITS) {
    const m = rule.re.exec(rest.slice(gap));
    // "50 %" and "3 ms" may have a space; a ratio "x" must touch its number ("4 x 4" is not a ratio).
    if (m && !(gap && rule.dimension === "ratio" && m[0] !== "times"))
      return { unit: rule.unit(m), dimension: rule.dimension, length: gap + m[0].length };
  }
  return null;
}

/** After "4h" or "1m": a following smaller component ("12m", "6.8s") folds into one duration in seconds. */
function compound(text: string, end: number, value: number, unit: string): { value: number; end: number } | null {
  if (unit !== "h" && unit !== "min") return null;
  const m = /^\s?(\d{1,2}(?:\.\d+)?)\s?(m(?![sb])|min|mins|minutes|s|sec|secs|seconds)\b/i.exec(
    text.slice(end, end + 20),
  );
  if (!m) return null;
  const next = /^s/i.test(m[2]) ? "s" : "min";
  if (unit === "min" && next === "min") return null;
  return { value: value * SECONDS[unit] + Number(m[1]) * SECONDS[next], end: end + m[0].length };
}

/** Number (with its multiplier) at a NUMBER match: value and where it ends. */
function numberAt(text: string, token: string, at: number): { value: number; end: number } {
  let end = at + token.length;
  let value = parseNumber(token);
  const mult = MULTIPLIER.exec(text.slice(end, end + 12));
  // "512B" is bytes, "7B parameters" is billions: B multiplies only when a word follows.
  if (mult && !(mult[1] === "B" && !/^B\s\p{Ll}/u.test(text.slice(end, end + 4)))) {
    value *= SCALE[mult[1] ?? mult[2]];
    end += mult[0].length;
  }
  return { value, end };
}

const RANGE_JOIN = /^\s?(?:–|—|-|to)\s?(?=\d)/;

/** Every quantity in `text`, in order. Bare numbers (no unit) are kept with unit "" and dimension null. */
export function quantitiesIn(text: string, limit = 200): Quantity[] {
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m && out.length < limit; m = NUMBER.exec(text)) {
    const at = m.index;
    let { value, end } = numberAt(text, m[1], at);
    let upTo: number | null = null;
    const join = RANGE_JOIN.exec(text.slice(end, end + 6));
    if (join) {
      const second = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)/.exec(
        text.slice(end + join[0].length, end + join[0].length + 24),
      );
      if (second) {
        const high = numberAt(text, second[1], end + join[0].length);
        if (high.value > value) {
          upTo = high.value;
          end = high.end;
        }
      }
    }
    // "the 1990s", "in the early 2000s": a decade, not a number of seconds.
    const decade =
      upTo == null &&
      /^(?:19|20)\d0$/.test(m[1]) &&
      /^s\b/.test(text.slice(end, end + 2)) &&
      /\b(?:the|early|mid|late)\s$/i.test(text.slice(Math.max(0, at - 6), at));
    // "`1.22` seconds": a number set in code keeps the unit written after its closing mark.
    const code = text[end] === "`" && text[at - 1] === "`" ? 1 : 0;
    const unit = decade ? null : unitAt(text, end + code);
    let q: Quantity = {
      value,
      upTo,
      unit: unit?.unit ?? "",
      dimension: unit?.dimension ?? null,
      start: at,
      end: unit ? end + code + unit.length : end,
      at,
      approx: null,
    };
    const folded = unit ? compound(text, q.end, value, q.unit) : null;
    if (folded) q = { ...q, value: folded.value, unit: "s", end: folded.end };
    if (text[q.end] === "+") q = { ...q, end: q.end + 1, approx: "+" };
    const approx = APPROX_BEFORE.exec(text.slice(Math.max(0, at - 14), at));
    if (approx) q = { ...q, start: at - approx[0].length, approx: approx[1].toLowerCase() };
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, q.end);
    out.push(q);
  }
  return out;
}

const SPACE_GROUPED = /^[~≈<>]?\d{1,3}(?:[ \u202f\u00a0]\d{3}){1,4}(?![\d.,])/;
// "121+53MB", "259 + 185 + 9 MB": the parts of one measure (the memory of each process) before its unit: their total.
const SUM = /^(\d{1,6}(?:\.\d{1,3})?)((?:[ \t]?\+[ \t]?\d{1,6}(?:\.\d{1,3})?){1,5})(?=[ \t]?\p{L})/u;

const summed = (text: string): string =>
  text.replace(SUM, (_, first: string, more: string) =>
    String(
      more
        .split("+")
        .slice(1)
        .reduce((total, part) => total + Number(part.trim()), Number(first)),
    ),
  );

/** A table cell that is one quantity and little else ("1394ms🥇", "~2.1k", "4h 12m", "n/a" -> null). */
export function cellQuantity(cell: string): Quantity | null {
  // "128 000", "6 200 000": thousands grouped by spaces, as many languages write them; only a whole cell's
  // leading number, where a space cannot be between two figures.
  const text = summed(cell.slice(0, 120).replace(SPACE_GROUPED, (n) => n.replace(/[\s\u202f\u00a0]/g, "")));
  const qs = quantitiesIn(text, 3);
  if (!qs.length) return null;
  const q = qs[0];
  // Whatever surrounds the quantity must be decoration: medals, stars, bold marks, a short note in brackets.
  // "1,204,311 ops/sec ±0.52%", "1310.8 ± 20.4" (the unit in the header): a spread is decoration of the value
  // ("743.91 ± 44.54 ms" is not: its unit comes after the spread, read as a loose figure).
  const tail = text.slice(q.end);
  const spreadOnly = /^\s?(?:±|\+\/-)\s?\d{1,9}(?:[.,]\d{1,6})?\s*$/.test(tail);
  const after = q.unit || spreadOnly ? tail.replace(/^\s?(?:±|\+\/-)\s?\d{1,9}(?:[.,]\d{1,6})?\s?%?/, " ") : tail;
  const rest = (text.slice(0, q.start) + " " + after)
    .replace(/\([^()]{0,40}\)|\[[^\]]{0,40}\]/g, " ")
    .replace(/[\p{Extended_Pictographic}\ufe0f*_`~≈±()\s]/gu, "");
  return rest.length <= 3 ||
    /^(?:faster|slower|best|worst|fastest|slowest|smaller|larger|bigger|less|more|lower|higher|better|worse|lighter|heavier)$/i.test(
      rest,
    )
    ? q
    : null;
}

/** "1,394" in en-US style, at most three decimals. */
export const formatNumber = (n: number): string => n.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** The quantity as an editor would read it back: "4 h 12 min", "1,394 ms", "7,100,000 req/s", "1.5–2x". */
export function describeQuantity(q: Quantity): string {
  const join = q.unit === "%" || q.unit === "x" || !q.unit ? "" : " ";
  const range = q.upTo != null ? `${formatNumber(q.value)}–${formatNumber(q.upTo)}` : formatNumber(q.value);
  if (q.unit === "s" && q.value >= 60 && Number.isInteger(q.value)) {
    const h = Math.floor(q.value / 3600);
    const min = Math.round((q.value % 3600) / 60);
    if (q.upTo == null && Math.round(q.value) % 60 === 0) return h ? `${h} h${min ? ` ${min} min` : ""}` : `${min} min`;
  }
  // "~6x", "≤ 5 ms" reads "≤5 ms"; a word keeps its space ("about 6x").
  const approx = !q.approx || q.approx === "+" ? "" : /^\p{L}/u.test(q.approx) ? `${q.approx} ` : q.approx;
  return `${approx}${range}${join}${q.unit}${q.approx === "+" ? "+" : ""}`;
}

/** A value in milliseconds when the quantity is a duration (the unit the latency metrics have always used). */
export const toMilliseconds = (q: Pick<Quantity, "value" | "unit">): number | null =>
  q.unit in SECONDS ? q.value * SECONDS[q.unit] * 1000 : null;

const BYTES: Record<string, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
  TiB: 1024 ** 4,
};

/** `q` expressed in `unit` when both measure the same dimension (durations, sizes, or one unit), else null. */
export function convertTo(q: Pick<Quantity, "value" | "unit">, unit: string): number | null {
  if (q.unit === unit) return q.value;
  for (const table of [SECONDS, BYTES])
    if (q.unit in table && unit in table) return (q.value * table[q.unit]) / table[unit];
  return null;
}
