// What a row or column label says: the unit its bare numbers are in, the metric it names, and the
// conditions it carries ("(no cache)", "(PostgreSQL 16, 8 vCPU)").
import { cellQuantity, toMilliseconds, type Quantity } from "../quantities";
import type { Conditions } from "../types";
import { snake } from "./common";

const withoutBrackets = (text: string): string => text.replace(/\([^()]*\)|\[[^[\]]*\]/g, " ").trim();

/** "Inserts/s", "Requests per second (8 vCPU)": the label, without its setup, is itself a rate. */
function rateLabel(text: string): Quantity | null {
  const bare = withoutBrackets(text);
  const whole = bare.length <= 30 ? cellQuantity(`1 ${bare}`) : null;
  return whole?.dimension === "rate" ? whole : null;
}

/** "Memory (MB)", "Time [s]", "Latency, ms", "Throughput (req/s)": the unit a column's bare numbers are in. */
export function labelUnit(label: string): Quantity | null {
  const text = label.trim().replace(SCALE_WORD, "$1");
  // "Throughput/Mb", "Throughput (MB)": a throughput counted in a size is that size per second.
  const sized = SIZED_THROUGHPUT.exec(text);
  if (sized) return cellQuantity(`1 ${sized[1].toUpperCase()}B/s`);
  // "Heap Used MB": a unit as the label's last word.
  const m =
    /[([,]\s?(?:in )?([^()[\],]{1,12})[)\]]?$/.exec(text) ??
    /\bin (ms|seconds|s|MB|GB|KB)\b/.exec(text) ??
    /\s(ms|sec|secs|seconds|KB|MB|GB|KiB|MiB|GiB|%)$/.exec(text);
  // "(Avg)", "(p50)": a statistic in brackets is no unit (a bare number is all it would read as).
  const unit = m ? cellQuantity(`1 ${m[1].trim()}`) : null;
  // "Request per second (s)": a label that is itself a rate stays one; its bracket only repeats the second.
  if (unit?.unit) return (unit.dimension === "time" ? rateLabel(text) : null) ?? unit;
  // "Throughput (rps) mean", "Latency (ms) avg": a unit in brackets before the column's own heading
  // (a group heading over several columns, joined with each column's).
  for (const inner of text.matchAll(/[([]([^()[\],]{1,12})[)\]]/g)) {
    const found = cellQuantity(`1 ${inner[1].trim()}`);
    if (found?.unit) return found;
  }
  const whole = rateLabel(text);
  if (whole) return whole;
  const bare = withoutBrackets(text);
  const perOperation = unitOnly(bare);
  if (perOperation) return perOperation;
  // "Ratio", "Compression ratio": bare numbers under it are so many times (x), not a score.
  if (RATIO_LABEL.test(bare)) return cellQuantity("1x");
  // "Gen 0", "Gen1" (BenchmarkDotNet): garbage collections of that generation per 1,000 operations, as it defines them.
  if (GC_GENERATION.test(bare))
    return {
      value: 1,
      upTo: null,
      unit: "collections per 1,000 operations",
      dimension: "count",
      start: 0,
      end: 0,
      at: 0,
      approx: null,
    };
  // "vCPU", "Nodes", "CPU cores": a label that names what is counted is the unit of its bare numbers.
  const counted = COUNTED.exec(bare);
  if (!counted) return null;
  const noun = /^v?cpus?$/i.test(counted[1]) ? (/^v/i.test(counted[1]) ? "vCPU" : "CPU") : counted[1].toLowerCase();
  return { value: 1, upTo: null, unit: noun, dimension: "count", start: 0, end: 0, at: 0, approx: null };
}

