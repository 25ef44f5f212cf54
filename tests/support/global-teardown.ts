// Drops this run's PostgreSQL databases and SQLite files.
import { rmSync } from "node:fs";
import { Client } from "pg";
import { pgDatabaseName, postgresBaseUrl, testDir } from "./databases";
import { WORKER_SLOTS } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
  rmSync(testDir(), { recursive: true, force: true });
  const base = postgresBaseUrl();
  if (!base) return;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  for (const w of ["template", ...Array.from({ length: WORKER_SLOTS + 1 }, (_, i) => String(i))]) {
    await admin.query(`DROP DATABASE IF EXISTS ${pgDatabaseName(w)} WITH (FORCE)`);
  }
  await admin.end();
}
