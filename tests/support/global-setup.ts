// Once per jest run: a migrated SQLite template, and (when configured) one migrated PostgreSQL
// database per worker. Migrations are the committed ones, applied by the real CLI.
import { mkdirSync, rmSync } from "node:fs";
import { Client } from "pg";
import { migrate } from "../../scripts/migrate";
import { pgDatabaseName, pgUrlFor, postgresBaseUrl, sqliteTemplate, testDir } from "./databases";

export const WORKER_SLOTS = 4;

export default async function globalSetup(): Promise<void> {
  process.env.MIGRATE_QUIET = "1";
  process.env.SV_TEST_RUN = String(process.pid); // inherited by the workers jest starts next
  rmSync(testDir(), { recursive: true, force: true });
  mkdirSync(testDir(), { recursive: true });
  migrate(`file:${sqliteTemplate()}`);
  const base = postgresBaseUrl();
  if (!base) {
    if (process.env.CI || process.env.REQUIRE_POSTGRES)
      throw new Error("TEST_POSTGRES_URL is not set: the PostgreSQL suite must run in CI.");
    console.warn("\n[tests] TEST_POSTGRES_URL not set: PostgreSQL suites are skipped on this machine.\n");
    return;
  }
  const admin = new Client({ connectionString: base });
  await admin.connect();
  // Migrate one template with the CLI, then clone it per worker (much faster than migrating each).
  const template = pgDatabaseName("template");
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  migrate(pgUrlFor(template));
  for (let w = 0; w <= WORKER_SLOTS; w++) {
    await admin.query(`DROP DATABASE IF EXISTS ${pgDatabaseName(String(w))} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pgDatabaseName(String(w))} TEMPLATE ${template}`);
  }
  await admin.end();
}