// "Throughput (k ops/s)", "QPS (thousands)", "Ops/sec (M)": the column's bare numbers are thousands or millions of its
// unit (case-sensitive: "(m)" is minutes and "(B)" bytes, never millions or billions).
const SCALE_WORD = /([([])\s?(?:in\s)?(k|K|M|mn|bn|[Tt]housands?|[Mm]illions?|[Bb]illions?)(?![\p{L}\d/])\s?/u;
const SCALES: Record<string, number> = { k: 1e3, t: 1e3, m: 1e6, b: 1e9 };

/** "Throughput (k ops/s) | 159": a bare number under a label counting in thousands is 159,000 (one with a unit stays). */
export function scaledByLabel(q: Quantity, label: string): Quantity {
  const word = q.unit ? undefined : SCALE_WORD.exec(label)?.[2];
  const scale = word ? (SCALES[word[0].toLowerCase()] ?? 1) : 1;
  return scale === 1 ? q : { ...q, value: q.value * scale, upTo: q.upTo != null ? q.upTo * scale : null };
}

const GC_GENERATION = /^gen\s?[012]$/i;
const SIZED_THROUGHPUT = /^(?:throughput|transfer|bandwidth)[ \t]?(?:\/|\(|in[ \t])[ \t]?([kmg])i?b\)?$/i;

export const RATIO_LABEL = /^(?:\p{L}+ )?ratio$/iu;

// "ns/op", "B/op", "µs", "MB": a heading that is nothing but a unit, as benchmark tools print their
// columns (Go's testing package, criterion, JMH); "/op" says the figure is per operation.
export const PER_OPERATION = /^(.{1,8}?)\s?(?:\/\s?op|per op(?:eration)?)$/i;
const ALLOCATIONS = /^allocs?$|^allocations?$/i;

/** The unit a unit-only heading names, or null; allocations per operation are counted. */
export function unitOnly(label: string): Quantity | null {
  const perOp = PER_OPERATION.exec(label.trim());
  const unit = (perOp ? perOp[1] : label).trim();
  if (perOp && ALLOCATIONS.test(unit))
    return { value: 1, upTo: null, unit: "allocations", dimension: "count", start: 0, end: 0, at: 0, approx: null };
  const q = unit.length <= 8 ? cellQuantity(`1 ${unit}`) : null;
  return q && q.end === unit.length + 2 && (q.dimension === "time" || q.dimension === "size") ? q : null;
}

// What a resource or deployment row counts: its bare numbers are so many of these, not a score.
const COUNTED =
  /^(?:(?:min(?:imum)?|max(?:imum)?|required|recommended|number of|#)\s)?(v?CPUs?|(?:CPU\s)?cores?|nodes?|threads?|workers?|replicas?|instances?|brokers?|partitions?|shards?|servers?|machines?|connections?)$/i;

/** What a label measures, keeping the long-standing keys for latency and request throughput. */
const THROUGHPUT_LABEL = /\b(?:throughput|req(?:uests)?\s?\/\s?s(?:ec)?|requests per second|rps)\b/i;

export function metricOf(label: string, unit: string): { metric: string; latency: boolean } | null {
  const pct = /\b(p\d{2}(?:\.\d)?|median|average|avg|mean|max)\b/i.exec(label);
  // "Req/Sec (Avg)": the mean of a throughput, not a latency.
  if (pct && !THROUGHPUT_LABEL.test(label) && (!unit || toMilliseconds({ value: 1, unit }) != null))
    return {
      metric: /average|avg|mean/i.test(pct[1]) ? "latency_mean" : `latency_${pct[1].toLowerCase()}`,
      latency: true,
    };
  if (/\b(?:latency|response time)\b/i.test(label) && (!unit || toMilliseconds({ value: 1, unit }) != null))
    return { metric: "latency", latency: true };
  if (THROUGHPUT_LABEL.test(label) && (!unit || unit === "req/s")) {
    // The mean is the throughput a reader compares; a peak or a floor is a figure of its own.
    const extreme = /\b(max(?:imum)?|min(?:imum)?|peak)\b/i.exec(label)?.[1].toLowerCase().slice(0, 3);
    return {
      metric: extreme === "pea" ? "throughput_peak" : extreme ? `throughput_${extreme}` : "throughput",
      latency: false,
    };
  }
  const onlyUnit = unitOnly(label);
  if (onlyUnit) {
    const per = PER_OPERATION.test(label.trim()) ? "_per_operation" : "";
    return {
      metric: `${onlyUnit.dimension === "time" ? "time" : onlyUnit.dimension === "size" ? "memory" : "allocations"}${per}`,
      latency: false,
    };
  }
  const words = label
    .replace(/\((?:[^()]{0,12}\bis better|ms|s|sec|MB|GB|KB|kB|%|x|req\/s)\)|\[[^\]]{0,12}\]/gi, " ")
    .trim();
  if (!/\p{L}/u.test(words)) return null;
  const inParen = /\(([^()]{1,30})\)/.exec(words)?.[1] ?? "";
  // "(PostgreSQL 16, 8 vCPU)" is how it was measured (a condition), "(cold)" what was measured.
  const paren = SETUP_PAREN.test(inParen) ? "" : inParen;
  const main = words.replace(/\([^()]*\)/g, " ");
  const timed = toMilliseconds({ value: 1, unit }) != null && !/\b(?:time|latency|duration|took|elapsed)\b/i.test(main);
  return {
    metric: [snake(main), timed ? "time" : "", paren ? snake(paren) : ""].filter(Boolean).join("_"),
    latency: false,
  };
}

// A parenthesis stating the setup: hardware, or a name with a version ("PostgreSQL 16", "Node 20").
const SETUP_PAREN =
  /\d\s?(?:vCPUs?|cores?|CPUs?|GB|GiB|threads|connections|workers)\b|\b[A-Z][\w.]{1,20}\sv?\d{1,3}(?:\.\d{1,3}){0,2}\b/;

/** Conditions a label carries: "(no cache)" / "with cache" -> cache. */
export function labelConditions(label: string): Conditions {
  const inParen = /\(([^()]{1,60})\)/.exec(label)?.[1] ?? "";
  const setup: Conditions = SETUP_PAREN.test(inParen) ? { setup: inParen.trim() } : {};
  const cache = /\b(no|without|with|cold|warm)[ -](?:the )?cache\b|\b(cached|uncached)\b/i.exec(label);
  if (!cache) return setup;
  const word = (cache[1] ?? cache[2]).toLowerCase();
  return { ...setup, cache: /^(?:no|without|cold|uncached)$/.test(word) ? "no cache" : "with cache" };
}

/** "Granian get 10KB (c128)", "nginx -c 64": the connections a load tester ran a row with, as its concurrency. */
export function connectionsIn(label: string): Conditions {
  const m = /\((?:c|-c\s?|c=)(\d{1,6})\)|\s-c\s?(\d{1,6})\b/.exec(label);
  return m ? { concurrency: `${m[1] ?? m[2]} connections` } : {};
}
