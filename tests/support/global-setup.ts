// Once per jest run: a migrated SQLite template, and (when configured) one migrated PostgreSQL
// database per worker. Migrations are the committed ones, applied by the real CLI.
import { rmSync, mkdirSync } from "node:fs";
import { Client } from "pg";
import { migrate } from "../../scripts/migrate";
import { pgUrlFor, postgresBaseUrl, SQLITE_TEMPLATE, TEST_DIR } from "./databases";

export default async function globalSetup(): Promise<void> {
  process.env.MIGRATE_QUIET = "1";
  rmSync(TEST_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DIR, { recursive: true });
  migrate(`file:${SQLITE_TEMPLATE}`);
  const base = postgresBaseUrl();
  if (!base) {
    if (process.env.CI || process.env.REQUIRE_POSTGRES) throw new Error("TEST_POSTGRES_URL is not set: the PostgreSQL suite must run in CI.");
    console.warn("\n[tests] TEST_POSTGRES_URL not set: PostgreSQL suites are skipped on this machine.\n");
    return;
  }
  const admin = new Client({ connectionString: base });
  await admin.connect();
  // Migrate one template with the CLI, then clone it per worker (much faster than migrating each).
  await admin.query("DROP DATABASE IF EXISTS sv_test_template WITH (FORCE)");
  await admin.query("CREATE DATABASE sv_test_template");
  migrate(pgUrlFor("sv_test_template"));
  for (let w = 0; w <= 4; w++) {
    const name = `sv_test_${w}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE sv_test_template`);
  }
  await admin.end();
}
