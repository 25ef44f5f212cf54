// bench:public's printed figures (scripts/bench-public.ts measures them): the table of every target and
// the issue targets each figure is held to.
import os from "node:os";

/** One load run's figures (scripts/bench-public.ts measures them). */
export interface Run {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  loopMax: number;
  loopP99: number;
  cpuPerRequest: number;
  serverCores: number;
  clientCores: number;
}

/** A target's runs summarised: the median run's figures (the worst run's event-loop delay), with the minimum req/s. */
export interface Figures extends Run {
  key: TargetKey;
  label: string;
  minRps: number;
}
export type TargetKey =
  | "bare"
  | "bare-same"
  | "bare-next"
  | "compare"
  | "claim"
  | "list"
  | "floor"
  | "uncached-list"
  | "workers-list"
  | "rendered"
  | "rendered-workers"
  | "rendered-baseline"
  | "rendered-workers-baseline"
  | "compare-baseline"
  | "claim-baseline";

export interface ReportContext {
  runs: number;
  workers: number;
  distDir: string;
  duration: number;
  generator: string;
}

export function printTable(results: Figures[], c: ReportContext): void {
  const bare = results.find((r) => r.key === "bare")?.rps;
  const same = results.find((r) => r.key === "bare-same")?.rps;
  const rpsHeading = c.runs > 1 ? "req/s (median, min)" : "req/s";
  const loopMs = (n: number) => (n < 0 ? "-" : n.toFixed(1));
  console.log(`\n${c.distDir}, ${c.runs} run(s) of ${c.duration} s, load from ${c.generator}`);
  console.log(
    `${"target".padEnd(48)} ${rpsHeading.padStart(20)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"vs bare".padStart(8)} ${"vs same".padStart(8)} ${"non-2xx".padStart(8)} ${"errors".padStart(7)} ${"loop max".padStart(9)} ${"loop p99".padStart(9)} ${"CPU ms/req".padStart(11)} ${"srv cores".padStart(10)} ${"cli cores".padStart(10)}`,
  );
  for (const r of results) {
    const rps = c.runs > 1 ? `${r.rps.toFixed(0)}, ${r.minRps.toFixed(0)}` : r.rps.toFixed(0);
    const vsBare = bare ? `${((100 * r.rps) / bare).toFixed(0)}%` : "-";
    const vsSame = same ? `${((100 * r.rps) / same).toFixed(0)}%` : "-";
    console.log(
      `${r.label.padEnd(48)} ${rps.padStart(20)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${vsBare.padStart(8)} ${vsSame.padStart(8)} ${String(r.non2xx).padStart(8)} ${String(r.errors).padStart(7)} ${loopMs(r.loopMax).padStart(9)} ${loopMs(r.loopP99).padStart(9)} ${(r.cpuPerRequest < 0 ? "-" : r.cpuPerRequest.toFixed(2)).padStart(11)} ${(r.serverCores < 0 ? "-" : r.serverCores.toFixed(2)).padStart(10)} ${r.clientCores.toFixed(2).padStart(10)}`,
    );
  }
  console.log(
    "(vs bare: req/s against the bare server sending the compare body with content-type and content-length only; vs same: against the one sending it with the cached page's own header lines, the same bytes on the wire; the third bare sends those bytes from a process with Next.js loaded; loop max / p99: the answering server's event-loop delay in ms during the run, monitorEventLoopDelay, worst run; CPU ms/req: its CPU time per answered request, median run; srv / cli cores: cores the server (all its processes) and the load generator kept busy on average, median run: together near the machine's core count, the run measured the machine, not the server)",
  );
}

