// The production server (`npm start`): Next.js behind the public page cache (lib/http/page-cache.ts).
// Next.js still answers everything the cache does not hold (its proxy sets the nonce policy and
// checks the host; services authorize every write); the cache only replays public GET answers with
// a fresh nonce. PORT (default 3000) and HOSTNAME (default all interfaces) as for `next start`;
// PAGE_CACHE_MB bounds the cache's memory (default 64, 0 turns it off). Other app processes on the
// same database are heard through the commit feed (lib/events/feed.ts).
// Started by a benchmark with an IPC channel, it also answers "event-loop" messages with how long
// its event loop waited since the last one (bench:public prints it per target, lib/ops/event-loop.ts).
import { createServer } from "node:http";
import next from "next";
import { stampPeer } from "@/lib/http/forwarded";
import { PageCache } from "@/lib/http/page-cache";
import { reportEventLoopDelayOnRequest } from "@/lib/ops/event-loop";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const dev = process.env.NODE_ENV === "development";
const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);

async function main(): Promise<void> {
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
  // Development renders every request fresh: the cache would hide edits to the code.
  const cache = !dev && cacheMb > 0 ? new PageCache({ maxBytes: cacheMb * 1024 * 1024 }) : null;
  const server = createServer((req, res) => {
    // The socket's address for the app's client-address and forwarded-header rules; replaces any
    // copy the client sent (lib/http/forwarded.ts).
    stampPeer(req);
    const answered = cache ? cache.handle(req, res, handle) : handle(req, res);
    Promise.resolve(answered).catch((error: unknown) => {
      console.error("Request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  });
  server.listen(port, hostname, () => {
    console.log(`StackVerdict ready on http://${hostname ?? "localhost"}:${port} (${dev ? "development" : "production"}, page cache ${cache ? `${cacheMb} MB` : "off"})`);
  });
  const stop = () => {
    server.close(() => void Promise.all([app.close(), feed.stop()]).finally(() => process.exit(0)));
    // Keep-alive connections would hold close() open; they get a moment to finish.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  };
  reportEventLoopDelayOnRequest();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
