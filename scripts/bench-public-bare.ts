// bench:public's bare servers (scripts/bench-public.ts measures them beside the app): node:http
// answering the cached compare page's body, each in a process of its own, answering the benchmark's
// event-loop question with its CPU time so that its CPU per request stands beside the app's.
// - minimal: content-type and content-length only (the issues' targets are stated against it);
// - same bytes: the cached page's own header lines, security headers included;
// - the same bytes from a process that has loaded Next.js and rendered through it
//   (scripts/bench-next-bare.ts): what any answer from inside the app's process pays.
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { get } from "node:http";
import path from "node:path";
import { EVENT_LOOP_REQUEST } from "@/lib/ops/event-loop";
import { ROOT } from "./bench-next";

export interface BareServer {
  url: string;
  process: ChildProcess;
}

/** What the benchmark lends: its tracking of the processes it starts (stopped at its end), the app's settings. */
interface Spawning {
  track: (child: ChildProcess) => ChildProcess;
  env: NodeJS.ProcessEnv;
}

/**
 * The bare server runs in its own process, so it does not share autocannon's event loop either. It
 * answers the event-loop question with its CPU time only (no delay monitor: nothing but the answer
 * runs in it), so its CPU per request stands beside the app's (#14: requests per CPU-second).
 * `headers` is what its writeHead is given: the minimal bare sends content-type and content-length
 * (an object, as a hand-written server does); the same-bytes bare, the cached page's own header
 * lines (a flat list, as the page cache keeps them), so that both put the same bytes on the wire.
 */
async function startBare(
  track: Spawning["track"],
  name: string,
  body: Buffer,
  headers: Record<string, string | number> | string[],
): Promise<BareServer> {
  const file = path.join(ROOT, "data", `bench-public-${name}.html`);
  writeFileSync(file, body);
  const script = `
    const body = require("fs").readFileSync(${JSON.stringify(file)});
    const headers = ${JSON.stringify(headers)};
    const server = require("http").createServer((req, res) => { res.writeHead(200, headers); res.end(body); });
    let since = process.cpuUsage();
    process.on("message", (m) => {
      if (m !== ${JSON.stringify(EVENT_LOOP_REQUEST)}) return;
      const cpu = process.cpuUsage(since);
      since = process.cpuUsage();
      process.send({ [m]: { max: -1, p99: -1, p50: -1, mean: -1, samples: 0, cpuMs: (cpu.user + cpu.system) / 1000 } });
    });
    process.channel.unref();
    server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
  const bare = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit", "ipc"], detached: true });
  track(bare);
  const port = await new Promise<string>((resolve, reject) => {
    bare.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    bare.once("exit", () => reject(new Error("The bare server exited.")));
  });
  return { url: `http://127.0.0.1:${port}`, process: bare };
}

/** Header lines Node's server writes itself on every answer (its own and the bare's alike). */
const NODE_OWN_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/**
 * A cached answer as wrk receives it (no Accept-Encoding, so the identity copy): status, its header
 * lines in order (flat, without those Node adds to every answer) and its body.
 */
function cachedAnswer(url: string): Promise<{ status: number; headers: string[]; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          if (!NODE_OWN_HEADERS.has(res.rawHeaders[i].toLowerCase()))
            headers.push(res.rawHeaders[i], res.rawHeaders[i + 1]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    }).on("error", reject);
  });
}

/**
 * The same-bytes answer from a process that has loaded and prepared Next.js, as the app's has
 * (scripts/bench-next-bare.ts): what answering from inside the app's process costs, whatever answers.
 */
async function startNextBare({ track, env }: Spawning, body: Buffer, headers: string[]): Promise<BareServer> {
  const file = path.join(ROOT, "data", "bench-public-bare-next.html");
  writeFileSync(file, body);
  const bare = spawn(process.execPath, ["--import", "tsx", "scripts/bench-next-bare.ts"], {
    cwd: ROOT,
    env: { ...env, BENCH_BARE_FILE: file, BENCH_BARE_HEADERS: JSON.stringify(headers) },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    detached: true,
  });
  track(bare);
  const port = await new Promise<number>((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message && typeof message === "object" && "port" in message) {
        bare.off("message", onMessage);
        resolve(Number(message.port));
      }
    };
    bare.on("message", onMessage);
    bare.once("exit", () => reject(new Error("The bare server in a Next.js process exited.")));
  });
  return { url: `http://127.0.0.1:${port}`, process: bare };
}

/**
 * The bare servers: minimal headers; the cached page's own (same bytes on the wire); the same bytes
 * from a process with Next.js loaded.
 */
export async function startBares(
  pageUrl: string,
  { track, env }: Spawning,
): Promise<{ bare: BareServer; bareSame: BareServer; bareNext: BareServer }> {
  // Twice: the first request may be the render that fills the cache.
  await cachedAnswer(pageUrl);
  const page = await cachedAnswer(pageUrl);
  const cacheHeader = page.headers.findIndex((v, i) => i % 2 === 0 && v.toLowerCase() === "x-page-cache");
  if (page.status !== 200 || page.headers[cacheHeader + 1] !== "hit")
    throw new Error(`${pageUrl} was not answered from the page cache (${page.status})`);
  const contentType = page.headers[page.headers.findIndex((v) => v.toLowerCase() === "content-type") + 1];
  return {
    bare: await startBare(track, "bare", page.body, {
      "content-type": contentType ?? "text/html",
      "content-length": page.body.length,
    }),
    bareSame: await startBare(track, "bare-same", page.body, page.headers),
    bareNext: await startNextBare({ track, env }, page.body, page.headers),
  };
}
