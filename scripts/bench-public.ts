// Public-site load benchmark: `npm run bench:public`.
// Builds the app if its build is missing or older than the source, makes a database with the demo
// content plus 10,000 generated claims, starts the production server on 127.0.0.1:3205 (or
// BENCH_PORT), warms up, then load-tests at 50 connections for a bounded time (with wrk when installed,
// which leaves the cores to the server; else autocannon, in this process; BENCH_LOAD=autocannon forces it):
// the compare page, a claim page, the JSON claim list (page 5), and two bare node:http servers
// returning the compare page's body (the ceiling any Node server can reach here): one with only
// content-type and content-length (the issues' targets are stated against it), one with the cached
// page's own header lines, security headers included (the very bytes the cache sends); and a third
// sending those bytes from a process that has loaded Next.js (scripts/bench-next-bare.ts): what any
// answer from inside the app's process pays.
// A second server with both caches off (PAGE_CACHE_MB=0, API_CACHE_ENTRIES=0) on BENCH_PORT + 1
// answers the JSON list uncached: every request runs the handler and its SQL. Both run one process
// (WEB_CONCURRENCY=1); a third server on BENCH_PORT + 2, caches off too, runs BENCH_WORKERS worker
// processes (default: one per core, as `npm start` does) and answers the same uncached list, so the
// run reports 1 vs N processes (target: N=2 ≥ 1.6× one process on a 2-core machine).
// Prints req/s, p50 and p99 for each, the ratios to both bare servers, and the server's event-loop
// delay during each run (max and p99, perf_hooks.monitorEventLoopDelay in the server process,
// lib/ops/event-loop.ts), and the cores the server and the load generator (autocannon, in this
// process) kept busy: on a 2-core machine the two together cap what N processes can show.
// Everything it starts, it stops.
// BENCH_RUNS=n loads every target n times, interleaved (target by target, round after round, so a
// neighbour's burst on a shared machine hits all of them alike), and prints min and median.
// BENCH_DIST_DIR compares another build (e.g. one of an older commit) on the same data;
// BENCH_BASELINE_DIST_DIR measures one beside this build's, rendered compare page only, in the same rounds.
// BENCH_BASELINE_ROOT=<checkout> (e.g. a `git worktree` of main, built once by its own bench:public) runs
// the baseline servers from that checkout, its own scripts/server.ts and lib/ included, on its build
// (BENCH_BASELINE_DIST_DIR, default .next-bench there; never rebuilt), on this run's database: the
// cached pages and the rendered compare page are then each measured right after the baseline's.
// BENCH_ONLY=key,key measures only those targets (e.g. BENCH_ONLY=uncached-list,workers-list for 1 vs N processes).
// Targets: cached pages ≥ 50% of the bare server's req/s with p99 < 50 ms; the JSON list ≥ 3,000 req/s;
// no event-loop stall over 50 ms.
// `--writes-per-second=N`: what an editor's saves cost the visitors (scripts/bench-public-writes.ts).
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { hasWrk, median, runWrk } from "./bench-load";
import { printTable, printTargets, type Figures, type Run, type TargetKey } from "./bench-public-report";
import { EVENT_LOOP_REQUEST, type EventLoopDelay } from "@/lib/ops/event-loop";
import { writesMain } from "./bench-public-writes";
import { startBares, type BareServer } from "./bench-public-bare";
import { buildIfNeeded as buildBench, prepareBenchDatabase, processGroups, ROOT, waitFor } from "./bench-next";

const PORT = Number(process.env.BENCH_PORT ?? 3205);
const BASE = `http://127.0.0.1:${PORT}`;
const UNCACHED_BASE = `http://127.0.0.1:${PORT + 1}`;
const WORKERS_BASE = `http://127.0.0.1:${PORT + 2}`;
const WORKERS = Math.max(1, Number(process.env.BENCH_WORKERS ?? os.availableParallelism()));
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
// A build of an older commit (e.g. `git worktree` of it, or this checkout before a change, built with
// NEXT_DIST_DIR): served as it is (never rebuilt) by two more servers with caches off, 1 and N
// processes, whose rendered compare page is measured in the same rounds, each run right before this
// build's: a before/after figure from one run on a shared machine, where load moves between runs.
const BASELINE_ROOT = process.env.BENCH_BASELINE_ROOT ? path.resolve(process.env.BENCH_BASELINE_ROOT) : undefined;
const BASELINE_DIST_DIR = process.env.BENCH_BASELINE_DIST_DIR ?? (BASELINE_ROOT ? DIST_DIR : undefined);
const BASELINE_NAME = BASELINE_ROOT ? `${BASELINE_ROOT}/${BASELINE_DIST_DIR}` : BASELINE_DIST_DIR;
const DB_FILE = path.join(ROOT, "data", "bench-public.db");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = 3;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const CONNECTIONS = 50;
const GENERATED_CLAIMS = 10_000;

