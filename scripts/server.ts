// The production server (`npm start`): Next.js behind the public page cache (lib/cache/pages.ts).
// Next.js still answers everything the cache does not hold (its proxy sets the nonce policy and
// checks the host; services authorize every write); the cache only replays public GET answers,
// their inline scripts admitted by hash (lib/cache/pages.ts). PORT (default 3000) and HOSTNAME
// (default all interfaces) as for `next start`; PAGE_CACHE_MB bounds the cache's memory (default
// 64, 0 turns it off). Other app processes on the same database are heard through the commit feed
// (lib/events/feed.ts).
//
// WEB_CONCURRENCY worker processes (default: one per core; 1 runs a single process, no cluster)
// share one port through node:cluster (the primary accepts connections and hands them round-robin
// to the workers). Each worker is a whole server: its own Next.js, page cache and commit feed, so a
// write through one worker reaches the others' caches as any other process's write does (PostgreSQL
// LISTEN, SQLite's event table; SQLite's WAL and busy timeout, set by the migrations and the client,
// let the workers read while one writes). The primary only supervises: a worker that dies is
// replaced; SIGTERM/SIGINT stop every worker gracefully (open requests finish) before it exits.
//
// Started by a benchmark with an IPC channel, it also answers "event-loop" messages with how long
// its event loop waited since the last one (bench:public prints it per target, lib/ops/event-loop.ts);
// the primary asks every worker and answers with the worst delay and the summed CPU time.
// With SV_WORKER_HEADER=1 (tests only) every answer names the worker that made it (x-worker-pid);
// with SV_LANE_HEADER=1 (tests only) the API lane's answers say so (x-api-lane).
//
// Uncached answers: GET/HEAD requests of the public JSON API (/api/v1) are answered by the API lane
// (lib/http/api-lane.ts: the route's own handler behind proxy.ts's own checks, without Next.js's
// router; API_LANE=0 turns it off, everything then goes through Next.js), and every request the page
// cache does not answer is admitted one per event-loop pass (lib/http/admission.ts; PASS_ADMISSION=0
// turns that off), so that a burst of uncached requests cannot hold the loop for the sum of them.
import cluster, { type Worker } from "node:cluster";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import next from "next";
import { stampPeer } from "@/lib/net/forwarded";
import { PageCache } from "@/lib/cache/pages";
import { EVENT_LOOP_REQUEST, reportEventLoopDelayOnRequest, type EventLoopDelay } from "@/lib/ops/event-loop";
import { PassAdmission } from "@/lib/http/admission";
import { bundleSourceMapsOff } from "@/lib/ops/source-maps";
import type { NextHandler } from "@/lib/cache/pages";
import type { RoutesManifest } from "@/lib/http/api-lane";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const dev = process.env.NODE_ENV === "development";
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);
/** A worker that dies before listening this many times in a row means a broken start: give up. */
const MAX_FAILED_STARTS = 3;
/** How long stopping workers get to finish their requests before they are killed. */
const STOP_GRACE_MS = 10_000;

/** Worker processes to run: WEB_CONCURRENCY, else one per core; development always runs one. */
function workerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  if (env.NODE_ENV === "development") return 1;
  const configured = Number.parseInt(env.WEB_CONCURRENCY ?? "", 10);
  return Number.isFinite(configured) && configured >= 1 ? configured : Math.max(1, cores);
}

