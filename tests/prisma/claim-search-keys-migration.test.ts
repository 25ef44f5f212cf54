/** @jest-environment node */
// The migration that made the claims' full-text index contentless, its rowids keyed by
// "ClaimSearchKey": run on a SQLite database migrated up to the migration before it and holding
// claims, it keeps every claim findable, and the triggers keep index and keys in step through
// inserts, edits, deletes and a VACUUM. (SQLite only: PostgreSQL searches a GIN index on the table.)
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ROOT, testDir } from "../support/databases";

const MIGRATION = "20261205203000_claim_search_keys";
const folder = path.join(ROOT, "prisma/migrations/sqlite");
const scripts = readdirSync(folder)
  .filter((d) => /^\d{14}_/.test(d))
  .sort();
const sqlOf = (dir: string) => readFileSync(path.join(folder, dir, "migration.sql"), "utf8");

const INSERT = `INSERT INTO "Claim" ("id", "slug", "statement", "kind", "topic", "conditions", "createdAt", "updatedAt")
                VALUES (?, ?, ?, 'FACT', ?, '{}', ?, CURRENT_TIMESTAMP)`;

/** The ids of the claims matching an FTS5 expression, as lib/services/list-sql reads them. */
const matching = (db: Database.Database, expression: string): string[] =>
  (
    db
      .prepare(
        `SELECT "k"."id" FROM (SELECT rowid AS "key" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH ?) AS "m"
         CROSS JOIN "ClaimSearchKey" AS "k" ON "k"."key" = "m"."key" ORDER BY "k"."id"`,
      )
      .all(expression) as Array<{ id: string }>
  ).map((r) => r.id);

describe("the claim search keys migration on SQLite", () => {
  let db: Database.Database;
  beforeAll(() => {
    mkdirSync(testDir(), { recursive: true });
    db = new Database(path.join(testDir(), `migration-${randomUUID()}.db`));
    for (const dir of scripts.filter((d) => d < MIGRATION)) db.exec(sqlOf(dir));
    const insert = db.prepare(INSERT);
    // Made out of id order, so that keys follow creation time, not ids.
    insert.run("c-2", "older-routing", "Routing tables grow with every tenant", "multitenancy", "2026-01-01");
    insert.run("c-1", "newer-sockets", "Websockets stay open behind the proxy", null, "2026-02-01");
    insert.run("c-3", "cafe", "The café benchmark ran on websockets", "latency", "2026-03-01");
    db.exec(sqlOf(MIGRATION));
  });
  afterAll(() => db.close());

  it("keeps every claim findable, by its text and its topic, keyed in the order claims were made", () => {
    expect(matching(db, '"websockets"*')).toEqual(["c-1", "c-3"]);
    expect(matching(db, '"multitenancy"')).toEqual(["c-2"]);
    expect(matching(db, '"cafe"')).toEqual(["c-3"]);
    const keys = db.prepare(`SELECT "id" FROM "ClaimSearchKey" ORDER BY "key"`).all() as Array<{ id: string }>;
    expect(keys.map((k) => k.id)).toEqual(["c-2", "c-1", "c-3"]);
  });

  it("stores no text in the index (its matches are read by rowid)", () => {
    const row = db.prepare(`SELECT "title" FROM "ClaimSearch" WHERE "ClaimSearch" MATCH '"routing"'`).get() as {
      title: unknown;
    };
    expect(row.title).toBeNull();
  });

  it("follows inserts, edits and deletes, and an edited claim keeps its key", () => {
    db.prepare(INSERT).run("c-4", "new", "Websockets need sticky sessions", null, "2026-04-01");
    expect(matching(db, '"sticky"')).toEqual(["c-4"]);
    const keyOf = (id: string) =>
      (db.prepare(`SELECT "key" FROM "ClaimSearchKey" WHERE "id" = ?`).get(id) as { key: number }).key;
    const before = keyOf("c-1");
    db.prepare(`UPDATE "Claim" SET "statement" = 'Long polling is enough here' WHERE "id" = 'c-1'`).run();
    expect(keyOf("c-1")).toBe(before);
    expect(matching(db, '"websockets"*')).toEqual(["c-3", "c-4"]);
    expect(matching(db, '"polling"')).toEqual(["c-1"]);
    db.prepare(`UPDATE "Claim" SET "topic" = 'polling' WHERE "id" = 'c-3'`).run();
    expect(matching(db, '"polling"')).toEqual(["c-1", "c-3"]);
    db.prepare(`DELETE FROM "Claim" WHERE "id" = 'c-3'`).run();
    expect(matching(db, '"polling"')).toEqual(["c-1"]);
    expect(matching(db, '"websockets"*')).toEqual(["c-4"]);
    expect(db.prepare(`SELECT count(*) AS "n" FROM "ClaimSearchKey" WHERE "id" = 'c-3'`).get()).toEqual({ n: 0 });
  });

  it("keeps keys and rowids aligned through a VACUUM", () => {
    db.prepare(`DELETE FROM "Claim" WHERE "id" = 'c-2'`).run();
    db.exec("VACUUM");
    expect(matching(db, '"polling"')).toEqual(["c-1"]);
    expect(matching(db, '"sticky"')).toEqual(["c-4"]);
    // FTS5's own check of its index (it throws SQLITE_CORRUPT_VTAB on a damaged one).
    expect(() =>
      db.exec(`INSERT INTO "ClaimSearch"("ClaimSearch", "rank") VALUES ('integrity-check', 0)`),
    ).not.toThrow();
  });
});
