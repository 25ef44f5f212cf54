// Benchmark tool output, read line by line with the structure such output has: a command line names
// what runs ("Benchmark 2: prettier+oxc-parser", "$ time npm ci"), the figure lines under it belong to
// it; a summary names a winner ("biome ran") and lists how many times faster it was than each other
// command; a labelled section ("Memory Usage:") lists one "name: quantity" line per command. Commands are
// program names written in lower case ("biome", "prettier"), so a command's words are resolved in any
// casing. Every pattern is anchored and bounded: linear in the line.
import { camelParts, namedOutputLine, type NamedFigure } from "./figures/named-output";
import { benchmarkOutput, BENCHMARK_COMMAND } from "./figures/output-lines";
import { reportLine, totalsLine, type ReportFigure } from "./figures/report-lines";
import { describeQuantity, formatNumber as fmtNumber, quantitiesIn } from "./quantities";
import type { TechResolver } from "./technologies";
import type { CandidateClaim } from "./types";

type Claim = Omit<CandidateClaim, "quote" | "start" | "end">;

const MAX_LINE = 300;
// "biome ran" (hyperfine's summary): the command every ratio below it is about.
const RAN = /^(\S[^:]{0,80}?) ran$/;
// "  7.98 ± 0.09 times faster than prettier+oxc-parser"
const TIMES = /^(\d{1,6}(?:\.\d{1,4})?)(?: ± \d{1,6}(?:\.\d{1,4})?)? times (faster|slower) than (\S.{0,80})$/;
// "Memory Usage:", "Peak RSS:": a section label alone on its line.
const SECTION = /^([A-Za-z][\w ()/.-]{1,40}):$/;
// "prettier: 313.7 MB (min: 304.3 MB, max: 318.8 MB)": a command, then its figure.
const ENTRY = /^([^:\s][^:]{0,60}):\s+(\S.{0,200})$/;
// BSD/macOS `time`: "35.35 real 31.04 user 2.50 sys".
const BSD_TIME = /^(\d{1,6}(?:\.\d{1,4})?) real\s+\d{1,6}(?:\.\d{1,4})? user\s+\d{1,6}(?:\.\d{1,4})? sys$/;

/**
 * The technologies a command runs, in order: one per "+"-joined part ("prettier+oxc-parser"). Within a
 * part a name written as a name wins ("uvicorn FastAPI demo" runs FastAPI); failing that, its first word
 * that is a technology's name in any casing ("biome format", "npx vite build").
 */
export function commandTechs(command: string, resolver: TechResolver): string[] {
  const out: string[] = [];
  for (const part of command
    .trim()
    .split(/\s?\+\s?/)
    .slice(0, 4)) {
    let slug: string | undefined = resolver.find(part)[0]?.slug;
    for (const word of slug ? [] : part.split(/[\s/,]+/).slice(0, 6)) {
      slug = word ? resolver.wholeName(word)?.slug : undefined;
      if (slug) break;
    }
    if (slug && !out.includes(slug)) out.push(slug);
  }
  return out.slice(0, 3);
}

/** One figure line of benchmark output outside the hyperfine shapes: BSD `time`, or the shapes `benchmarkOutput` knows. */
export function outputFigure(
  line: string,
): { metric: string; value: number; unit: string; words: string; tool: string } | null {
  const bsd = BSD_TIME.exec(line);
  if (bsd)
    return {
      metric: "wall_time",
      value: Number(bsd[1]),
      unit: "s",
      words: `wall-clock time ${bsd[1]} s`,
      tool: "time",
    };
  return benchmarkOutput(line);
}

/** Reads one code block (or a run of output lines) of benchmark output. */
export class BenchmarkOutputReader {
  private command: string[] = [];
  private winner: string[] = [];
  private section = "";
  /** "PLAIN benchmark averages": the block's own title line, the test every figure under it ran. */
  private title = "";
  /** The last "Kafka: Sent … in 7678ms" report: an indented totals line under it goes on with it. */
  private report: ReportFigure | null = null;

  /** "./files/cal.com.tsx" alone on a line: the input every figure line under it was measured on. */
  private input = "";

  constructor(
    private readonly resolver: TechResolver,
    private readonly fallback: () => string[],
    /** The heading the block sits under ("Maximum Resident Set Size"): what its bare figure lines measure. */
    private readonly heading: () => string = () => "",
  ) {}

  private names(slugs: string[]): string {
    return slugs.map((s) => this.resolver.nameOf(s)).join(" + ");
  }

