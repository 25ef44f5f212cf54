// Searching for super-linear regexes by trying them: where every regex of a source folder is, the
// inputs most likely to make each one backtrack, and a prober that times a match on those inputs at
// growing sizes in a worker thread (so an exponential one can be stopped) by CPU time (so a busy
// machine does not make a linear one look slow). Used by tests/lib/import/regex-growth.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { parseRegExpLiteral, type AST } from "@eslint-community/regexpp";
import ts from "typescript";
import { threadCpuMs } from "@/lib/import/thread-cpu";

// ---------------------------------------------------------------------------------------------
// Where the regexes are

export interface RegexSite {
  /** Path from the repository root, and 1-based line. */
  file: string;
  line: number;
  kind: "literal" | "new RegExp";
  /** The literal's text (/…/flags) or the constructor call's source text. */
  code: string;
}

export interface FoundRegex extends RegexSite {
  regex: RegExp;
}

/** Every .ts file under `dir` (tests and declaration files aside). */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** Every regex literal and every `new RegExp(…)` / `RegExp(…)` call in a file, read with the TypeScript compiler. */
export function regexSites(root: string, file: string): RegexSite[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
  const sites: RegexSite[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral)
      sites.push({ file, line: lineOf(node), kind: "literal", code: node.getText(source) });
    const call = ts.isNewExpression(node) || ts.isCallExpression(node) ? node : null;
    if (call && ts.isIdentifier(call.expression) && call.expression.text === "RegExp")
      sites.push({ file, line: lineOf(node), kind: "new RegExp", code: node.getText(source) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

/** The regex a literal's text stands for. */
export function literalRegex(code: string): RegExp {
  const end = code.lastIndexOf("/");
  return new RegExp(code.slice(1, end), code.slice(end + 1));
}

// ---------------------------------------------------------------------------------------------
// Inputs built to make a regex backtrack

/**
 * Characters tried wherever a pattern has a class, a set or `.`: printable ASCII, whitespace, and the
 * non-ASCII the importer meets (accents, CJK, arrows, dashes, check marks, emoji and their joiners).
 */
const ALPHABET = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  "\n",
  "\t",
  "\u00a0",
  "é",
  "漢",
  "→",
  "—",
  "–",
  "✅",
  "❌",
  "😀",
  "🧱",
  "\u200d",
  "\ufe0f",
  "“",
  "”",
  "µ",
  "°",
];

export interface Attack {
  prefix: string;
  pump: string;
  suffix: string;
}

/** What the input looks like, for a failure message: "prefix" + "pump" × n + "suffix". */
export const shapeOf = (a: Attack): string =>
  `${JSON.stringify(a.prefix)} + ${JSON.stringify(a.pump)} × n + ${JSON.stringify(a.suffix)}`;

/** The characters of ALPHABET a class-like node (class, escape set, `.`) matches, in the regex's flags. */
function members(node: AST.Node, flags: string, cache: Map<string, string[]>): string[] {
  const key = `${node.raw}/${flags}`;
  let found = cache.get(key);
  if (!found) {
    const one = new RegExp(`^(?:${node.raw})$`, flags.replace(/[gyd]/g, ""));
    found = ALPHABET.filter((c) => one.test(c));
    cache.set(key, found);
  }
  return found;
}

/**
 * A string the node matches (best effort: lookarounds and backreferences match ""). `variant` picks
 * different members of classes and different alternatives, so one node yields several samples.
 */
function sample(node: AST.Node, variant: number, flags: string, cache: Map<string, string[]>): string {
  const pick = <T>(xs: T[]): T | undefined => xs[variant % Math.max(1, xs.length)];
  switch (node.type) {
    case "Character":
      return String.fromCodePoint(node.value);
    case "CharacterSet":
    case "CharacterClass":
    case "ExpressionCharacterClass":
      return pick(members(node, flags, cache)) ?? "";
    case "Alternative":
      return node.elements.map((e) => sample(e, variant, flags, cache)).join("");
    case "Pattern":
    case "Group":
    case "CapturingGroup": {
      const alternative = pick(node.alternatives);
      return alternative ? sample(alternative, variant, flags, cache) : "";
    }
    case "Quantifier":
      return sample(node.element, variant, flags, cache).repeat(Math.min(Math.max(node.min, 1), 5));
    default:
      return ""; // assertions, lookarounds, backreferences
  }
}

/** A string leading up to `node`: samples of everything before it on its path from the pattern's start. */
function leadUp(node: AST.Node, flags: string, cache: Map<string, string[]>): string {
  let out = "";
  for (let child: AST.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== "Alternative") continue;
    const before = parent.elements.slice(0, parent.elements.indexOf(child as AST.Element));
    out = before.map((e) => sample(e, 0, flags, cache)).join("") + out;
  }
  return out;
}

function unboundedQuantifiers(pattern: AST.Pattern): AST.Quantifier[] {
  const found: AST.Quantifier[] = [];
  const visit = (node: AST.Node): void => {
    if (node.type === "Quantifier" && node.max === Infinity) found.push(node);
    const children: AST.Node[] =
      node.type === "Pattern" || node.type === "Group" || node.type === "CapturingGroup"
        ? node.alternatives
        : node.type === "Assertion" && (node.kind === "lookahead" || node.kind === "lookbehind")
          ? node.alternatives
          : node.type === "Alternative"
            ? node.elements
            : node.type === "Quantifier"
              ? [node.element]
              : [];
    children.forEach(visit);
  };
  visit(pattern);
  return found;
}

/** Endings that make a match fail after the pumped run: nothing, punctuation, a newline, a letter, a digit. */
const SUFFIXES = ["", "!", "\n", "x", "1"];

/**
 * Candidate attack inputs for a regex: for each unbounded quantifier (the only thing that can make
 * the work per character grow with the input), a few strings its element matches, repeated (the
 * pump), after what leads up to it or nothing (an unanchored regex is retried from every position)
 * and before an ending that makes the match fail, forcing the engine to try every other way through
 * the run: the classic shapes of nested quantifiers ((a+)+), overlapping alternatives ((a|ab)*) and
 * adjacent quantifiers over the same characters (\s*#…\s*$).
 */
export function attacksOn(regex: RegExp): Attack[] {
  const ast = parseRegExpLiteral(regex);
  const cache = new Map<string, string[]>();
  const attacks = new Map<string, Attack>();
  for (const q of unboundedQuantifiers(ast.pattern)) {
    const pumps = new Set([0, 1, 2, 3].map((v) => sample(q.element, v, regex.flags, cache)).filter(Boolean));
    const prefixes = new Set(["", leadUp(q, regex.flags, cache)]);
    for (const pump of pumps)
      for (const prefix of prefixes)
        for (const suffix of SUFFIXES) attacks.set(JSON.stringify([prefix, pump, suffix]), { prefix, pump, suffix });
  }
  return [...attacks.values()];
}

// ---------------------------------------------------------------------------------------------
// Timing, in a thread that can be stopped

/** CPU time (ms) of one probe, or "limit" when it was stopped at the prober's CPU limit. */
export type ProbeTime = number | "limit";

// The prober's thread: plain JavaScript, so it needs no transform. A probe is one exec of the regex
// (as .test/.exec/.match use it) and one replace of every match (as /g, split and replace use it).
const PROBER = `
const { parentPort } = require("node:worker_threads");
const fs = require("node:fs");
let tid = null;
try { tid = Number(fs.readFileSync("/proc/thread-self/stat", "utf8").split(" ")[0]); } catch {}
parentPort.on("message", ({ id, source, flags, prefix, pump, suffix, size }) => {
  const once = new RegExp(source, flags.replace(/[gy]/g, ""));
  const every = new RegExp(source, flags.includes("g") ? flags : flags + "g");
  const input = prefix + pump.repeat(Math.max(1, Math.ceil((size - prefix.length - suffix.length) / pump.length))) + suffix;
  const start = process.cpuUsage();
  once.exec(input);
  input.replace(every, "");
  const used = process.cpuUsage(start);
  parentPort.postMessage({ id, ms: (used.user + used.system) / 1000 });
});
parentPort.postMessage({ ready: tid });
`;

export class Prober {
  private worker: Worker | null = null;
  private tid: number | null = null;
  private ready: Promise<void> | null = null;
  private probes = 0;

  /** `limitMs`: CPU time after which a probe is stopped (its thread ended); wall time where thread CPU cannot be read. */
  constructor(private readonly limitMs: number) {}

  private start(): Promise<void> {
    this.ready ??= new Promise((resolve, reject) => {
      const worker = new Worker(PROBER, { eval: true, execArgv: [] });
      this.worker = worker;
      worker.once("error", reject);
      worker.once("message", (m: { ready: number | null }) => {
        this.tid = Number.isInteger(m.ready) ? m.ready : null;
        resolve();
      });
    });
    return this.ready;
  }

  /** CPU time of one match of `regex` on prefix + pump × n + suffix, about `size` characters long. */
  async time(regex: RegExp, attack: Attack, size: number): Promise<ProbeTime> {
    await this.start();
    const worker = this.worker as Worker;
    const id = ++this.probes;
    const cpuAtStart = threadCpuMs(this.tid);
    const wallAtStart = performance.now();
    return new Promise((resolve) => {
      const done = (result: ProbeTime) => {
        clearInterval(watch);
        worker.off("message", answer);
        resolve(result);
      };
      const answer = (m: { id: number; ms: number }) => {
        if (m.id === id) done(m.ms);
      };
      const watch = setInterval(() => {
        const cpu = threadCpuMs(this.tid);
        const used = cpu !== null && cpuAtStart !== null ? cpu - cpuAtStart : performance.now() - wallAtStart;
        if (used < this.limitMs) return;
        // Nothing stops a running regex but ending its thread; the next probe starts a new one.
        void worker.terminate();
        this.worker = null;
        this.ready = null;
        done("limit");
      }, 25);
      worker.on("message", answer);
      worker.postMessage({ id, source: regex.source, flags: regex.flags, ...attack, size });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

// ---------------------------------------------------------------------------------------------
// The verdict

export interface Growth {
  attack: Attack;
  /** CPU ms (min of a few runs) per input size; "limit" where a run was stopped. */
  times: Array<{ size: number; ms: ProbeTime }>;
}

export interface GrowthRules {
  /** Input sizes, smallest first; the screening runs once at the largest. */
  sizes: number[];
  /** Below this many ms of CPU at the largest size, a regex is fast enough whatever its growth. */
  floorMs: number;
  /** Time ratio between the two largest sizes above which growth is super-linear (linear: their size ratio). */
  maxRatio: number;
  /** Runs per size in the growth check; the minimum is kept (noise only ever adds time). */
  runs: number;
}

const fmt = (t: ProbeTime): string => (t === "limit" ? "stopped at the limit" : `${t.toFixed(1)} ms`);
export const describeGrowth = (g: Growth): string =>
  g.times.map((t) => `${t.size / 1024}k chars: ${fmt(t.ms)}`).join(", ");

async function minTime(prober: Prober, regex: RegExp, attack: Attack, size: number, runs: number): Promise<ProbeTime> {
  let best: ProbeTime = "limit";
  for (let i = 0; i < runs; i++) {
    const t = await prober.time(regex, attack, size);
    if (t === "limit") return "limit";
    best = best === "limit" ? t : Math.min(best, t);
  }
  return best;
}

/**
 * The first attack under which the regex's time grows faster than its input, or null. Each attack is
 * screened once at the largest size; only one that takes at least floorMs there is timed at every size.
 */
export async function superLinearGrowth(
  prober: Prober,
  regex: RegExp,
  attacks: Attack[],
  rules: GrowthRules,
): Promise<Growth | null> {
  const largest = rules.sizes[rules.sizes.length - 1];
  for (const attack of attacks) {
    const screen = await prober.time(regex, attack, largest);
    if (screen !== "limit" && screen < rules.floorMs) continue;
    const times: Growth["times"] = [];
    for (const size of rules.sizes.slice(0, -1))
      times.push({ size, ms: await minTime(prober, regex, attack, size, rules.runs) });
    times.push({
      size: largest,
      ms: screen === "limit" ? "limit" : await minTime(prober, regex, attack, largest, rules.runs),
    });
    const [before, last] = times.slice(-2).map((t) => t.ms);
    if (last === "limit" || before === "limit") return { attack, times };
    if (last >= rules.floorMs && last / Math.max(before, 0.01) > rules.maxRatio) {
      // A linear regex on a loaded machine can land just past the ratio (×8.2 where quiet runs give ×4):
      // the two largest sizes are timed again, and only a ratio that holds up is reported. A quadratic
      // one (×16) still fails.
      const again = await minTime(prober, regex, attack, largest, rules.runs);
      const againBefore = await minTime(prober, regex, attack, rules.sizes[rules.sizes.length - 2], rules.runs);
      if (again === "limit" || againBefore === "limit") return { attack, times };
      const steadier = [Math.min(before, againBefore), Math.min(last, again)];
      if (steadier[1] >= rules.floorMs && steadier[1] / Math.max(steadier[0], 0.01) > rules.maxRatio)
        return {
          attack,
          times: [...times.slice(0, -2), ...times.slice(-2).map((t, i) => ({ ...t, ms: steadier[i] }))],
        };
    }
  }
  return null;
}
