// Once per jest run: a migrated SQLite template, the demo seeded on a copy of it (tests/support/demo.ts),
// and (when configured) one migrated PostgreSQL database per worker. Migrations are the committed ones,
// applied by the real CLI; the demo is seeded by the real `npm run db:seed` script.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { migrate } from "../../scripts/migrate";
import { demoTemplate, pgDatabaseName, pgUrlFor, postgresBaseUrl, ROOT, sqliteTemplate, testDir } from "./databases";

export const WORKER_SLOTS = 4;

export default async function globalSetup(): Promise<void> {
  process.env.MIGRATE_QUIET = "1";
  process.env.SV_TEST_RUN = String(process.pid); // inherited by the workers jest starts next
  rmSync(testDir(), { recursive: true, force: true });
  mkdirSync(testDir(), { recursive: true });
  migrate(`file:${sqliteTemplate()}`);
  // The demo seed (the real importer and curation passes) takes seconds: made once here, alongside the
  // PostgreSQL templates, instead of in each of the ~20 files that read the demo.
  await Promise.all([seedDemoTemplate(), preparePostgres()]);
}

async function preparePostgres(): Promise<void> {
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

/** `npm run db:seed` on a copy of the migrated template, checkpointed so the copy is one file. */
async function seedDemoTemplate(): Promise<void> {
  const file = demoTemplate();
  copyFileSync(sqliteTemplate(), file);
  const seed = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    seed.on("error", reject);
    seed.on("close", resolve);
  });
  if (code !== 0) throw new Error(`Seeding the demo template failed (exit ${code}).`);
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}
