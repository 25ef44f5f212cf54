// The API lane (lib/http/api-lane.ts) answers /api/v1 without Next.js's router: its answers must be
// Next.js's. Two production servers (scripts/server.ts) on the same build and seeded database, one
// with the lane and one without (API_LANE=0), get the same raw requests: plain lists and records,
// hostile paths (escapes, dot segments, `//`, a trailing slash, case, NUL, malformed encodings), bad
// hosts, bad and repeated query parameters, HEAD, other methods, conditional and compressed requests.
// Status, headers (all of them, less Date and the nonce) and body bytes must be equal. Both pairs run
// with the caches off (every answer computed) and with the page cache on (answers replayed by it).
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import path from "node:path";
import { freePort } from "../support/private-postgres";
import { DIST_DIR, ROOT, serverEnv } from "./support/server";

interface Raw {
  status: number;
  headers: string[];
  body: string;
  /** Answered by the lane (x-api-lane, SV_LANE_HEADER=1), left out of the comparison. */
  laned: boolean;
}

interface Probe {
  method?: string;
  path: string;
  headers?: Record<string, string>;
}

/** One request exactly as written (no URL normalisation, unlike fetch), on a connection of its own. */
function send(port: number, probe: Probe): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: probe.method ?? "GET",
        path: probe.path,
        headers: { host: `localhost:${port}`, ...probe.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: comparable(res.rawHeaders, port),
            body: withoutNonce(Buffer.concat(chunks), res.headers),
            laned: res.headers["x-api-lane"] === "1",
          }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${probe.path}: no answer within 30 s`)));
    req.end();
  });
}

const pageCacheOutcome = (raw: Raw): string | undefined => raw.headers.find((h) => h.startsWith("x-page-cache: "));

/** The body, its nonce (rendered pages carry it, e.g. Next.js's 404 page) replaced, as base64. */
function withoutNonce(body: Buffer, headers: IncomingHttpHeaders): string {
  const nonce = /'nonce-([^']+)'/.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce || headers["content-encoding"]) return body.toString("base64");
  return Buffer.from(body.toString("utf8").replaceAll(nonce, "NONCE")).toString("base64");
}

/** Headers as `name: value` lines, sorted; the date, the nonces and the server's own port left out. */
function comparable(raw: string[], port: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (name === "date" || name === "x-api-lane") continue;
    // The nonce appears in the CSP and, on a rendered 404, in the preload Link header.
    const value = raw[i + 1].replace(/'nonce-[^']+'/g, "'nonce-N'").replace(/nonce="[^"]+"/g, 'nonce="N"');
    lines.push(`${name}: ${value.replaceAll(`:${port}`, ":PORT")}`);
  }
  return lines.sort();
}

function start(port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/server.ts"], {
    cwd: ROOT,
    env: { ...serverEnv(), NEXT_DIST_DIR: DIST_DIR, WEB_CONCURRENCY: "1", PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function answering(port: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/claims`)).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server on ${port} did not answer within 90 s.`);
}

const GETS = [
  "/api/v1/claims",
  "/api/v1/claims?page=2",
  "/api/v1/claims?perPage=3&page=4",
  "/api/v1/claims?page=4&perPage=3",
  "/api/v1/claims?page=99999",
  "/api/v1/claims?perPage=1000",
  "/api/v1/claims?page=abc",
  "/api/v1/claims?page=1&page=2",
  "/api/v1/claims?unknown=1",
  "/api/v1/claims?__proto__=1",
  "/api/v1/claims?constructor=x",
  "/api/v1/claims?topic=%00",
  "/api/v1/claims?topic=%ff",
  "/api/v1/claims?topic=caf%C3%A9",
  "/api/v1/claims?kind=BOGUS",
  "/api/v1/claims?technology=django",
  "/api/v1/claims?technology=",
  "/api/v1/claims?&&=&",
  "/api/v1/claims?page=5#fragment",
  // Query parameters Next.js's own routing reads or strips (route parameters, RSC, data requests).
  "/api/v1/claims?nxtPpath=x",
  "/api/v1/claims?nxtIpath=x",
  "/api/v1/claims?_rsc=abc",
  "/api/v1/claims?__nextDataReq=1",
  "/api/v1/claims?__nextLocale=en",
  "/api/v1/technologies",
  "/api/v1/technologies/django",
  "/api/v1/technologies/no-such-technology",
  "/api/v1/comparisons",
  "/api/v1/verdicts",
  "/api/v1/use-cases",
  "/api/v1/articles",
  "/api/v1/search?q=django",
  "/api/v1/search?q=",
  "/api/v1/wizard",
  "/api/v1/claims/no-such-claim",
  "/api/v1/nothing-here",
  "/api/v1/claims/a/b/c",
  "/api/v1/Claims",
  "/api/v1/claims/",
  "/api/v1//claims",
  "/api/v1/./claims",
  "/api/v1/../v1/claims",
  "/api/v1/%63laims",
  "/api/v1/claims/%c0",
  "/api/v1/claims/%00",
  "/api/v1/claims/caf%C3%A9",
  "/api/v1/claims/a%2Fb",
  "/api/v1/openapi.json",
  "/api/v1",
  "/api/v1/",
  "/API/v1/claims",
  "/api/v1/claims\\x",
  "/api/v1/...",
  "/api/v1/claims/..",
];

const PROBES: Probe[] = [
  ...GETS.map((p) => ({ path: p })),
  ...["/api/v1/claims", "/api/v1/claims?page=abc", "/api/v1/nothing-here", "/api/v1/claims/"].map((p) => ({
    method: "HEAD",
    path: p,
  })),
  { method: "OPTIONS", path: "/api/v1/claims" },
  { method: "POST", path: "/api/v1/claims" },
  { method: "DELETE", path: "/api/v1/claims" },
  { path: "/api/v1/claims", headers: { host: "evil.example" } },
  { path: "/api/v1/claims", headers: { host: "127.0.0.1" } },
  { path: "/api/v1/claims", headers: { host: "[::1]:8080" } },
  { path: "/api/v1/claims", headers: { host: "" } },
  {
    path: "/api/v1/claims",
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https" },
  },
  { path: "/api/v1/claims", headers: { "if-none-match": '"abc"' } },
  { path: "/api/v1/claims", headers: { "if-none-match": "*", "if-modified-since": "Sat, 05 Dec 2026 00:00:00 GMT" } },
  { path: "/api/v1/claims", headers: { "accept-encoding": "gzip" } },
  { path: "/api/v1/claims?perPage=1", headers: { "accept-encoding": "gzip, deflate, br" } },
  { path: "/api/v1/claims", headers: { "accept-encoding": "br" } },
  { method: "HEAD", path: "/api/v1/claims", headers: { "accept-encoding": "gzip" } },
  { path: "/api/v1/claims", headers: { rsc: "1" } },
  { path: "/api/v1/claims", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  { path: "/api/v1/claims", headers: { cookie: "next-auth.session-token=forged", authorization: "Bearer nothing" } },
  { path: "/api/v1/claims", headers: { origin: "https://elsewhere.example", accept: "text/html" } },
];

describe.each([
  ["caches off", { PAGE_CACHE_MB: "0", API_CACHE_ENTRIES: "0" }],
  ["page cache on", {}],
])("the API lane answers as Next.js does (%s)", (_label, caches) => {
  const servers: ChildProcess[] = [];
  let lanePort = 0;
  let nextPort = 0;

  beforeAll(async () => {
    lanePort = await freePort(32190 + (Object.keys(caches).length ? 0 : 10));
    nextPort = await freePort(lanePort + 1);
    servers.push(
      start(lanePort, { ...caches, SV_LANE_HEADER: "1" }),
      start(nextPort, { ...caches, API_LANE: "0", SV_LANE_HEADER: "1" }),
    );
    await Promise.all([answering(lanePort), answering(nextPort)]);
  }, 200_000);

  afterAll(async () => {
    for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  });

  it("answers every probe with Next.js's status, headers and bytes (twice: a cache may answer the second)", async () => {
    const seen: string[] = [];
    const laned: string[] = [];
    const differences: object[] = [];
    for (const round of [1, 2]) {
      for (const probe of PROBES) {
        const label = `${round} ${probe.method ?? "GET"} ${probe.path} ${JSON.stringify(probe.headers ?? {})}`;
        let [lane, next] = [await send(lanePort, probe), await send(nextPort, probe)];
        // A page-cache entry older than PUBLIC_CACHE_SECONDS is renewed by the next request: on a
        // slow machine one server's copy may expire between the two requests. Asked again, both answer alike.
        for (let retry = 0; retry < 3 && pageCacheOutcome(lane) !== pageCacheOutcome(next); retry++)
          [lane, next] = [await send(lanePort, probe), await send(nextPort, probe)];
        expect(next.laned).toBe(false);
        // Every difference at once, each as what differs.
        // A not-found page the lane left to Next.js is Next.js's own rendering on both servers; with the page
        // cache on, a replayed copy of it can differ in per-request bytes from a fresh one (seen once in CI),
        // which says nothing about the lane: there, status and headers must still agree.
        const bothNextNotFound = !lane.laned && lane.status === 404 && next.status === 404;
        const bodiesDiffer = !bothNextNotFound && lane.body !== next.body;
        if (lane.status !== next.status || bodiesDiffer || lane.headers.join("\n") !== next.headers.join("\n")) {
          differences.push({
            label,
            status: [lane.status, next.status],
            sameBody: lane.body === next.body,
            onlyLane: lane.headers.filter((h) => !next.headers.includes(h)),
            onlyNext: next.headers.filter((h) => !lane.headers.includes(h)),
          });
        }
        seen.push(`${next.status}`);
        if (lane.laned) laned.push(label);
      }
    }
    expect(differences).toEqual([]);
    // The probes reach successes, redirects, refusals and errors alike.
    for (const status of ["200", "308", "400", "404"]) expect(seen).toContain(status);
    // And the lane really answered the plain ones itself, and left the others to Next.js.
    expect(laned).toEqual(
      expect.arrayContaining([
        "1 GET /api/v1/claims {}",
        "1 HEAD /api/v1/claims {}",
        "1 GET /api/v1/claims?page=abc {}",
        "1 GET /api/v1/Claims {}",
        '1 GET /api/v1/claims {"accept-encoding":"gzip"}',
      ]),
    );
    for (const label of [
      "1 GET /api/v1/claims/ {}",
      "1 GET /api/v1/%63laims {}",
      "1 GET /api/v1/openapi.json {}",
      "1 OPTIONS /api/v1/claims {}",
      '1 GET /api/v1/claims {"host":"evil.example"}',
      '1 GET /api/v1/claims {"rsc":"1"}',
    ]) {
      expect(laned).not.toContain(label);
    }
  }, 300_000);
});

describe("the routes under /api/v1", () => {
  it("are the catch-all the lane calls and the OpenAPI document it leaves to Next.js (a new route must be taught to the lane)", () => {
    expect(readdirSync(path.join(ROOT, "app/api/v1")).sort()).toEqual(["[...path]", "openapi.json"]);
  });
});