const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: `file:${DB_FILE}`,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-public-0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c",
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
});

const { track, stopAll } = processGroups();

const buildIfNeeded = (): void => buildBench(DIST_DIR, serverEnv());
const prepareDatabase = (): Promise<string> => prepareBenchDatabase(DB_FILE, serverEnv(), GENERATED_CLAIMS);

/**
 * The production server as `npm start` runs it: Next.js behind the page cache (scripts/server.ts).
 * Started with an IPC channel, over which it reports its event-loop delay (lib/ops/event-loop.ts).
 */
function startServer(port: number, env: Record<string, string> = {}, root = ROOT): ChildProcess {
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // (a profile is written when the server exits on the SIGTERM the bench sends at the end).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/server.ts"], {
    cwd: root,
    env: { ...serverEnv(), WEB_CONCURRENCY: "1", ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    detached: true,
  });
  track(server);
  return server;
}

/** The server's event-loop delay since the last call (the first call only starts a window). */
function eventLoopDelay(server: ChildProcess): Promise<EventLoopDelay | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.off("message", onMessage);
      resolve(null);
    }, 5_000);
    const onMessage = (message: unknown) => {
      if (!message || typeof message !== "object" || !(EVENT_LOOP_REQUEST in message)) return;
      clearTimeout(timer);
      server.off("message", onMessage);
      resolve((message as Record<string, EventLoopDelay>)[EVENT_LOOP_REQUEST]);
    };
    server.on("message", onMessage);
    server.send(EVENT_LOOP_REQUEST);
  });
}

/**
 * The load generator: wrk when installed (a C program: it leaves the cores to the server, which the
 * 1-vs-N processes figure needs on a 2-core machine), else autocannon in this process.
 * BENCH_LOAD=autocannon forces the latter.
 */
const USE_WRK = process.env.BENCH_LOAD !== "autocannon" && hasWrk();

async function generate(url: string): Promise<{
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  answered: number;
  clientMs: number;
}> {
  if (USE_WRK) {
    const r = await runWrk(url, { connections: CONNECTIONS, seconds: DURATION });
    return { ...r, answered: r.rps * DURATION, clientMs: r.clientCpuMs };
  }
  const clientSince = process.cpuUsage();
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  const client = process.cpuUsage(clientSince);
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    answered: r["2xx"] + r.non2xx,
    clientMs: (client.user + client.system) / 1000,
  };
}

/** One load run; with the server that answers it, its event-loop delay during the run (-1 when it did not say). */
async function load(url: string, warm: boolean, server: ChildProcess | null): Promise<Run> {
  if (warm) await autocannon({ url, connections: 10, duration: WARMUP });
  if (server) await eventLoopDelay(server);
  // The load generator shares the machine's cores with the server: its own CPU is reported beside.
  const r = await generate(url);
  const loop = server ? await eventLoopDelay(server) : null;
  return {
    rps: r.rps,
    p50: r.p50,
    p99: r.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    loopMax: loop?.max ?? -1,
    loopP99: loop?.p99 ?? -1,
    // Server CPU per answered request: what a request costs, whatever else the machine is doing.
    cpuPerRequest: loop && r.answered ? loop.cpuMs / r.answered : -1,
    // Cores busy on average during the run: the server's (all its workers) and the generator's.
    serverCores: loop ? loop.cpuMs / (DURATION * 1000) : -1,
    clientCores: r.clientMs / (DURATION * 1000),
  };
}