async function serve(): Promise<void> {
  // What `next start` sets (next/dist/bin/next) and Next.js's bundles have compiled in: code the
  // server loads itself (the API lane, the commit feed) then runs as it does inside Next.js's routes
  // (lib/cache/data.ts caches public data only inside a Next.js server).
  process.env.NEXT_RUNTIME ??= "nodejs";
  // Next.js's bundles load from here on: without keeping their source maps (lib/ops/source-maps.ts).
  if (!dev) bundleSourceMapsOff();
  const app = next({ dev, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Writes committed by other processes on the same database drop this one's cached pages and data
  // within milliseconds (PostgreSQL LISTEN, or SQLite's event table): lib/events/feed.ts.
  // Imported only once Next.js is prepared: the feed's subscribers reach next/cache, whose request
  // storage throws "AsyncLocalStorage accessed in runtime where it is not available" when loaded
  // before Next.js has set up its server environment (the server then never started).
  const { startCommitFeed } = await import("@/lib/events/feed");
  const feed = await startCommitFeed();
  // Background jobs (imports): this process takes its share from the queue (pg-boss on PostgreSQL)
  // and resumes jobs whose runner died, e.g. in a process replaced after a crash (lib/jobs/queue.ts).
  const { jobWorker } = await import("@/lib/jobs");
  const jobs = await jobWorker();
  // Development renders every request fresh: the cache would hide edits to the code.
  // The settings as loaded by now (Next.js reads .env files in prepare()): they do not change while
  // the server runs, and a copy is read without a getenv call per setting per request.
  const cache =
    !dev && cacheMb > 0 ? new PageCache({ maxBytes: cacheMb * 1024 * 1024, env: { ...process.env } }) : null;
  const namePid = process.env.SV_WORKER_HEADER === "1";
  const uncached = await uncachedHandler(handle);
  const server = createServer((req, res) => {
    if (namePid) res.setHeader("x-worker-pid", String(process.pid));
    try {
      // A replay from the page cache is answered synchronously (no promise); anything else resolves later.
      const answered = cache ? cache.handle(req, res, uncached) : uncached(req, res);
      if (answered instanceof Promise) answered.catch((error: unknown) => failed(res, error));
    } catch (error) {
      failed(res, error);
    }
  });
  server.listen(port, hostname, () => {
    const who = cluster.isWorker ? ` worker ${cluster.worker?.id} (pid ${process.pid})` : "";
    console.log(
      `StackVerdict${who} ready on http://${hostname ?? "localhost"}:${port} (${dev ? "development" : "production"}, page cache ${cache ? `${cacheMb} MB` : "off"})`,
    );
    // Only once listening: it unrefs the IPC channel, which in a cluster worker still carries the
    // request for the shared port; unref'd before the answer, nothing held the worker and it exited.
    // A worker reports only when a benchmark asked the primary (its IPC channel to the primary is
    // always there): otherwise the 5 ms sampling timer woke every worker 200 times a second for nothing.
    if (!cluster.isWorker || process.env.SV_REPORT_EVENT_LOOP === "1") reportEventLoopDelayOnRequest();
  });
  const stop = () => {
    server.close(() => void Promise.all([app.close(), feed.stop(), jobs.stop()]).finally(() => process.exit(0)));
    // Keep-alive connections would hold close() open; they get a moment to finish.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function failed(res: ServerResponse, error: unknown): void {
  console.error("Request failed", error);
  if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
  res.end("Internal Server Error");
}

/**
 * What answers a request the page cache does not: the API lane, else Next.js, one request per loop
 * pass. Each such request is first stamped with the socket's address for the app's client-address
 * and forwarded-header rules, replacing any copy the client sent (lib/net/forwarded.ts); a replay
 * from the page cache reaches neither, so it needs no stamp.
 */
async function uncachedHandler(handle: NextHandler): Promise<NextHandler> {
  // Development compiles routes on demand and keeps no build manifest: Next.js answers everything.
  const lane = dev || process.env.API_LANE === "0" ? null : await apiLane();
  const answer: NextHandler = lane ? (req, res) => lane(req, res) ?? handle(req, res) : handle;
  if (process.env.PASS_ADMISSION === "0")
    return (req, res) => {
      stampPeer(req);
      return answer(req, res);
    };
  const admission = new PassAdmission();
  return (req, res) => {
    stampPeer(req);
    return admission.run(
      () => answer(req, res),
      () => res.destroyed || req.socket.destroyed,
    );
  };
}

/**
 * The API lane, wired to the app's own parts: the route's exports, proxy.ts's checks, next.config.js's
 * headers and compression. Loaded once Next.js is prepared, as the commit feed is (see serve()).
 */
async function apiLane(): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void> | null> {
  const [
    { createApiLane, headersOfBuild },
    route,
    { proxyVerdict },
    { default: config },
    { formatHostname },
    { releaseCompressionStream },
  ] = await Promise.all([
    import("@/lib/http/api-lane"),
    import("@/app/api/v1/[...path]/route"),
    import("@/proxy"),
    import("@/next.config.js"),
    import("next/dist/server/lib/format-hostname"),
    import("next/dist/server/lib/release-compression-stream"),
  ]);
  // The headers as the build recorded them (Next.js reads them from there, not from next.config.js).
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), config.distDir ?? ".next", "routes-manifest.json"), "utf8"),
  ) as RoutesManifest;
  return createApiLane({
    handlers: { GET: route.GET, HEAD: route.HEAD },
    verdict: proxyVerdict,
    headers: headersOfBuild(manifest),
    compress: config.compress === false ? null : (await import("next/dist/compiled/compression")).default(),
    releaseCompression: releaseCompressionStream,
    urlBase: `${formatHostname(hostname ?? "localhost")}:${port}`,
    routeVary: manifest.rsc.varyHeader,
    otherRoutes: ["/api/v1/openapi.json"],
    markAnswers: process.env.SV_LANE_HEADER === "1",
  });
}

