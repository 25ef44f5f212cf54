// The public claim list's data access alone (lib/public/claim-list.ts), in one process, interleaved
// rounds: `npm run bench:claim-list`. On the bench:public database (demo + 10,000 generated claims;
// made if missing), CPU ms per call (process.cpuUsage, robust to a busy machine) of
//   - the same SQL through Prisma's $queryRaw (a client without the lean reader),
//   - the lean read path (lib/db/lean.ts) counting on every call (as in scripts and tests),
//   - the lean read path with the count kept, as the server runs it (NEXT_RUNTIME set, app client).
// Checks that the three give the same page and total. BENCH_CALLS (default 200) per round, 5 rounds.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { prepareBenchDatabase, ROOT } from "./bench-next";

const DB_FILE = path.join(ROOT, "data", "bench-public.db");
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const ROUNDS = 5;

async function cpuPerCall(fn: () => Promise<unknown>): Promise<number> {
  const since = process.cpuUsage();
  for (let i = 0; i < CALLS; i++) await fn();
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000 / CALLS;
}

async function main(): Promise<void> {
  const url = `file:${DB_FILE}`;
  if (!existsSync(DB_FILE)) await prepareBenchDatabase(DB_FILE, { ...process.env, DATABASE_URL: url }, 10_000);
  // The count is kept only inside the server, for the app's own client (claim-list.ts: countOf).
  process.env.DATABASE_URL = url;
  process.env.NEXT_RUNTIME = "nodejs";
  const { createClient, getDb } = await import("@/lib/db/client");
  const { listPublicClaims } = await import("@/lib/public/claim-list");
  const variants: Array<[string, Db]> = [
    ["same SQL through Prisma $queryRaw", createClient(url, { lean: false })],
    ["lean, count on every call", createClient(url)],
    ["lean, count kept (the server)", getDb()],
  ];
  const answers = await Promise.all(variants.map(([, db]) => listPublicClaims(db, {}, 5, 20)));
  const same = answers.every((a) => JSON.stringify(a) === JSON.stringify(answers[0]));
  const figures = variants.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, db]] of variants.entries())
      figures[i].push(await cpuPerCall(() => listPublicClaims(db, {}, 5, 20)));
  }
  console.log(
    `/api/v1/claims?page=5's data (${answers[0].total} public claims), ${ROUNDS} rounds of ${CALLS} calls, CPU ms per call:`,
  );
  for (const [i, [label]] of variants.entries()) {
    const sorted = [...figures[i]].sort((a, b) => a - b);
    console.log(
      `  ${label.padEnd(36)} median ${sorted[ROUNDS >> 1].toFixed(3)}  (min ${sorted[0].toFixed(3)}, max ${sorted[ROUNDS - 1].toFixed(3)})`,
    );
  }
  console.log(`  same page and total from all three: ${same ? "yes" : "NO"}`);
  if (!same) process.exitCode = 1;
  await Promise.all(variants.map(([, db]) => db.$disconnect()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
