// StackVerdict beside its peers: `npm run bench:peers`.
// The same 25-row page of public claims (`/api/v1/claims?page=5&perPage=25`, most recently updated
// first, with the total and each claim's technologies) from the same 10,000-claim SQLite file,
// served by
// - StackVerdict (scripts/server.ts, BENCH_WORKERS processes, default 2): cached (page cache and API
//   answer cache on, as `npm start` runs) and uncached (both off: every request runs Next.js, zod
//   and the SQL);
// - a FastAPI peer (async, uvicorn + uvloop, 2 workers) and a Django peer (gunicorn, 2 sync
//   workers): our own small apps in scripts/peers/, running the same SQL; cached through an
//   in-process dict (FastAPI) or Django's per-view cache (cache_page, local memory).
// Debian's packages provide the peers: missing ones are installed with apt-get when this runs as
// root on Debian (python3-fastapi python3-django gunicorn python3-uvicorn python3-uvloop, and wrk);
// where they cannot be installed or started, the peers are skipped with a message saying why.
// Load: wrk (-t2 -c50) when installed, else autocannon (50 connections); BENCH_DURATION s per run
// (default 10), BENCH_RUNS rounds (default 3) interleaved target by target, so a neighbour's burst
// on this shared machine hits all of them alike. Prints median req/s and p99 per target, and
// StackVerdict's ratio to FastAPI (#14 targets: uncached ≥ 0.5× FastAPI async).
// Ports: BENCH_PEERS_PORT (default 3270) and the three after it. Everything it starts, it stops.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { hasWrk, median, runWrk } from "./bench-load";
import { buildIfNeeded, prepareBenchDatabase, processGroups, ROOT, waitFor } from "./bench-next";

const PORT = Number(process.env.BENCH_PEERS_PORT ?? 3270);
const WORKERS = Math.max(1, Number(process.env.BENCH_WORKERS ?? 2));
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const DB_FILE = path.join(ROOT, "data", "bench-peers.db");
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CONNECTIONS = 50;
const CLAIMS = 10_000;
const PAGE = "/api/v1/claims?page=5&perPage=25";
const PYTHON = "/usr/bin/python3";
const PEERS_DIR = path.join(ROOT, "scripts", "peers");
const DEBIAN_PACKAGES = ["python3-fastapi", "python3-django", "gunicorn", "python3-uvicorn", "python3-uvloop"];

const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: `file:${DB_FILE}`,
  NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
  NEXTAUTH_SECRET: "bench-peers-0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a",
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
});

const { track, stopAll } = processGroups();

function start(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): ChildProcess {
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  track(child);
  return child;
}

const succeeds = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { stdio: "ignore" }).status === 0;
const pythonHas = (modules: string): boolean => existsSync(PYTHON) && succeeds(PYTHON, ["-c", `import ${modules}`]);

interface PeerAvailability {
  fastapi: string | null;
  django: string | null;
}

