// What the HTTP benchmarks share (bench:public, bench:peers): a production build of the app kept in
// its own folder, rebuilt only when the source is newer, and the benchmark database (the demo
// content plus generated claims).
import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@/lib/db/client";
import { seed } from "../prisma/seed";
import { generateClaims } from "./bench-public-data";

export const ROOT = path.resolve(__dirname, "..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds into `distDir` unless a build there is newer than the source (BENCH_REBUILD forces one). */
export function buildIfNeeded(distDir: string, env: NodeJS.ProcessEnv): void {
  // Written only after a build succeeded: a failed build leaves a BUILD_ID but not this.
  const marker = path.join(ROOT, distDir, "BENCH_BUILD_OK");
  const sourceTime = Math.max(
    ...["app", "lib", "components"].map((d) => newestSource(path.join(ROOT, d))),
    statSync(path.join(ROOT, "package-lock.json")).mtimeMs,
  );
  if (existsSync(marker) && statSync(marker).mtimeMs > sourceTime && !process.env.BENCH_REBUILD) {
    console.log(`Build ${distDir} is up to date.`);
    return;
  }
  console.log(`Building into ${distDir} (next build)…`);
  // next build with a custom distDir adds its types folder to tsconfig.json: put the file back.
  const tsconfig = readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } finally {
    writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
  }
  writeFileSync(marker, new Date().toISOString());
}

/** A fresh SQLite file with the demo content and `claims` generated claims; returns a verified demo claim's slug. */
export async function prepareBenchDatabase(file: string, env: NodeJS.ProcessEnv, claims: number): Promise<string> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: `file:${file}`, MIGRATE_QUIET: "1" },
    stdio: "inherit",
  });
  const db = createClient(`file:${file}`);
  try {
    const log = console.log;
    console.log = () => {}; // the seed's own summary
    try {
      await seed(db);
    } finally {
      console.log = log;
    }
    const t0 = Date.now();
    await generateClaims(db, claims);
    console.log(`Database: demo content + ${claims} generated claims (${Date.now() - t0} ms).`);
    const claim = await db.claim.findFirstOrThrow({
      where: { status: "VERIFIED", citations: { some: {} }, slug: { not: { startsWith: "bench-" } } },
      orderBy: { slug: "asc" },
      select: { slug: true },
    });
    return claim.slug;
  } finally {
    await db.$disconnect();
  }
}

/** Waits until `url` answers below 500. */
export async function waitFor(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${seconds} s.`);
}

/**
 * The servers a benchmark started, each in its own process group (a server and its workers): stopped
 * together when the benchmark ends or is interrupted.
 */
export function processGroups(): { track: (child: ChildProcess) => ChildProcess; stopAll: () => void } {
  const started: ChildProcess[] = [];
  const stopAll = (): void => {
    for (const child of started) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.on("SIGINT", () => {
    stopAll();
    process.exit(130);
  });
  return { track: (child) => (started.push(child), child), stopAll };
}
