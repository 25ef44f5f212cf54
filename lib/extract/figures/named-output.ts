// Benchmark output lines that start with the name of what ran, as benchmark scripts print them:
// "<Name> average: 431.2ms" (a script's own summary), benchmark.js's "<name> x 12,480 ops/sec ±1.21%
// (90 runs sampled)" and criterion's "<name>/<case>  time: [low estimate high]". A script often glues the library's name to the case it ran ("QuillogRecord",
// "TinylogFastRecord"): the name is the shortest CamelCase prefix the document's other lines also use,
// the rest is the variant ("Fast", "Record"), a condition of the figure. Every pattern is anchored and
// bounded: linear in the line.

export interface NamedFigure {
  /** The identifier as printed ("TinylogFastRecord"). */
  name: string;
  /** "average", "median", "ops/sec". */
  stat: string;
  value: number;
  unit: string;
  tool: string;
  /** "±1.21%", "12.40–12.63 µs": the spread or interval the tool printed, kept as a condition. */
  spread: string | null;
  /** criterion's "<name>/<case>": the case the figure measured. */
  case?: string;
}

const MAX_LINE = 200;
// "Quillog average: 388.005ms", "quill mean = 12.4 ms", "Lumber p99: 3.1 ms".
const STAT_LINE =
  /^([A-Za-z][\w.@/-]{0,59}) (average|avg|mean|median|min|max|p\d{2,3}(?:\.\d)?)\s?[:=]\s?(\d{1,12}(?:[.,]\d{1,9})?)\s?(ns|µs|us|ms|s|sec|ops\/s|ops\/sec|req\/s|rps|MB\/s|MB|KB|GB)$/;
// benchmark.js: "quokka x 12,480 ops/sec ±1.21% (90 runs sampled)".
const BENCHMARK_JS =
  /^(\S.{0,59}?) x (\d{1,3}(?:,\d{3}){0,4}(?:\.\d{1,6})?|\d{1,15}(?:\.\d{1,6})?) ops\/sec (±\d{1,3}(?:\.\d{1,3})?%)(?: \(\d{1,6} runs? sampled\))?$/;

// criterion: "quokka/parse   time:   [12.402 µs 12.511 µs 12.630 µs]": lower bound, estimate, upper bound.
const CRITERION =
  /^([A-Za-z][\w.@-]{0,59})(?:\/(\S{1,60}))?\s{1,40}time:\s{1,20}\[(\d{1,9}(?:\.\d{1,6})?) (ns|µs|us|ms|s) (\d{1,9}(?:\.\d{1,6})?) (?:ns|µs|us|ms|s) (\d{1,9}(?:\.\d{1,6})?) (?:ns|µs|us|ms|s)\]$/;

const UNITS: Record<string, string> = { us: "µs", sec: "s", "ops/sec": "ops/s", rps: "req/s" };

/** A line of output naming what ran, then its figure; null for any other line. */
export function namedOutputLine(line: string): NamedFigure | null {
  const t = line.trim();
  if (t.length > MAX_LINE) return null;
  const stat = STAT_LINE.exec(t);
  if (stat)
    return {
      name: stat[1],
      stat: stat[2].toLowerCase() === "avg" ? "average" : stat[2].toLowerCase(),
      value: Number(stat[3].replace(",", ".")),
      unit: UNITS[stat[4]] ?? stat[4],
      tool: "benchmark script",
      spread: null,
    };
  const crit = CRITERION.exec(t);
  if (crit)
    return {
      name: crit[1],
      stat: "estimated",
      value: Number(crit[5]),
      unit: UNITS[crit[4]] ?? crit[4],
      tool: "criterion",
      spread: `${crit[3]}–${crit[6]} ${UNITS[crit[4]] ?? crit[4]}`,
      case: crit[2],
    };
  const bjs = BENCHMARK_JS.exec(t);
  if (bjs)
    return {
      name: bjs[1].trim(),
      stat: "ops/sec",
      value: Number(bjs[2].replace(/,/g, "")),
      unit: "ops/s",
      tool: "benchmark.js",
      spread: bjs[3],
    };
  return null;
}

/** "TinylogFastRecord" -> ["Tinylog", "Fast", "Record"]; "loglevel" -> ["loglevel"]; "LZ4Fast" -> ["LZ4", "Fast"]. */
export function camelParts(name: string): string[] {
  return name.match(/\p{Lu}+\d*(?!\p{Ll})|\p{Lu}?\p{Ll}+\d*|\d+|[^\p{L}\d]+/gu) ?? [name];
}

const startsWith = (parts: string[], prefix: string[]): boolean =>
  prefix.length < parts.length && prefix.every((p, i) => parts[i] === p);

/**
 * The compared names among the identifiers of a document's output lines, one list per code block: an
 * identifier that extends another by CamelCase parts ("PinoLikeFast" after "PinoLike") is a variant of
 * it; a part every identifier of a block ends with ("…Record") is the case the block ran, not a name.
 */
export function outputBaseNames(blocks: string[][]): string[] {
  const all = new Map<string, string[]>();
  for (const block of blocks) {
    const unique = [...new Set(block)];
    const parts = unique.map(camelParts);
    const last = parts[0]?.[parts[0].length - 1];
    const shared = unique.length >= 2 && parts.every((p) => p.length >= 2 && p[p.length - 1] === last);
    for (const p of parts) {
      const kept = shared ? p.slice(0, -1) : p;
      all.set(kept.join(""), kept);
    }
  }
  const list = [...all.values()];
  return list.filter((p) => !list.some((q) => startsWith(p, q))).map((p) => p.join(""));
}