/** Why each peer cannot run (null: it can), after installing what is missing where that is allowed. */
function ensurePeers(): PeerAvailability {
  const missing = () => ({
    fastapi: pythonHas("fastapi, uvicorn, uvloop")
      ? null
      : "python3-fastapi, python3-uvicorn or python3-uvloop is not installed",
    django:
      pythonHas("django") && succeeds("sh", ["-c", "command -v gunicorn"])
        ? null
        : "python3-django or gunicorn is not installed",
  });
  let why = missing();
  const canInstall =
    process.getuid?.() === 0 && existsSync("/etc/debian_version") && succeeds("sh", ["-c", "command -v apt-get"]);
  if ((why.fastapi || why.django || !hasWrk()) && canInstall && !process.env.BENCH_NO_INSTALL) {
    console.log(`Installing the peers from Debian: apt-get install -y ${[...DEBIAN_PACKAGES, "wrk"].join(" ")}…`);
    const apt = spawnSync("apt-get", ["install", "-y", "-q", ...DEBIAN_PACKAGES, "wrk"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (apt.status !== 0)
      console.log(
        "apt-get install failed (no network or no package lists?): the peers it could not install are skipped.",
      );
    why = missing();
  } else if ((why.fastapi || why.django) && !canInstall) {
    console.log(
      "The peers' Debian packages are missing and cannot be installed here (not root on Debian): they are skipped.",
    );
  }
  return why;
}

interface Target {
  label: string;
  url: string;
}

interface Run {
  rps: number;
  p99: number;
  errors: number;
}

async function load(url: string, useWrk: boolean): Promise<Run> {
  if (useWrk) {
    const r = await runWrk(url, { connections: CONNECTIONS, seconds: DURATION });
    return { rps: r.rps, p99: r.p99, errors: r.errors + r.non2xx };
  }
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** The slugs of a page answer, to check every server answers the same page. */
async function slugsAt(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  const body = (await res.json()) as { items: Array<{ slug: string }>; total: number };
  return `${body.total}: ${body.items.map((i) => i.slug).join(",")}`;
}

async function startPeers(why: PeerAvailability): Promise<Target[]> {
  const env = { ...process.env, PEER_DB: DB_FILE, PYTHONPATH: PEERS_DIR, PYTHONDONTWRITEBYTECODE: "1" };
  const targets: Target[] = [];
  const fastapi = `http://127.0.0.1:${PORT + 2}`;
  const django = `http://127.0.0.1:${PORT + 3}`;
  if (!why.fastapi) {
    start(
      PYTHON,
      [
        "-m",
        "uvicorn",
        "fastapi_app:app",
        "--host",
        "127.0.0.1",
        "--port",
        String(PORT + 2),
        "--workers",
        "2",
        "--loop",
        "uvloop",
        "--no-access-log",
        "--log-level",
        "warning",
      ],
      env,
      PEERS_DIR,
    );
  }
  if (!why.django) {
    start(
      "gunicorn",
      ["django_app:application", "--bind", `127.0.0.1:${PORT + 3}`, "--workers", "2", "--log-level", "warning"],
      env,
      PEERS_DIR,
    );
  }
  for (const [name, base, reason] of [
    ["FastAPI", fastapi, why.fastapi],
    ["Django", django, why.django],
  ] as const) {
    if (reason) {
      console.log(`Skipping the ${name} peer: ${reason}.`);
      continue;
    }
    try {
      await waitFor(`${base}${PAGE}`, 30);
      targets.push(
        { label: `${name} uncached`, url: `${base}${PAGE}` },
        { label: `${name} cached`, url: `${base}/cached${PAGE}` },
      );
    } catch (error) {
      console.log(
        `Skipping the ${name} peer: it did not start (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  return targets;
}

/** The table (req/s and p99 ms per server, uncached and cached) and the target: uncached StackVerdict ≥ 0.5× FastAPI. */
function printFigures(figures: Array<{ label: string; rps: number; p99: number; errors: number }>): void {
  const of = (label: string) => figures.find((f) => f.label === label);
  const cell = (label: string) => {
    const f = of(label);
    return f
      ? `${f.rps.toFixed(0).padStart(8)} ${f.p99.toFixed(1).padStart(8)}`
      : `${"skipped".padStart(8)} ${"".padStart(8)}`;
  };
  console.log(`\nGET ${PAGE}: median req/s and p99 ms over ${RUNS} round(s)`);
  console.log(
    `${"".padEnd(10)} | ${"StackVerdict".padEnd(17)} | ${"FastAPI async".padEnd(17)} | ${"Django".padEnd(17)}`,
  );
  console.log(
    `${"".padEnd(10)} | ${["req/s", "p99 ms"].map((h) => h.padStart(8)).join(" ")} | ${["req/s", "p99 ms"].map((h) => h.padStart(8)).join(" ")} | ${["req/s", "p99 ms"].map((h) => h.padStart(8)).join(" ")}`,
  );
  for (const kind of ["uncached", "cached"]) {
    console.log(
      `${kind.padEnd(10)} | ${cell(`StackVerdict ${kind}`)} | ${cell(`FastAPI ${kind}`)} | ${cell(`Django ${kind}`)}`,
    );
  }
  const errors = figures.filter((f) => f.errors > 0);
  if (errors.length)
    console.log(`Errors or non-2xx answers: ${errors.map((f) => `${f.label} ${f.errors}`).join(", ")}`);
  const fast = of("FastAPI uncached");
  const sv = of("StackVerdict uncached");
  if (fast && sv) {
    const ratio = sv.rps / fast.rps;
    console.log(
      `\n  ${ratio >= 0.5 ? "met    " : "MISSED "} uncached StackVerdict ≥ 0.5× FastAPI async (${ratio.toFixed(2)}×)`,
    );
    const svCached = of("StackVerdict cached");
    const fastCached = of("FastAPI cached");
    if (svCached && fastCached)
      console.log(`  (cached: StackVerdict ${(svCached.rps / fastCached.rps).toFixed(2)}× FastAPI's dict cache)`);
  }
  console.log(
    `  (machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")})`,
  );
}

async function main(): Promise<void> {
  const why = ensurePeers();
  const useWrk = hasWrk();
  await prepareBenchDatabase(DB_FILE, serverEnv(), CLAIMS);
  buildIfNeeded(DIST_DIR, serverEnv());
  const cached = `http://127.0.0.1:${PORT}`;
  const uncached = `http://127.0.0.1:${PORT + 1}`;
  const base = { ...serverEnv(), WEB_CONCURRENCY: String(WORKERS), HOSTNAME: "127.0.0.1" };
  start(process.execPath, ["--import", "tsx", "scripts/server.ts"], { ...base, PORT: String(PORT) });
  start(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    ...base,
    PORT: String(PORT + 1),
    PAGE_CACHE_MB: "0",
    API_CACHE_ENTRIES: "0",
  });
  await waitFor(`${cached}${PAGE}`, 90);
  await waitFor(`${uncached}${PAGE}`, 90);
  const targets: Target[] = [
    { label: "StackVerdict uncached", url: `${uncached}${PAGE}` },
    { label: "StackVerdict cached", url: `${cached}${PAGE}` },
    ...(await startPeers(why)),
  ];
  // The same page everywhere, or the comparison means nothing.
  const expected = await slugsAt(targets[0].url);
  for (const t of targets.slice(1))
    if ((await slugsAt(t.url)) !== expected)
      throw new Error(`${t.label} answers another page than StackVerdict: ${await slugsAt(t.url)}`);

  console.log(
    `Load: ${useWrk ? `wrk -t2 -c${CONNECTIONS}` : `autocannon, ${CONNECTIONS} connections`}, ${RUNS} round(s) of ${DURATION} s, interleaved; ${WORKERS} StackVerdict processes.`,
  );
  for (const t of targets) await load(t.url, useWrk).catch(() => undefined); // warm-up (JIT, caches, connections)
  const runs: Run[][] = targets.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, t] of targets.entries()) {
      console.log(`Round ${round + 1}/${RUNS}: ${t.label}…`);
      runs[i].push(await load(t.url, useWrk));
    }
  }
  const figures = targets.map((t, i) => ({
    label: t.label,
    rps: median(runs[i].map((r) => r.rps)),
    p99: median(runs[i].map((r) => r.p99)),
    errors: runs[i].reduce((n, r) => n + r.errors, 0),
  }));
  printFigures(figures);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(stopAll);