/** Median req/s, p50 and p99 over the runs (the minimum req/s beside it); errors summed. */
function summarise(key: TargetKey, label: string, runs: Run[]): Figures {
  return {
    key,
    label,
    rps: median(runs.map((r) => r.rps)),
    minRps: Math.min(...runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    // The worst run's figures: a stall is what the target is about.
    loopMax: Math.max(...runs.map((r) => r.loopMax)),
    loopP99: Math.max(...runs.map((r) => r.loopP99)),
    cpuPerRequest: median(runs.map((r) => r.cpuPerRequest)),
    serverCores: median(runs.map((r) => r.serverCores)),
    clientCores: median(runs.map((r) => r.clientCores)),
  };
}

interface Target {
  key: TargetKey;
  label: string;
  url: string;
  server: ChildProcess | null;
}
interface Servers {
  cached: ChildProcess;
  uncached: ChildProcess;
  workers: ChildProcess;
  /** The bare servers (scripts/bench-public-bare.ts). */
  bare: BareServer;
  bareSame: BareServer;
  bareNext: BareServer;
  claimSlug: string;
  /**
   * The baseline build's servers (caches off; 1 and N processes), with BENCH_BASELINE_DIST_DIR; with
   * BENCH_BASELINE_ROOT, a cached one besides.
   */
  baseline: { uncached: ChildProcess; workers: ChildProcess; cached: ChildProcess | null } | null;
}

/**
 * The baseline build's servers, on BENCH_PORT + 3 (one process) and + 4 (N processes), caches off;
 * with BENCH_BASELINE_ROOT, its cached server on BENCH_PORT + 5.
 */
async function startBaseline(dir: string): Promise<Servers["baseline"]> {
  const root = BASELINE_ROOT ?? ROOT;
  const uncachedEnv = { PAGE_CACHE_MB: "0", API_CACHE_ENTRIES: "0", NEXT_DIST_DIR: dir };
  const uncached = startServer(PORT + 3, uncachedEnv, root);
  const workers = startServer(PORT + 4, { ...uncachedEnv, WEB_CONCURRENCY: String(WORKERS) }, root);
  const cached = BASELINE_ROOT ? startServer(PORT + 5, { NEXT_DIST_DIR: dir }, root) : null;
  await waitFor(`${baseOf(3)}/compare/django-vs-fastapi`, 60);
  await waitFor(`${baseOf(4)}/compare/django-vs-fastapi`, 90);
  if (cached) await waitFor(`${baseOf(5)}/compare/django-vs-fastapi`, 60);
  return { uncached, workers, cached };
}
const baseOf = (offset: number): string => `http://127.0.0.1:${PORT + offset}`;

/** The three servers (cached; caches off; caches off with N processes) and the bare one, answering. */
async function startServers(): Promise<Servers> {
  // The database first: the build prerenders pages from it.
  const claimSlug = await prepareDatabase();
  buildIfNeeded();
  const cached = startServer(PORT);
  const uncached = startServer(PORT + 1, { PAGE_CACHE_MB: "0", API_CACHE_ENTRIES: "0" });
  const workers = startServer(PORT + 2, {
    PAGE_CACHE_MB: "0",
    API_CACHE_ENTRIES: "0",
    WEB_CONCURRENCY: String(WORKERS),
  });
  await waitFor(`${BASE}/compare/django-vs-fastapi`, 60);
  await waitFor(`${UNCACHED_BASE}/api/v1/claims?page=5`, 60);
  await waitFor(`${WORKERS_BASE}/api/v1/claims?page=5`, 90);
  const bares = await startBares(`${BASE}/compare/django-vs-fastapi`, { track, env: serverEnv() });
  const baseline = BASELINE_DIST_DIR ? await startBaseline(BASELINE_DIST_DIR) : null;
  return { cached, uncached, workers, ...bares, claimSlug, baseline };
}

/**
 * The rendered compare page on the baseline build's servers (with BENCH_BASELINE_ROOT, the cached
 * pages too), each placed right before this build's.
 */
function withBaseline(all: Target[], s: Servers): Target[] {
  if (!s.baseline) return all;
  const { uncached, workers, cached } = s.baseline;
  const page = "/compare/django-vs-fastapi";
  const before: Partial<Record<TargetKey, Target>> = {
    rendered: {
      key: "rendered-baseline",
      label: `${page} rendered, ${BASELINE_NAME}`,
      url: `${baseOf(3)}${page}`,
      server: uncached,
    },
    "rendered-workers": {
      key: "rendered-workers-baseline",
      label: `${page} rendered, ${WORKERS} processes, ${BASELINE_NAME}`,
      url: `${baseOf(4)}${page}`,
      server: workers,
    },
  };
  if (cached) {
    before.compare = {
      key: "compare-baseline",
      label: `${page}, ${BASELINE_NAME}`,
      url: `${baseOf(5)}${page}`,
      server: cached,
    };
    before.claim = {
      key: "claim-baseline",
      label: `/claims/${s.claimSlug}, ${BASELINE_NAME}`,
      url: `${baseOf(5)}/claims/${s.claimSlug}`,
      server: cached,
    };
  }
  return all.flatMap((t) => [before[t.key], t].filter((x): x is Target => x !== undefined));
}

/**
 * Every target, or those BENCH_ONLY names (comma-separated keys, e.g. BENCH_ONLY=uncached-list,workers-list;
 * a rendered target brings its baseline along).
 */
function targetsOf(s: Servers): Target[] {
  const all: Target[] = [
    { key: "bare", label: "bare node:http (compare body)", url: s.bare.url, server: s.bare.process },
    {
      key: "bare-same",
      label: "bare node:http (compare body + headers)",
      url: s.bareSame.url,
      server: s.bareSame.process,
    },
    {
      key: "bare-next",
      label: "same bytes from a Next.js process",
      url: s.bareNext.url,
      server: s.bareNext.process,
    },
    { key: "compare", label: "/compare/django-vs-fastapi", url: `${BASE}/compare/django-vs-fastapi`, server: s.cached },
    { key: "claim", label: `/claims/${s.claimSlug}`, url: `${BASE}/claims/${s.claimSlug}`, server: s.cached },
    { key: "list", label: "/api/v1/claims?page=5", url: `${BASE}/api/v1/claims?page=5`, server: s.cached },
    // Next.js's own floor: a route handler answering a constant 75-byte string, no database.
    {
      key: "floor",
      label: "next route, constant body (/api/docs/init.js)",
      url: `${BASE}/api/docs/init.js`,
      server: s.cached,
    },
    {
      key: "uncached-list",
      label: "/api/v1/claims?page=5 uncached (caches off)",
      url: `${UNCACHED_BASE}/api/v1/claims?page=5`,
      server: s.uncached,
    },
    {
      key: "workers-list",
      label: `/api/v1/claims?page=5 uncached, ${WORKERS} processes`,
      url: `${WORKERS_BASE}/api/v1/claims?page=5`,
      server: s.workers,
    },
    // Every request rendered by Next.js (page cache off; its data still kept, lib/cache/data.ts): #14.
    {
      key: "rendered",
      label: "/compare/django-vs-fastapi rendered (page cache off)",
      url: `${UNCACHED_BASE}/compare/django-vs-fastapi`,
      server: s.uncached,
    },
    {
      key: "rendered-workers",
      label: `/compare/django-vs-fastapi rendered, ${WORKERS} processes`,
      url: `${WORKERS_BASE}/compare/django-vs-fastapi`,
      server: s.workers,
    },
  ];
  const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
  only.push(...only.map((key) => `${key}-baseline`));
  // The minimal bare brings the other two along: every ratio is printed.
  if (only.includes("bare")) only.push("bare-same", "bare-next");
  const unknown = only.filter((key) => !key.endsWith("-baseline") && !all.some((t) => t.key === key));
  if (unknown.length)
    throw new Error(
      `BENCH_ONLY names no target ${unknown.join(", ")}; the targets are ${all.map((t) => t.key).join(", ")}.`,
    );
  const targets = withBaseline(all, s);
  return only.length ? targets.filter((t) => only.includes(t.key)) : targets;
}

/** BENCH_RUNS rounds over the targets, interleaved, each run summarised. */
async function measure(targets: Target[]): Promise<Figures[]> {
  for (const { url } of targets) {
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  }
  const runs: Run[][] = targets.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, { label, url, server }] of targets.entries()) {
      console.log(
        `Run ${round + 1}/${RUNS}: ${label} (${round === 0 ? `${WARMUP} s warm-up, ` : ""}${DURATION} s at ${CONNECTIONS} connections, ${USE_WRK ? "wrk" : "autocannon"})…`,
      );
      runs[i].push(await load(url, round === 0, server));
    }
  }
  return targets.map(({ key, label }, i) => summarise(key, label, runs[i]));
}

async function main(): Promise<void> {
  const servers = await startServers();
  const results = await measure(targetsOf(servers));
  const context = {
    runs: RUNS,
    workers: WORKERS,
    distDir: BASELINE_NAME ? `${DIST_DIR} (baseline ${BASELINE_NAME})` : DIST_DIR,
    duration: DURATION,
    generator: USE_WRK ? "wrk" : "autocannon",
  };
  printTable(results, context);
  printTargets(results, context);
}

const WRITES_PER_SECOND = Number(
  process.argv.find((a) => a.startsWith("--writes-per-second="))?.slice("--writes-per-second=".length) ?? 0,
);

(WRITES_PER_SECOND > 0
  ? writesMain(WRITES_PER_SECOND, {
      base: BASE,
      dbFile: DB_FILE,
      duration: DURATION,
      warmup: WARMUP,
      connections: CONNECTIONS,
      start: async () => {
        await prepareDatabase();
        buildIfNeeded();
        startServer(PORT);
      },
    })
  : main()
)
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopAll);