  /** Claims the line states; the reader remembers what the lines after it are about. */
  line(raw: string): Claim[] {
    const t = raw.trim();
    if (!t) {
      this.section = "";
      return [];
    }
    if (t.length > MAX_LINE) return [];
    const command = BENCHMARK_COMMAND.exec(t);
    if (command) {
      this.command = commandTechs(command[1], this.resolver);
      this.winner = [];
      return [];
    }
    const ran = RAN.exec(t);
    if (ran) {
      this.winner = commandTechs(ran[1], this.resolver);
      return [];
    }
    const times = TIMES.exec(t);
    if (times) return this.comparison(times);
    const section = SECTION.exec(t);
    if (section) {
      this.section = section[1];
      return [];
    }
    const entry = this.section ? ENTRY.exec(t) : null;
    if (entry) return this.sectionEntry(entry);
    const totals = totalsLine(raw, this.report);
    if (totals) return this.reported([totals]);
    const report = reportLine(t);
    this.report = report?.[0] ?? null;
    if (report) return this.reported(report);
    const named = namedOutputLine(t);
    if (named) return this.namedFigure(named);
    if (INPUT_PATH.test(t)) {
      this.input = t.slice(t.lastIndexOf("/") + 1);
      return [];
    }
    const bare = NAMED_QUANTITY.exec(t);
    if (bare) return this.headedFigure(bare);
    if (TITLE.test(t)) this.title = t;
    const f = outputFigure(t);
    const techs = this.command.length ? this.command : this.fallback();
    if (!f || !techs.length) return [];
    return [
      {
        statement: `${this.names(techs)}: ${f.words} (${f.tool}).`,
        kind: "performance",
        technologies: techs,
        topic: "performance",
        metric: f.metric,
        value: f.value,
        unit: f.unit,
        conditions: { tool: f.tool },
        stance: "SUPPORTS",
      },
    ];
  }

  /** hyperfine's summary, "1.52 ± 0.04 times faster than B", under "A ran": one comparison, the favoured first. */
  private comparison(times: RegExpExecArray): Claim[] {
    const other = commandTechs(times[3], this.resolver);
    if (!this.winner.length || !other.length || other.some((s) => this.winner.includes(s))) return [];
    const faster = times[2] === "faster";
    const pair = faster ? [...this.winner, ...other] : [...other, ...this.winner];
    const statement = `${this.names(this.winner)}: ${times[1]}x ${times[2]} than ${this.names(other)}.`;
    return [
      {
        statement,
        kind: "performance",
        technologies: pair,
        topic: "performance",
        metric: "speedup",
        value: Number(times[1]),
        unit: "x",
        conditions: { favoured: faster ? this.names(this.winner) : this.names(other), tool: "hyperfine" },
        stance: "SUPPORTS",
      },
    ];
  }

  /** "QuillogRecord average: 402.5ms", "quokka x 12,480 ops/sec ±1.21%": the figure of the technology the line starts with. */
  private namedFigure(n: NamedFigure): Claim[] {
    const found = identifierTech(n.name, this.resolver);
    if (!found) return [];
    const conditions: Record<string, string> = { tool: n.tool };
    if (this.title) conditions.benchmark = this.title;
    if (found.variant) conditions.variant = found.variant;
    if (n.spread) conditions.spread = n.spread;
    if (n.case) conditions.case = n.case;
    const rate = n.unit === "ops/s";
    const what = rate ? "operations per second" : `${n.stat} time`;
    const context = [found.variant, n.case, this.title].filter(Boolean).join("; ");
    const statement = `${this.resolver.nameOf(found.slug)}: ${what} ${describeQuantity({ value: n.value, upTo: null, unit: n.unit, dimension: rate ? "rate" : "time", start: 0, end: 0, at: 0, approx: null })}${context ? ` (${context})` : ""}.`;
    return [
      {
        statement,
        kind: "performance",
        technologies: [found.slug],
        topic: "performance",
        metric: rate ? "throughput_ops" : `time_${n.stat}`,
        value: n.value,
        unit: n.unit,
        conditions,
        stance: "SUPPORTS",
      },
    ];
  }