/** Each target whose figures were measured (BENCH_ONLY may leave some out). */
export function printTargets(results: Figures[], c: ReportContext): void {
  const of = (key: TargetKey) => results.find((r) => r.key === key);
  const [bare, floor, uncachedList, workersList, rendered, renderedWorkers] = (
    ["bare", "floor", "uncached-list", "workers-list", "rendered", "rendered-workers"] as const
  ).map(of);
  const ofFloor = (r: Figures) =>
    floor ? `; ${((100 * r.rps) / floor.rps).toFixed(0)}% of a constant Next.js route` : "";
  console.log("\nTargets:");
  for (const page of [of("compare"), of("claim")]) {
    if (!page || !bare) continue;
    const ok = page.rps >= bare.rps / 2 && page.p99 < 50;
    console.log(
      `  ${ok ? "met    " : "MISSED "} ${page.label}: ≥ 50% of bare throughput (${((100 * page.rps) / bare.rps).toFixed(0)}%) and p99 < 50 ms (${page.p99} ms)${ofFloor(page)}`,
    );
  }
  // #13: the cached compare page at ≥ 90% of the bare server's req/s; #14: cached pages answer ≥ 0.6
  // of the bare server's requests per CPU-second of the server. Both stated against the minimal bare;
  // the same-bytes bare's ratio printed beside (what the security headers' bytes cost is not the cache's),
  // and the ratio to those bytes answered from a process with Next.js loaded (what that process costs any answer).
  const compare = of("compare");
  const same = of("bare-same");
  const inNext = of("bare-next");
  const vsSame = (page: Figures) =>
    [
      same && ` ${((100 * page.rps) / same.rps).toFixed(0)}% of the same-bytes bare`,
      inNext && ` ${((100 * page.rps) / inNext.rps).toFixed(0)}% of the same bytes from a Next.js process`,
    ]
      .filter(Boolean)
      .map((text) => `;${text}`)
      .join("");
  if (compare && bare)
    console.log(
      `  ${compare.rps >= 0.9 * bare.rps ? "met    " : "MISSED "} ${compare.label}: ≥ 90% of bare req/s (#13): ${((100 * compare.rps) / bare.rps).toFixed(0)}%${vsSame(compare)}`,
    );
  const cpuShare = (page: Figures, of: Figures | undefined) =>
    of && of.cpuPerRequest > 0 ? of.cpuPerRequest / page.cpuPerRequest : NaN;
  const perCpuS = (r: Figures | undefined) => (r ? (1000 / r.cpuPerRequest).toFixed(0) : "-");
  for (const page of [compare, of("claim")]) {
    if (!page || !bare || page.cpuPerRequest <= 0 || bare.cpuPerRequest <= 0) continue;
    const share = cpuShare(page, bare);
    const others = [
      [same, "the same-bytes bare's"],
      [inNext, "the same bytes' from a Next.js process"],
    ] as const;
    const beside = others
      .filter(([r]) => r && r.cpuPerRequest > 0)
      .map(([r, name]) => `; ${cpuShare(page, r).toFixed(2)} of ${name} (${perCpuS(r)})`)
      .join("");
    console.log(
      `  ${share >= 0.6 ? "met    " : "MISSED "} ${page.label}: ≥ 0.6 of bare's requests per server CPU-second (#14): ${share.toFixed(2)} (${perCpuS(page)} vs ${perCpuS(bare)} req per CPU-s)${beside}`,
    );
  }
  const jsonList = of("list");
  if (jsonList)
    console.log(
      `  ${jsonList.rps >= 3000 ? "met    " : "MISSED "} ${jsonList.label}: ≥ 3,000 req/s (${jsonList.rps.toFixed(0)}${ofFloor(jsonList)})`,
    );
  if (uncachedList)
    console.log(
      `  (uncached) ${uncachedList.label}: ${uncachedList.rps.toFixed(0)} req/s, p99 ${uncachedList.p99} ms, ${uncachedList.cpuPerRequest.toFixed(2)} server CPU ms per request${ofFloor(uncachedList)}`,
    );
  if (uncachedList && workersList) printScale(uncachedList, workersList, c.workers);
  if (rendered && renderedWorkers) {
    const renders = Math.max(rendered.rps, renderedWorkers.rps);
    console.log(
      `  ${renders >= 200 ? "met    " : "MISSED "} compare page rendered on every request ≥ 200 req/s: ${rendered.rps.toFixed(0)} req/s on 1 process (${rendered.cpuPerRequest.toFixed(1)} CPU ms each), ${renderedWorkers.rps.toFixed(0)} on ${c.workers} (${renderedWorkers.cpuPerRequest.toFixed(1)} CPU ms each)`,
    );
  }
  printBaseline(results);
  printStalls(results);
  console.log(
    `  (machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((n: number) => n.toFixed(1))
      .join(" ")})`,
  );
}

function printScale(one: Figures, n: Figures, workers: number): void {
  const scale = n.rps / one.rps;
  console.log(
    `  ${workers < 2 ? "(one core)" : scale >= 1.6 ? "met    " : "MISSED "} uncached list, ${workers} processes vs 1: ${scale.toFixed(2)}× (${n.rps.toFixed(0)} vs ${one.rps.toFixed(0)} req/s; target ≥ 1.6× with 2 on 2 cores)`,
  );
  // What the N processes could use: the cores the load generator and the rest of the machine left.
  console.log(
    `    (during it the server used ${n.serverCores.toFixed(2)} cores and the load generator ${n.clientCores.toFixed(2)}, of ${os.cpus().length}; one process used ${one.serverCores.toFixed(2)}; per request ${n.cpuPerRequest.toFixed(2)} vs ${one.cpuPerRequest.toFixed(2)} CPU ms)`,
  );
}

function printStalls(results: Figures[]): void {
  const loopMs = (n: number) => (n < 0 ? "-" : n.toFixed(1));
  // The targets measured since before the rendered ones were added; those print their own worst beside.
  const steady = results.filter(
    (r) => !r.key.startsWith("bare") && !r.key.startsWith("rendered") && !r.key.endsWith("-baseline"),
  );
  const renderedRuns = results.filter((r) => r.key.startsWith("rendered") && !r.key.endsWith("-baseline"));
  if (!steady.length) return;
  const worstLoop = Math.max(...steady.map((r) => r.loopMax));
  const worstRendered = renderedRuns.length
    ? `${loopMs(Math.max(...renderedRuns.map((r) => r.loopMax)))} ms`
    : "not measured";
  console.log(
    `  ${worstLoop >= 0 && worstLoop <= 50 ? "met    " : "MISSED "} no event-loop stall over 50 ms (worst ${loopMs(worstLoop)} ms; while rendering the compare page on every request ${worstRendered})`,
  );
}

/** CPU ms per request: three decimals for a cached answer's fraction of a millisecond. */
const cpuMs = (ms: number): string => ms.toFixed(ms < 1 ? 3 : 1);

/** This build's rendered (and cached) pages against the baseline's (BENCH_BASELINE_DIST_DIR, BENCH_BASELINE_ROOT), same rounds. */
function printBaseline(results: Figures[]): void {
  for (const key of ["compare", "claim", "rendered", "rendered-workers"] as const) {
    const now = results.find((r) => r.key === key);
    const before = results.find((r) => r.key === `${key}-baseline`);
    if (!now || !before) continue;
    console.log(
      `  (vs baseline) ${now.label}: ${now.rps.toFixed(0)} vs ${before.rps.toFixed(0)} req/s (${(now.rps / before.rps).toFixed(2)}×), ${cpuMs(now.cpuPerRequest)} vs ${cpuMs(before.cpuPerRequest)} CPU ms each, worst loop delay ${now.loopMax.toFixed(0)} vs ${before.loopMax.toFixed(0)} ms`,
    );
  }
}
