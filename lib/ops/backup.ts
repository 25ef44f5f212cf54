// Backups: SQLite through its online backup API (consistent while the app runs), PostgreSQL
// through pg_dump's custom format. Restore replaces the database's contents with the backup's.
import { execFileSync } from "node:child_process";
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
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", url], { stdio: ["ignore", "ignore", "pipe"] });
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
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", url, file], { stdio: ["ignore", "ignore", "pipe"] });
  }
}
