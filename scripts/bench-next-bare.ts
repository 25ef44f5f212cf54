// bench:public's third bare server (scripts/bench-public.ts): the same-bytes answer (the cached compare
// page's body and header lines) sent by a plain node:http handler from a process that has loaded and
// prepared Next.js as scripts/server.ts does, and rendered one page through it (so that Next.js's
// request storages, its patched timers and the async hooks behind them are live, as they are in the
// app's process). Between it and the plain same-bytes bare lies what any answer made inside the
// app's process pays, however lean: the page cache's own share is what separates the cached page from it.
// Started with BENCH_BARE_FILE (the body), BENCH_BARE_HEADERS (the header lines, JSON) and the
// app's settings (NEXT_DIST_DIR, DATABASE_URL…); sends `{ port }` over its IPC channel once listening; answers
// bench:public's event-loop question with its CPU time, as the other bare servers do.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import next from "next";
import { EVENT_LOOP_REQUEST } from "@/lib/ops/event-loop";

async function main(): Promise<void> {
  const body = readFileSync(process.env.BENCH_BARE_FILE ?? "");
  const headers = JSON.parse(process.env.BENCH_BARE_HEADERS ?? "[]") as string[];
  process.env.NEXT_RUNTIME ??= "nodejs";
  const app = next({ dev: false, dir: process.cwd(), hostname: "127.0.0.1" });
  const handle = app.getRequestHandler();
  await app.prepare();
  let rendering = true;
  const server = createServer((req, res) => {
    if (rendering) return void handle(req, res);
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // One render through Next.js, as the app's process has made before it answers from its cache.
  const page = await fetch(`http://127.0.0.1:${port}/compare/django-vs-fastapi`);
  await page.arrayBuffer();
  if (page.status !== 200) throw new Error(`The render through Next.js answered ${page.status}.`);
  rendering = false;
  let since = process.cpuUsage();
  process.on("message", (message: unknown) => {
    if (message !== EVENT_LOOP_REQUEST) return;
    const cpu = process.cpuUsage(since);
    since = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.send?.({ [EVENT_LOOP_REQUEST]: { max: -1, p99: -1, p50: -1, mean: -1, samples: 0, cpuMs } });
  });
  process.send?.({ port });
  process.channel?.unref();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
