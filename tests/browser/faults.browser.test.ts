// Faults against the production server: the database goes away and comes back while the app runs.
// Writes and admin reads answer 503 with a clear message, public pages already visited keep being
// served from their cached data, and the app recovers by itself. On a private PostgreSQL that this
// test starts, stops and restarts (its own production server on a free port), and on the journey
// server's SQLite file locked by another connection.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { freePort, postgresBinaries, PrivatePostgres } from "../support/private-postgres";
import { BASE_URL, DB_FILE, DIST_DIR, ROOT, serverEnv } from "./support/server";
import { signInCookie } from "./support/session";

const EDITOR = ["editor@stackverdict.test", "verdict-eddie-2026"] as const;
const COMPARE = "/compare/django-vs-fastapi";

async function get(
  base: string,
  pathname: string,
  cookie?: string,
): Promise<{ status: number; body: string; type: string }> {
  const res = await fetch(`${base}${pathname}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, body: await res.text(), type: res.headers.get("content-type") ?? "" };
}

async function postClaim(base: string, cookie: string, statement: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${base}/api/admin/claims`, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify({ statement, kind: "FACT" }),
  });
  return { status: res.status, body: await res.text() };
}

function expectUnavailable(res: { status: number; body: string }): void {
  expect(res.status).toBe(503);
  expect(JSON.parse(res.body).error).toEqual({
    code: "service_unavailable",
    message: expect.stringMatching(/database is unavailable/i),
  });
}

async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const binaries = postgresBinaries();
if (!binaries.bin) console.warn(`[faults] Skipping the private-PostgreSQL production-server test: ${binaries.reason}.`);

(binaries.bin ? describe : describe.skip)("the production server on PostgreSQL, stopped and restarted", () => {
  let pg: PrivatePostgres;
  let app: ChildProcess;
  let base = "";

  beforeAll(async () => {
    pg = await PrivatePostgres.start(binaries.bin as string);
    const url = pg.createDatabase("stackverdict_faults");
    const port = await freePort(32070);
    base = `http://localhost:${port}`;
    const env = { ...serverEnv(), DATABASE_URL: url, NEXTAUTH_URL: base, PORT: String(port), MIGRATE_QUIET: "1" };
    execFileSync("npx", ["tsx", "scripts/migrate.ts"], { cwd: ROOT, env, stdio: "ignore" });
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "ignore" });
    app = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
      cwd: ROOT,
      env: { ...env, NEXT_DIST_DIR: DIST_DIR },
      stdio: "ignore",
      detached: true,
    });
    await eventually(
      () => get(base, "/login").catch(() => ({ status: 0, body: "", type: "" })),
      (r) => r.status === 200,
      60,
    );
  }, 180_000);
  afterAll(async () => {
    if (app?.pid) process.kill(-app.pid, "SIGTERM");
    pg?.destroy();
  });

  it("answers 503 while PostgreSQL is down, keeps serving visited public pages, and recovers by itself", async () => {
    const cookie = await signInCookie(base, ...EDITOR);
    expect((await get(base, COMPARE)).status).toBe(200); // visited: its data is now cached
    expect((await get(base, "/api/admin/claims", cookie)).status).toBe(200);

    pg.halt();
    const page = await get(base, COMPARE);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Django vs FastAPI");
    expectUnavailable(await get(base, "/api/admin/claims", cookie));
    expectUnavailable(await postClaim(base, cookie, "Written while the database was down."));

    pg.resume();
    const list = await eventually(
      () => get(base, "/api/admin/claims", cookie),
      (r) => r.status === 200,
    );
    expect(list.status).toBe(200);
    expect((await postClaim(base, cookie, "Written after the database came back.")).status).toBe(201);
    const found = JSON.parse(
      (await get(base, `/api/admin/claims?filter=${encodeURIComponent(JSON.stringify({ q: "Written " }))}`, cookie))
        .body,
    ) as { data: Array<{ statement: string }> };
    expect(found.data.map((c) => c.statement)).toEqual(["Written after the database came back."]);
    expect((await get(base, COMPARE)).status).toBe(200);
  }, 120_000);
});

describe("the production server on SQLite, its file locked by another connection", () => {
  it("a write gets 503 after the busy timeout while public pages and reads go on, then succeeds once the lock is gone", async () => {
    const cookie = await signInCookie(BASE_URL, ...EDITOR);
    expect((await get(BASE_URL, COMPARE)).status).toBe(200);
    const locker = new Database(DB_FILE);
    try {
      locker.exec("BEGIN EXCLUSIVE");
      const started = Date.now();
      expectUnavailable(await postClaim(BASE_URL, cookie, "Written while the file was locked."));
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
      expect((await get(BASE_URL, COMPARE)).status).toBe(200);
      expect((await get(BASE_URL, "/api/admin/claims", cookie)).status).toBe(200);
    } finally {
      locker.exec("ROLLBACK");
      locker.close();
    }
    expect((await postClaim(BASE_URL, cookie, "Written after the lock was released.")).status).toBe(201);
  }, 120_000);
});
