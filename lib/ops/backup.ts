// Backups: SQLite through its online backup API (consistent while the app runs), PostgreSQL
// through pg_dump's custom format. Restore replaces the database's contents with the backup's.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { providerOf } from "@/lib/db/provider";

const sqlitePath = (url: string) => url.replace(/^file:/, "");

export function defaultBackupFile(url: string, dir = "data/backups"): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return path.join(dir, `stackverdict-${stamp}.${providerOf(url) === "sqlite" ? "db" : "pgdump"}`);
}

export async function backupDatabase(url: string, file: string): Promise<string> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (providerOf(url) === "sqlite") {
    const db = new Database(sqlitePath(url), { fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  } else {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", url], {
      stdio: ["ignore", "ignore", "pipe"],
    });
  }
  return file;
}

/** Replaces the database's contents with the backup. Stop the app first on SQLite. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  if (providerOf(url) === "sqlite") {
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(sqlitePath(url));
    } finally {
      source.close();
    }
  } else {
    await restorePostgres(url, file);
  }
}

// Every schema the database holds is dropped and the backup's recreated, in one transaction with the restore,
// so a failed restore leaves the database as it was. "pg_restore --clean" cannot be used: it drops objects one
// by one and fails on the job queue's partitioned tables (their partitions' keys are inherited and cannot be
// dropped on their own). The public schema is recreated because pg_dump does not dump it.
const DROP_EVERY_SCHEMA = `DO $drop$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $drop$; CREATE SCHEMA public;`;

/** pg_restore writes the backup as SQL into psql, which runs it after the drop as one transaction. */
function restorePostgres(url: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const dump = spawn("pg_restore", ["--no-owner", "--file", "-", file], { stdio: ["ignore", "pipe", "pipe"] });
    const psql = spawn(
      "psql",
      [
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "--single-transaction",
        "--dbname",
        url,
        "-c",
        DROP_EVERY_SCHEMA,
        "-f",
        "-",
      ],
      { stdio: ["pipe", "ignore", "pipe"] },
    );
    dump.stdout.pipe(psql.stdin);
    const errors: string[] = [];
    dump.stderr.on("data", (d: Buffer) => errors.push(d.toString()));
    psql.stderr.on("data", (d: Buffer) => errors.push(d.toString()));
    let dumpCode: number | null = null;
    dump.on("close", (code) => (dumpCode = code));
    dump.on("error", reject);
    psql.on("error", reject);
    psql.on("close", (code) => {
      if (code === 0 && dumpCode === 0) resolve();
      else
        reject(
          new Error(
            `Restore failed, the database is unchanged: ${errors.join("").trim() || `pg_restore exit ${dumpCode}, psql exit ${code}`}`,
          ),
        );
    });
  });
}
