// Applies committed migrations to DATABASE_URL (SQLite by default): `prisma migrate deploy`
// through prisma.config.ts, which picks the provider's schema and migrations folder.
// scripts/prisma is the CLI without its known noise (errors pass through).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient } from "../lib/db/client";
import { databaseUrl, providerOf } from "../lib/db/provider";
import { refreshStatisticsAt } from "../lib/db/statistics";

export function migrate(url: string = databaseUrl()): void {
  if (providerOf(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  execFileSync(path.resolve(__dirname, "prisma"), ["migrate", "deploy"], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: process.env.MIGRATE_QUIET ? "pipe" : "inherit",
  });
  if (providerOf(url) === "sqlite") {
    // WAL lets readers (public pages) go on while an editor writes; it is stored in the file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require("better-sqlite3") as typeof import("better-sqlite3");
    const db = new Database(url.replace(/^file:/, ""));
    db.pragma("journal_mode = WAL");
    db.close();
  }
}

/**
 * Migrations add indexes the planner knows nothing about until statistics are taken: without
 * them SQLite may sort a 100,000-claim list in a temporary B-tree next to the index made for it.
 */
export function analyze(url: string = databaseUrl()): Promise<void> {
  return refreshStatisticsAt(url, createClient);
}

if (require.main === module) {
  migrate();
  analyze().catch((error: unknown) => {
    console.error("Statistics were not refreshed:", error);
    process.exitCode = 1;
  });
}
