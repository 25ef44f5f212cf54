// `npm start` with a worker per core: the real production server (scripts/server.ts) with
// WEB_CONCURRENCY=2 on its own seeded SQLite file. Both workers answer on one port, each with its
// own page cache; an edit saved through the admin API (answered by whichever worker) shows on the
// claim's cached page as served by both workers, and a worker that is killed is replaced.
// SV_WORKER_HEADER=1 makes every answer name its worker (x-worker-pid); each request below opens
// its own connection, because the primary hands out connections, not requests, round-robin.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort } from "../support/private-postgres";
import { DIST_DIR, ROOT, SEEDED_DB_FILE, serverEnv } from "./support/server";
import { signInCookie } from "./support/session";

const DB_FILE = path.join(ROOT, "data", "workers-test.db");
const EDITOR = ["editor@stackverdict.test", "verdict-eddie-2026"] as const;

interface Answer {
  status: number;
  pid: number;
  body: string;
}

/** One GET on a connection of its own (agent: false), so the primary may give it to either worker. */
function get(base: string, pathname: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${pathname}`, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          pid: Number(res.headers["x-worker-pid"]),
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    // A connection handed to a worker as it was killed may never be answered.
    req.setTimeout(15_000, () => req.destroy(new Error(`${pathname}: no answer within 15 s`)));
    req.end();
  });
}

/** Answers from every worker: requests until `workers` distinct pids have answered (or the time is up). */
async function fromEachWorker(
  base: string,
  pathname: string,
  workers: number,
  seconds = 15,
): Promise<Map<number, Answer>> {
  const seen = new Map<number, Answer>();
  const deadline = Date.now() + seconds * 1000;
  while (seen.size < workers && Date.now() < deadline) {
    const answer = await get(base, pathname);
    if (answer.pid && !seen.has(answer.pid)) seen.set(answer.pid, answer);
  }
  return seen;
}

/** Polls `pathname` until both workers have shown `text` (each pid once), or the time is up. */
async function shownByEachWorker(base: string, pathname: string, text: string, seconds: number): Promise<Set<number>> {
  const shown = new Set<number>();
  const deadline = Date.now() + seconds * 1000;
  while (shown.size < 2 && Date.now() < deadline) {
    const answer = await get(base, pathname);
    if (answer.body.includes(text)) shown.add(answer.pid);
  }
  return shown;
}

async function until<T>(attempt: () => Promise<T>, done: (value: T) => boolean, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await attempt().catch(() => null);
    if (value !== null && done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Not done within ${seconds} s.`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe("npm start with WEB_CONCURRENCY=2", () => {
  let server: ChildProcess;
  let base = "";

  beforeAll(async () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
    const port = await freePort(32090);
    base = `http://localhost:${port}`;
    const env = {
      ...serverEnv(),
      DATABASE_URL: `file:${DB_FILE}`,
      NEXTAUTH_URL: base,
      PORT: String(port),
      MIGRATE_QUIET: "1",
    };
    // The database global setup migrated and seeded, as it was before its server wrote to it.
    copyFileSync(SEEDED_DB_FILE, DB_FILE);
    server = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/server.ts"], {
      cwd: ROOT,
      env: { ...env, NEXT_DIST_DIR: DIST_DIR, WEB_CONCURRENCY: "2", SV_WORKER_HEADER: "1" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    await until(
      async () => fromEachWorker(base, "/login", 2, 2),
      (seen) => seen.size === 2,
      90,
    );
  }, 240_000);

  afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  });

  it("runs on a database in WAL mode, so the workers read while one writes", () => {
    const sqlite = new Database(DB_FILE, { readonly: true });
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    sqlite.close();
  });

  it("an edit saved through one worker shows on the cached claim page served by both", async () => {
    const sqlite = new Database(DB_FILE);
    const claim = sqlite
      .prepare(
        "SELECT id, slug, statement, version FROM Claim WHERE status = 'VERIFIED' AND deletedAt IS NULL ORDER BY slug LIMIT 1",
      )
      .get() as { id: string; slug: string; statement: string; version: number };
    const claimPath = `/claims/${claim.slug}`;

    // Each worker caches the page: a change written behind the service layer's back shows on neither.
    const warmed = await fromEachWorker(base, claimPath, 2);
    expect([...warmed.values()].map((a) => a.status)).toEqual([200, 200]);
    sqlite.prepare("UPDATE Claim SET statement = ? WHERE id = ?").run(`${claim.statement} BYPASS`, claim.id);
    const cached = await fromEachWorker(base, claimPath, 2);
    expect(cached.size).toBe(2);
    for (const answer of cached.values()) expect(answer.body).not.toContain("BYPASS");
    sqlite.prepare("UPDATE Claim SET statement = ? WHERE id = ?").run(claim.statement, claim.id);
    sqlite.close();

    const cookie = await signInCookie(base, ...EDITOR);
    const marker = `edited through a worker ${Date.now().toString(36)}`;
    const saved = await fetch(`${base}/api/admin/claims/${encodeURIComponent(claim.id)}`, {
      method: "PUT",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ version: claim.version, statement: `${claim.statement.replace(/\.$/, "")} (${marker}).` }),
    });
    expect(saved.status).toBe(200);
    const writer = Number(saved.headers.get("x-worker-pid"));
    const shown = await shownByEachWorker(base, claimPath, marker, 5);
    expect(shown.size).toBe(2);
    expect([...shown]).toContain(writer);
  });

  it("replaces a worker that dies", async () => {
    const before = await fromEachWorker(base, "/login", 2);
    const [victim] = before.keys();
    process.kill(victim, "SIGKILL");
    const after = await until(
      async () => fromEachWorker(base, "/login", 2, 3),
      (seen) => seen.size === 2 && !seen.has(victim),
      240,
    );
    expect([...after.values()].map((a) => a.status)).toEqual([200, 200]);
    // A new Next.js process takes a while to start on a loaded machine.
  }, 300_000);
});
