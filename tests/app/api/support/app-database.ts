// A fresh database the app's shared client (getDb) points at, closed completely afterwards.
// Why not freshDatabase() alone: its SQLite file names restart with every test file in a jest
// worker, and getDb() leaves earlier clients open, so a previous file's write-ahead log could be
// replayed onto a "fresh" copy (rows from another test appear). Unique names and closing the
// app's client avoid that until tests/support/databases.ts is fixed.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, getDb } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { freshDatabase, sqliteTemplate, testDir, useAsAppDatabase, type TestDatabase } from "../../../support/databases";

export async function openAppDatabase(provider: Provider): Promise<TestDatabase> {
  let database: TestDatabase;
  if (provider === "sqlite") {
    mkdirSync(testDir(), { recursive: true });
    const file = path.join(testDir(), `api-${process.pid}-${randomUUID()}.db`);
    copyFileSync(sqliteTemplate(), file);
    const url = `file:${file}`;
    const db = createClient(url);
    database = { db, url, provider, close: () => db.$disconnect() };
  } else {
    database = await freshDatabase(provider);
  }
  useAsAppDatabase(database);
  return {
    ...database,
    close: async () => {
      // SQLite URLs are unique per test, so this client is never handed out again. (PostgreSQL
      // keeps one database per worker: its cached client stays in use.)
      if (provider === "sqlite") await getDb().$disconnect();
      await database.close();
    },
  };
}
