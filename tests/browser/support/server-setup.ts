// Builds the app (unless BROWSER_TEST_SKIP_BUILD=1 and a build exists) while a fresh database is
// migrated and seeded, keeps a copy of that seeded database for the journeys that start servers of
// their own (SEEDED_DB_FILE), starts the production server and waits until it answers.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BASE_URL, DB_FILE, DIST_DIR, PID_FILE, ROOT, SCREENSHOTS, SEEDED_DB_FILE, serverEnv } from "./server";

/** Runs a command to its end, its output passed through; rejects when it fails. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = serverEnv()): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")}: exit ${code}`))));
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function migrateAndSeed(): Promise<void> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
  await run("npx", ["tsx", "scripts/migrate.ts"]);
  await run("npx", ["tsx", "prisma/seed.ts"]);
  // Everything into the one file first (WAL checkpoint), so that a copy of it is the whole database.
  const db = new Database(DB_FILE);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  copyFileSync(DB_FILE, SEEDED_DB_FILE);
}

function build(): Promise<void> {
  if (process.env.BROWSER_TEST_SKIP_BUILD && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")))
    return Promise.resolve();
  // `npm test` type-checks the whole project (route types included, `next typegen`) before these
  // journeys and says so with SV_TYPECHECKED=1: the build then skips its own, identical, check.
  const env = { ...serverEnv(), NEXT_BUILD_SKIP_TYPECHECK: process.env.SV_TYPECHECKED === "1" ? "1" : "" };
  return run("npx", ["next", "build"], env);
}

export default async function setup(): Promise<void> {
  // A server left over on the port would answer in place of this build and database.
  if (await answers(BASE_URL))
    throw new Error(`Something already listens on ${BASE_URL}: stop it (or set BROWSER_TEST_PORT).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The seed runs mostly on one core; the build's compile and type-check leave room beside it.
  await Promise.all([migrateAndSeed(), build()]);
  // The production server as `npm start` runs it: Next.js behind the public page cache.
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/server.ts"], {
    cwd: ROOT,
    env: serverEnv(),
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  writeFileSync(PID_FILE, String(server.pid));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE_URL}/login`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The app did not start on ${BASE_URL} within 60 s.`);
}
