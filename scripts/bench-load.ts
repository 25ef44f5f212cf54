// Load generation shared by the HTTP benchmarks (bench:public, bench:peers).
// wrk, when installed (Debian's `wrk`), is the preferred generator: written in C, it needs a small
// fraction of the CPU autocannon (Node, in the benchmark's own process) needs for the same load, and on
// a 2-core machine the generator's CPU is taken from the server being measured. Scaling figures
// (1 vs N server processes) are only meaningful when the generator leaves the cores to the server.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export interface WrkRun {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Connect, read, write errors and timeouts. */
  errors: number;
  /** CPU the generator used, in ms (user + system). */
  clientCpuMs: number;
}

export const hasWrk = (): boolean => spawnSync("sh", ["-c", "command -v wrk"], { stdio: "ignore" }).status === 0;

const LATENCY_SCALE = { us: 0.001, ms: 1, s: 1000 } as const;

function latencyAt(output: string, percent: number): number {
  const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s)\\b`, "m").exec(output);
  return match ? Number(match[1]) * LATENCY_SCALE[match[2] as keyof typeof LATENCY_SCALE] : NaN;
}

/** "0m1.230s 0m0.450s": the shell's `times` line, as ms. */
function timesMs(line: string): number {
  return [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((ms, [, m, s]) => ms + (Number(m) * 60 + Number(s)) * 1000, 0);
}

/** wrk's figures (run with --latency), and the CPU its process used. */
export function parseWrk(output: string): WrkRun {
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  // The last two lines are the shell's `times`: its own CPU, then its children's (wrk's).
  const lines = output.trimEnd().split("\n");
  return {
    rps: Number(/Requests\/sec:\s*([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50: latencyAt(output, 50),
    p99: latencyAt(output, 99),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((n, v) => n + Number(v), 0) : 0,
    clientCpuMs: /\dm[\d.]+s/.test(lines.at(-1) ?? "") ? timesMs(lines.at(-1) ?? "") : NaN,
  };
}

/** One wrk run against `url`: `connections` open connections over `threads` threads for `seconds`. */
export async function runWrk(
  url: string,
  options: { connections: number; seconds: number; threads?: number },
): Promise<WrkRun> {
  const args = [`-t${options.threads ?? 2}`, `-c${options.connections}`, `-d${options.seconds}s`, "--latency", url];
  // Through sh so that `times` can report wrk's CPU time once it has exited.
  const { stdout } = await execFileAsync("sh", ["-c", 'wrk "$@"; times', "sh", ...args], { encoding: "utf8" });
  return parseWrk(stdout);
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
