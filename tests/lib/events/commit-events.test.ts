/** @jest-environment node */
// Every committed write emits one commit event, from the one write path; a rolled-back write emits
// nothing; other app processes on the same database hear it (PostgreSQL LISTEN, SQLite's event
// table) and drop their cached public data.
import { Client, type Notification } from "pg";
import { subscribe, type CommitEvent } from "@/lib/events";
import { FEED_APPLICATION, startCommitFeed, type CommitFeed } from "@/lib/events/feed";
import { COMMIT_CHANNEL } from "@/lib/events/outbox";
import { cachedPublicData } from "@/lib/cache/data";
import { publicGeneration } from "@/lib/cache/tags";
import { claims } from "@/lib/resources/claims";
import { teams } from "@/lib/resources/teams";
import { transact } from "@/lib/services/after-commit";
import { createRecord, updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { Peer } from "../../../scripts/peer-process";

/**
 * Two child processes start (tsx loading the service layer) in the peer test: seconds each, more on a
 * loaded machine. A bound against hanging, not a speed goal (that is npm run bench:freshness).
 */
const PEER_TEST_MS = 120_000;

/** Waits for `test` to hold, checking every 10 ms (events from other connections arrive when they arrive). */
async function until(test: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(testProviders())("commit events on %s", (provider) => {
  let t: TestDatabase;
  const cleanup: Array<() => unknown> = [];
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => {
    for (const undo of cleanup.splice(0).reverse()) await undo();
    await t.close();
  });

  const rows = () => t.db.commitEvent.findMany({ orderBy: { id: "asc" } });

  it("a committed write records one event the writer's subscribers receive; a rolled-back write records and sends nothing", async () => {
    const heard: Notification[] = [];
    if (provider === "postgresql") {
      // A listener on a second connection: PostgreSQL delivers a notification only when its transaction commits.
      const listener = new Client({ connectionString: t.url });
      await listener.connect();
      listener.on("notification", (n) => heard.push(n));
      await listener.query(`LISTEN ${COMMIT_CHANNEL}`);
      cleanup.push(() => listener.end());
    }
    const seen: CommitEvent[] = [];
    cleanup.push(
      subscribe("test-seen", {
        everyProcess: false,
        handle: (event, local) => {
          if (local) seen.push(event);
        },
      }),
    );
    const editor = await makeUser(t.db, "EDITOR");

    const created = await createRecord(claims, editor, { statement: "Phoenix has LiveView.", kind: "FEATURE" }, t.db);
    await runAction(claims, editor, "setStatus", [created.id], { status: "VERIFIED" }, null, t.db);
    const team = await createRecord(teams, await makeUser(t.db, "ADMIN"), { name: "Atlas" }, t.db);

    const stored = await rows();
    expect(
      stored.map((r) => ({ resource: r.resource, action: r.action, ids: r.ids, publicFacing: r.publicFacing })),
    ).toEqual([
      // A new candidate is on no public page; verifying it puts it on the site.
      { resource: "claims", action: "CREATE", ids: [created.id], publicFacing: false },
      { resource: "claims", action: "UPDATE", ids: [created.id], publicFacing: true },
      { resource: "teams", action: "CREATE", ids: [team.id], publicFacing: false },
    ]);
    expect(stored[1].fields).toEqual(expect.arrayContaining(["status"]));
    expect(stored[1].fields).not.toContain("statement");
    expect(seen.map((e) => e.id)).toEqual(stored.map((r) => r.id));
    expect(seen[1]).toMatchObject({ resource: "claims", action: "UPDATE", ids: [created.id] });

    await expect(
      transact(t.db, claims, async (tx) => {
        await createRecord(claims, editor, { statement: "Never stored.", kind: "FEATURE" }, tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await rows()).toHaveLength(3);
    expect(seen).toHaveLength(3);
    expect(await t.db.claim.count({ where: { statement: "Never stored." } })).toBe(0);

    if (provider === "postgresql") {
      // One more committed write: its notification is the fourth, so the rolled-back one sent none.
      const after = await createRecord(claims, editor, { statement: "Elixir runs on the BEAM.", kind: "FACT" }, t.db);
      await until(() => heard.length >= 4);
      const payloads = heard.map((n) => JSON.parse(n.payload ?? "{}") as CommitEvent);
      expect(payloads.map((p) => p.ids)).toEqual([[created.id], [created.id], [team.id], [after.id]]);
      expect(payloads[1]).toMatchObject({ resource: "claims", action: "UPDATE", publicFacing: true, id: stored[1].id });
    }
  });

  it("an event is in place when every record it changed is shown before and after, and nothing else changed", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const make = (statement: string) => createRecord(claims, editor, { statement, kind: "FEATURE" }, t.db);
    const [one, two] = [await make("Phoenix has LiveView."), await make("Phoenix ships channels.")];
    const status = (ids: unknown[], to: string) =>
      runAction(claims, editor, "setStatus", ids.map(String), { status: to }, null, t.db);
    await status([one.id, two.id], "VERIFIED"); // published: not in place
    await status([one.id], "DISPUTED"); // both statuses public: in place
    await updateRecord(claims, editor, String(one.id), { version: 3, statement: "Phoenix has LiveView views." }, t.db);
    await status([one.id], "DRAFT"); // hidden: not in place
    await runAction(claims, editor, "merge", [two.id], { intoId: one.id }, null, t.db); // citations move too
    const stored = await rows();
    expect(stored.map((r) => [r.action, r.inPlace])).toEqual([
      ["CREATE", false],
      ["CREATE", false],
      ["UPDATE", false],
      ["UPDATE", true],
      ["UPDATE", true],
      ["UPDATE", false],
      [expect.any(String), false],
    ]);
  });

  it(
    "two processes on one database hear each other's writes, and cached public data follows",
    async () => {
      const editor = await makeUser(t.db, "EDITOR");
      const heard: CommitEvent[] = [];
      cleanup.push(
        subscribe("test-heard", {
          everyProcess: true,
          handle: (event, local) => {
            if (!local) heard.push(event);
          },
        }),
      );
      const feed: CommitFeed = await startCommitFeed({ url: t.url, db: () => t.db, checkEveryMs: 0 });
      cleanup.push(() => feed.stop());
      let loads = 0;
      const countClaims = cachedPublicData(
        "test-claim-count",
        async () => {
          loads++;
          return t.db.claim.count();
        },
        { enabled: () => true },
      );
      expect(await countClaims()).toBe(0);
      expect(await countClaims()).toBe(0);
      expect(loads).toBe(1);

      // Another process writes…
      const generation = publicGeneration();
      const writer = new Peer(["write", t.url, JSON.stringify(editor), "Gleam compiles to Erlang."]);
      cleanup.push(() => writer.close());
      const written = await writer.line((l) => typeof l.id === "string", PEER_TEST_MS);
      expect(await writer.exited).toBe(0);
      if (provider === "postgresql") await until(() => heard.some((e) => e.ids.includes(String(written.id))));
      // …and this process's next read of cached data hears it (on SQLite by that very read's look).
      expect(await countClaims()).toBe(1);
      expect(loads).toBe(2);
      expect(publicGeneration()).toBeGreaterThan(generation);
      expect(heard).toEqual([
        expect.objectContaining({
          resource: "claims",
          action: "CREATE",
          ids: [written.id],
          origin: written.origin,
          publicFacing: true,
        }),
      ]);

      // The other way round: a process listening hears this one's write.
      const watcher = new Peer(["watch", t.url]);
      cleanup.push(() => watcher.close());
      await watcher.line((l) => l.ready === true, PEER_TEST_MS);
      const mine = await createRecord(
        claims,
        editor,
        { statement: "Erlang has supervisors.", kind: "FEATURE", status: "VERIFIED" },
        t.db,
      );
      const line = await watcher.line((l) => ((l.event as CommitEvent | undefined)?.ids ?? []).includes(mine.id));
      expect(line.event).toMatchObject({ resource: "claims", action: "CREATE", publicFacing: true });
    },
    PEER_TEST_MS,
  );

  if (provider === "sqlite") {
    it("reads the event table only after something was committed to the file (PRAGMA data_version), by any connection", async () => {
      const editor = await makeUser(t.db, "EDITOR");
      let reads = 0;
      const feed = await startCommitFeed({
        url: t.url,
        db: () => (reads++, t.db),
        checkEveryMs: 0,
        installFreshnessCheck: false,
      });
      cleanup.push(() => feed.stop());
      const atStart = reads;
      for (let i = 0; i < 5; i++) await feed.check();
      expect(reads).toBe(atStart);
      // A commit through this process's own client counts too: the watch has a connection of its own.
      const written = await createRecord(claims, editor, { statement: "Zig has comptime.", kind: "FEATURE" }, t.db);
      await feed.check();
      expect(reads).toBeGreaterThan(atStart);
      expect(feed.lastId()).toBe((await rows()).at(-1)?.id);
      const afterWrite = reads;
      await feed.check();
      expect(reads).toBe(afterWrite);
      expect(written.id).toBeTruthy();
    });
  }

  if (provider === "postgresql") {
    it("a lost LISTEN connection is reopened and the events committed meanwhile are read from the table", async () => {
      const heard: CommitEvent[] = [];
      cleanup.push(
        subscribe("test-heard", {
          everyProcess: true,
          handle: (event, local) => {
            if (!local) heard.push(event);
          },
        }),
      );
      const feed = await startCommitFeed({ url: t.url });
      cleanup.push(() => feed.stop());
      const admin = new Client({ connectionString: t.url });
      await admin.connect();
      cleanup.push(() => admin.end());
      const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
      cleanup.push(() => logged.mockRestore());
      // The feed's connection dies; a write lands (its notification is lost with the connection) before the feed reconnects.
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1",
        [FEED_APPLICATION],
      );
      const {
        rows: [missed],
      } = await admin.query<{ id: number }>(
        `INSERT INTO "CommitEvent" (resource, action, ids, fields, "publicFacing", origin) VALUES ('claims', 'UPDATE', '["c-missed"]', '["status"]', true, 'another-process') RETURNING id`,
      );
      await until(() => heard.some((e) => e.action === "RESYNC"));
      expect(heard).toEqual([
        expect.objectContaining({
          id: missed.id,
          resource: "claims",
          ids: ["c-missed"],
          fields: ["status"],
          origin: "another-process",
        }),
        expect.objectContaining({ action: "RESYNC", publicFacing: true }),
      ]);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("LISTEN connection was lost"));
      expect(feed.lastId()).toBe(missed.id);
    });
  }
});
