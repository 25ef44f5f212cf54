// Admin first rows: `npm run bench:admin-first-rows`.
// How long an editor waits from pressing "Sign in" to the first row of the claims list, in Debian's
// Chromium (playwright-core, headless) against the production server (`npm start`, scripts/server.ts)
// started from an existing build (NEXT_DIST_DIR, default .next: run `npm run build` first) on a
// SQLite database with the demo content (data/bench-admin-first-rows.db, made once; BENCH_RESEED=1
// makes it again). Each run is a fresh browser context (nothing cached, as a first visit): the login
// page, then Sign in with callbackUrl /admin#/claims. Prints per run: sign-in answered, the admin's
// menu shown, the first claims row shown (all from the click), and the JavaScript the browser
// fetched (files, raw and gzip bytes of the bodies), then the median, with the machine's load
// average, since the machine is shared. BENCH_RUNS (default 5), BENCH_PORT (default 3287).
// Target (issue 12): first rows ≤ 1.5 s after sign-in.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3287);
const BASE = `http://localhost:${PORT}`;
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const DB_FILE = path.join(ROOT, "data", "bench-admin-first-rows.db");
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const EDITOR = { email: "editor@stackverdict.test", password: "verdict-eddie-2026" };
const TARGET_MS = 1500;

const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: `file:${DB_FILE}`,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-admin-first-rows-4b7d1e9a2c5f8e3b6d0a9c2e5f8b1d4a",
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(PORT),
});

interface Run {
  signedInMs: number;
  menuMs: number;
  firstRowMs: number;
  scripts: number;
  raw: number;
  gzip: number;
}

function prepareDatabase(): void {
  if (existsSync(DB_FILE) && !process.env.BENCH_RESEED) return;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
  const run = (args: string[]) =>
    execFileSync("npx", ["tsx", ...args], {
      cwd: ROOT,
      env: { ...serverEnv(), MIGRATE_QUIET: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  run(["scripts/migrate.ts"]);
  run(["prisma/seed.ts"]);
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    cwd: ROOT,
    env: serverEnv(),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/login`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  stop(server);
  throw new Error(`The server did not answer on ${BASE} within 90 s.`);
}

function stop(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM"); // its process group: the server and Next.js's workers
  } catch {
    // already gone
  }
}

async function once(browser: Browser): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  let counting = false;
  page.on("response", (res) => {
    if (counting && res.request().resourceType() === "script") bodies.push(res.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${BASE}/login?callbackUrl=${encodeURIComponent("/admin#/claims")}`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  counting = true;
  const start = Date.now();
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/admin/, { timeout: 60_000 });
  const signedInMs = Date.now() - start;
  await page.getByRole("menuitem", { name: "Dashboard" }).first().waitFor({ timeout: 60_000 });
  const menuMs = Date.now() - start;
  // A row of the list's table (react-admin's DataTable at this width), with a claim in it.
  await page.locator("table tbody tr td").first().waitFor({ timeout: 60_000 });
  const firstRowMs = Date.now() - start;
  const files = await Promise.all(bodies);
  await context.close();
  return {
    signedInMs,
    menuMs,
    firstRowMs,
    scripts: files.length,
    raw: files.reduce((n, b) => n + b.length, 0),
    gzip: files.reduce((n, b) => n + gzipSync(b).length, 0),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")))
    throw new Error(`No build in ${DIST_DIR}: run \`npm run build\` (or set NEXT_DIST_DIR).`);
  prepareDatabase();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
  try {
    await once(browser); // warm-up: the server compiles nothing, but loads each route's code on first use
    console.log(
      `Admin first rows (${DIST_DIR}, ${RUNS} runs, ${os.cpus().length} cores, load average before: ${load()})`,
    );
    console.log("run | signed in | menu | first claims row | scripts | raw | gzip");
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await once(browser);
      runs.push(r);
      console.log(
        `${i + 1} | ${r.signedInMs} ms | ${r.menuMs} ms | ${r.firstRowMs} ms | ${r.scripts} | ${kb(r.raw)} | ${kb(r.gzip)}`,
      );
    }
    const firstRow = median(runs.map((r) => r.firstRowMs));
    console.log(
      `median | ${median(runs.map((r) => r.signedInMs))} ms | ${median(runs.map((r) => r.menuMs))} ms | ${firstRow} ms | ${median(runs.map((r) => r.scripts))} | ${kb(median(runs.map((r) => r.raw)))} | ${kb(median(runs.map((r) => r.gzip)))}`,
    );
    console.log(
      `First claims row after sign-in: median ${firstRow} ms (target ≤ ${TARGET_MS} ms: ${firstRow <= TARGET_MS ? "met" : "missed"}); load average after: ${load()}`,
    );
  } finally {
    await browser.close();
    stop(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
