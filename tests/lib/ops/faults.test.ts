/** @jest-environment node */
// Faults: the database goes away mid-run and comes back. Route handlers answer 503 with a clear
// message (never a 500, never a half write) and recover by themselves, on a REAL PostgreSQL that
// this test starts privately and stops, and on a SQLite file locked by another connection.
import Database from "better-sqlite3";
import { getDb } from "@/lib/db/client";
import { migrate } from "../../../scripts/migrate";
import { api } from "../../app/api/support/admin-api";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { postgresBinaries, PrivatePostgres } from "../../support/private-postgres";

jest.setTimeout(120_000);

const claimBody = (n: number) => ({ statement: `Fault-test claim number ${n} survives outages.`, kind: "FACT" });

function expectUnavailable(res: {
  status: number;
  headers: Headers;
  json: { error?: { code?: string; message?: string } };
}): void {
  expect(res.status).toBe(503);
  expect(res.json.error?.code).toBe("service_unavailable");
  expect(res.json.error?.message).toMatch(/database is unavailable/i);
  expect(res.headers.get("retry-after")).toBe("5");
}

const binaries = postgresBinaries();
if (!binaries.bin) console.warn(`[faults] Skipping the private-PostgreSQL fault test: ${binaries.reason}.`);

(binaries.bin ? describe : describe.skip)("PostgreSQL stopped mid-run (a private server on its own port)", () => {
  let server: PrivatePostgres;
  let url = "";

  beforeAll(async () => {
    server = await PrivatePostgres.start(binaries.bin as string);
    url = server.createDatabase("stackverdict_faults");
    process.env.MIGRATE_QUIET = "1";
    migrate(url);
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await getDb().$disconnect();
    server?.destroy();
  });

  it("answers 503 with a clear message while it is down, writes nothing, and recovers by itself", async () => {
    const editor = await makeUser(getDb(), "EDITOR");
    expect((await api.create("claims", { actor: editor }, claimBody(1))).status).toBe(201);
    expect((await api.list("claims", { actor: editor })).status).toBe(200);

    server.halt();
    expectUnavailable(await api.list("claims", { actor: editor }));
    expectUnavailable(await api.create("claims", { actor: editor }, claimBody(2)));
    expectUnavailable(await api.meta({ actor: editor }));

    server.resume();
    // No restart of the app, no reconnect call: the next requests simply work again.
    const list = await api.list("claims", { actor: editor });
    expect(list.status).toBe(200);
    expect((await api.create("claims", { actor: editor }, claimBody(3))).status).toBe(201);
    const statements = (await getDb().claim.findMany({ select: { statement: true } })).map((c) => c.statement).sort();
    expect(statements).toEqual([claimBody(1).statement, claimBody(3).statement]);
    // Every acknowledged write has its revision, and the refused one left none.
    expect(await getDb().revision.count({ where: { entity: "claims" } })).toBe(2);
  });
});

describe("SQLite file locked by another connection", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
  });
  afterAll(async () => {
    await getDb().$disconnect();
    await t.close();
  });

  it("a write waits out one busy timeout, then gets 503 and writes nothing; after the lock is released it succeeds", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const locker = new Database(t.url.replace(/^file:/, ""));
    locker.exec("BEGIN EXCLUSIVE");
    try {
      const started = Date.now();
      const res = await api.create("claims", { actor: editor }, claimBody(1));
      expectUnavailable(res);
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500); // busy_timeout is 5 s
      // …and not retried busy timeout after busy timeout: the editor hears of the outage at once.
      expect(Date.now() - started).toBeLessThan(12_000);
      // Readers are not blocked in WAL mode: the admin can still browse.
      expect((await api.list("claims", { actor: editor })).status).toBe(200);
    } finally {
      locker.exec("ROLLBACK");
      locker.close();
    }
    expect((await api.create("claims", { actor: editor }, claimBody(2))).status).toBe(201);
    expect((await t.db.claim.findMany({ select: { statement: true } })).map((c) => c.statement)).toEqual([
      claimBody(2).statement,
    ]);
  });
});
