// Builds the app (unless BROWSER_TEST_SKIP_BUILD=1 and a build exists), makes a fresh seeded
// database, starts the production server and waits until it answers.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BASE_URL, DB_FILE, DIST_DIR, PID_FILE, ROOT, SCREENSHOTS, serverEnv } from "./server";

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: ROOT, env: serverEnv(), stdio: "inherit" });

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

export default async function setup(): Promise<void> {
  // A server left over on the port would answer in place of this build and database.
  if (await answers(BASE_URL))
    throw new Error(`Something already listens on ${BASE_URL}: stop it (or set BROWSER_TEST_PORT).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(DB_FILE + suffix, { force: true });
  run("npx", ["tsx", "scripts/migrate.ts"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  if (!(process.env.BROWSER_TEST_SKIP_BUILD && existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")))) {
    run("npx", ["next", "build"]);
  }
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