/** The primary: forks the workers, replaces the ones that die, stops them all on a signal. */
function supervise(count: number): void {
  let stopping = false;
  let failedStarts = 0;
  const listening = new WeakSet<Worker>();
  const report = process.send ? { SV_REPORT_EVENT_LOOP: "1" } : {};
  const fork = () =>
    cluster.fork(report).once("listening", function (this: Worker) {
      listening.add(this);
      failedStarts = 0;
    });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!listening.has(worker) && ++failedStarts >= MAX_FAILED_STARTS) {
      console.error(
        `Worker processes failed to start ${failedStarts} times in a row (last: ${signal ?? `exit code ${code}`}); stopping.`,
      );
      return stopWorkers(1);
    }
    console.error(
      `Worker ${worker.id} (pid ${worker.process.pid}) died (${signal ?? `exit code ${code}`}); starting a replacement.`,
    );
    fork();
  });
  const stopWorkers = (exitCode: number) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const done = () => !Object.values(cluster.workers ?? {}).some(Boolean) && process.exit(exitCode);
    cluster.on("exit", done);
    done();
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(exitCode);
    }, STOP_GRACE_MS).unref();
  };
  process.once("SIGTERM", () => stopWorkers(0));
  process.once("SIGINT", () => stopWorkers(0));
  relayEventLoopRequests();
  console.log(`StackVerdict: starting ${count} worker processes on port ${port} (WEB_CONCURRENCY).`);
  for (let i = 0; i < count; i++) fork();
}

/** A benchmark asks the primary; the primary asks every worker and answers with their worst delay and their summed CPU. */
function relayEventLoopRequests(): void {
  if (!process.send) return;
  process.on("message", (message: unknown) => {
    if (message !== EVENT_LOOP_REQUEST) return;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    void Promise.all(workers.map(askWorker)).then((answers) =>
      process.send?.({ [EVENT_LOOP_REQUEST]: combine(answers.filter((a): a is EventLoopDelay => !!a)) }),
    );
  });
  process.channel?.unref();
}

function askWorker(worker: Worker): Promise<EventLoopDelay | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(null), 4_000);
    const onMessage = (message: unknown) => {
      if (message && typeof message === "object" && EVENT_LOOP_REQUEST in message)
        finish((message as Record<string, EventLoopDelay>)[EVENT_LOOP_REQUEST]);
    };
    const finish = (answer: EventLoopDelay | null) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      resolve(answer);
    };
    worker.on("message", onMessage);
    worker.send(EVENT_LOOP_REQUEST);
  });
}

/** The worst worker's delays (a stall anywhere is a stall), all workers' samples and CPU time. */
function combine(answers: EventLoopDelay[]): EventLoopDelay {
  const worst = (key: "max" | "p99" | "p50" | "mean") => Math.max(0, ...answers.map((a) => a[key]));
  return {
    max: worst("max"),
    p99: worst("p99"),
    p50: worst("p50"),
    mean: worst("mean"),
    samples: answers.reduce((n, a) => n + a.samples, 0),
    cpuMs: answers.reduce((n, a) => n + a.cpuMs, 0),
  };
}

function main(): void {
  const count = workerCount();
  if (cluster.isPrimary && count > 1) return supervise(count);
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

main();