  /**
   * "oxc   11.5 mb (1.00x)": a technology's name, then one quantity (and its ratio to the first), under a heading that
   * says what is measured. Only a name that is wholly a technology's: "Total 120 MB" is not about one.
   */
  private headedFigure(m: RegExpExecArray): Claim[] {
    const slug = this.resolver.wholeName(m[1])?.slug;
    // Output often prints sizes in lower case ("11.5 mb"): in a line of figures that is megabytes, not millibits.
    const unit = /^[kmgt]i?b$/i.test(m[3]) ? m[3].toUpperCase().replace("IB", "iB") : m[3];
    const q = slug ? quantitiesIn(`${m[2]} ${unit}`, 1)[0] : undefined;
    const label = this.heading()
      .replace(/[*_`#]/g, "")
      .trim()
      .toLowerCase();
    if (!slug || !q?.unit || !label || label.length > 60) return [];
    const conditions: Record<string, string> = this.input ? { input: this.input } : {};
    return [
      {
        statement: `${this.resolver.nameOf(slug)}: ${label} ${describeQuantity(q)}${this.input ? ` (${this.input})` : ""}.`,
        kind: "performance",
        technologies: [slug],
        topic: "performance",
        metric: label.replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, ""),
        value: q.value,
        unit: q.unit,
        conditions,
        stance: "SUPPORTS",
      },
    ];
  }

  /** "Kafka: Sent 100000 messages … in 7678ms": the figures of the technology the report names. */
  private reported(figures: ReportFigure[]): Claim[] {
    const slug = commandTechs(figures[0].name, this.resolver)[0];
    if (!slug) return [];
    return figures.map((f) => {
      const conditions: Record<string, string> = { tool: "benchmark script", ...(f.role ? { role: f.role } : {}) };
      const who = `${this.resolver.nameOf(slug)}${f.role ? ` (${f.role.toLowerCase()})` : ""}`;
      return {
        statement: `${who}: ${f.words} ${fmtNumber(f.value)} ${f.unit}.`,
        kind: "performance",
        technologies: [slug],
        topic: "performance",
        metric: f.metric,
        value: f.value,
        unit: f.unit,
        conditions,
        stance: "SUPPORTS",
      };
    });
  }

  /** "name: quantity" under a labelled section ("Throughput:"): a figure of that metric for the named command. */
  private sectionEntry(entry: RegExpExecArray): Claim[] {
    const techs = commandTechs(entry[1], this.resolver);
    // The entry's name must be a command, wholly: "Total files: 120 MB" is not about a technology.
    const q =
      techs.length && entry[1].split(/[+\s/,]+/).length <= 3 ? quantitiesIn(entry[2].slice(0, 60), 1)[0] : undefined;
    if (!q || !q.unit || q.at > 2) return [];
    const label = this.section.toLowerCase();
    return [
      {
        statement: `${this.names(techs)}: ${label} ${describeQuantity(q)}.`,
        kind: "performance",
        technologies: techs,
        topic: "performance",
        metric: label.replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, ""),
        value: q.value,
        unit: q.unit,
        conditions: {},
        stance: "SUPPORTS",
      },
    ];
  }
}

// "./files/cal.com.tsx", "bench/input.json": a path alone on its line names the input of the figures under it.
const INPUT_PATH = /^\.{0,2}\/?[\w@-][\w.@-]{0,60}(?:\/[\w.@-]{1,60}){0,6}\.[a-z]{1,5}$/;
// "oxc   11.5 mb (1.00x)", "swc 92.0 MB": a name, one quantity with its unit, and maybe its ratio to the first line.
const NAMED_QUANTITY =
  /^([A-Za-z][\w.@+-]{0,40})\s{1,40}(\d{1,12}(?:\.\d{1,6})?)\s?([A-Za-zµ/%]{1,8})(?:\s{1,10}\(\d{1,6}(?:\.\d{1,4})?x\))?$/;

// A title line of output: words only, no figure, no colon ("PLAIN benchmark averages").
const TITLE = /^[A-Za-z][A-Za-z ()-]{2,60}$/;

/**
 * The technology an output identifier names: the longest run of its CamelCase parts from the start that
 * is a technology's whole name ("TinylogFastRecord" -> Tinylog), the rest its variant ("FastRecord").
 */
export function identifierTech(name: string, resolver: TechResolver): { slug: string; variant: string } | null {
  const whole = commandTechs(name, resolver);
  if (whole.length === 1 && resolver.wholeName(name)) return { slug: whole[0], variant: "" };
  const parts = camelParts(name).slice(0, 8);
  for (let k = parts.length; k >= 1; k--) {
    const m = resolver.wholeName(parts.slice(0, k).join(""));
    if (m) return { slug: m.slug, variant: parts.slice(k).join("") };
  }
  return null;
}

/** A line that is only a command or technology name ("hugo", "Jekyll", "prettier + oxc"): what output right under it measured. */
export function nameLine(line: string, resolver: TechResolver): string[] {
  const t = trimMarks(line);
  if (!t || t.length > 40) return [];
  const words = t.split(/[+\s/,]+/).filter(Boolean);
  return words.length <= 3 && words.every((w) => commandTechs(w, resolver).length > 0) ? commandTechs(t, resolver) : [];
}

const MARKS = new Set(["#", "*", "`", ":", " ", "\t"]);

/** The line without markup around it ("**hugo**:", "`jekyll`"), by index (no regex anchored at the end). */
function trimMarks(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && MARKS.has(line[a])) a++;
  while (b > a && MARKS.has(line[b - 1])) b--;
  return line.slice(a, b);
}
