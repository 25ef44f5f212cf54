// npm run bench:import [-- --n=1000 (or --docs=1000) --existing=100000 --runs=1 --profile]
// Imports N generated ~5 KB documents (mixed formats) into a fresh SQLite database that already holds
// `existing` claims, and prints documents/s, claims/s, p95 per document and the matching cost.
// --runs=K repeats the import on K fresh databases and prints the min and median (the CPU is shared).
// --profile adds where a document's time goes: parsing and extraction (timed in a separate pure
// pass), matching, and every database operation (count and time per document, through a client
// extension, so the import itself runs a little slower in this mode).
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { SYSTEM } from "@/lib/auth/roles";
import { createClient, type Db } from "@/lib/db/client";
import { extractClaims } from "@/lib/extract";
import { parseDocument } from "@/lib/import";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { importFiles, loadImportContext } from "@/lib/import/service";
import { threadCpuMs } from "@/lib/import/thread-cpu";
import { seedCatalog } from "@/prisma/seed/catalog";
import { document } from "./bench-documents";
import { migrate } from "./migrate";

const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const N = arg("n", arg("docs", 1000));
const EXISTING = arg("existing", 100_000);
const RUNS = Math.max(1, arg("runs", 1));
const PROFILE = process.argv.includes("--profile");
const SLUGS = ["django", "fastapi", "flask", "express", "laravel", "rails", "nextjs"];
const FEATURES = ["admin", "orm", "migrations", "authentication", "openapi", "websockets", "background-jobs"];

function seedExistingClaims(file: string, techIds: Record<string, string>): void {
  const db = new Database(file);
  const insert = db.prepare(
    `INSERT INTO "Claim" (id, slug, statement, normalized, kind, topic, metric, value, unit, conditions, status, "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VERIFIED', ?)`,
  );
  const link = db.prepare(`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES (?, ?)`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < EXISTING; i++) {
      const t = SLUGS[i % SLUGS.length];
      const id = `bench${i}`;
      const kind = i % 3;
      if (kind === 0)
        insert.run(
          id,
          id,
          `${t} claim ${i}`,
          `${t} claim ${i}`,
          "PERFORMANCE",
          "performance",
          "throughput",
          1000 + (i % 30000),
          "req/s",
          JSON.stringify({ endpoint: "hello-world", hardware: `${1 + (i % 16)}-vcpu vm` }),
          now,
        );
      else if (kind === 1)
        insert.run(
          id,
          id,
          `${t} feature ${i}`,
          `${t} feature ${i}`,
          "FEATURE",
          FEATURES[i % FEATURES.length] + (i % 50),
          null,
          null,
          null,
          JSON.stringify({ support: "built-in" }),
          now,
        );
      else
        insert.run(
          id,
          id,
          `Use ${t} when case ${i}`,
          `use ${t} when case ${i}`,
          "RECOMMENDATION",
          `case-${i}`,
          null,
          null,
          null,
          "{}",
          now,
        );
      link.run(id, techIds[t]);
    }
  })();
  db.close();
}

/** Time and count per database operation ("claim.createManyAndReturn", "$executeRaw", …). */
type OperationTimes = Map<string, { count: number; ms: number }>;

function timed(db: Db, times: OperationTimes): Db {
  return db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const start = performance.now();
        try {
          return await query(args);
        } finally {
          const key = model ? `${model[0].toLowerCase()}${model.slice(1)}.${operation}` : operation;
          const entry = times.get(key) ?? { count: 0, ms: 0 };
          entry.count++;
          entry.ms += performance.now() - start;
          times.set(key, entry);
        }
      },
    },
  }) as unknown as Db;
}

const mainNote = (main: number | null): string => (main === null ? "" : ` (main thread ${main.toFixed(1)})`);
const ms = (n: number): string => n.toFixed(2).padStart(6);

/** Parsing and extraction on their own: pure functions, so a separate pass measures them without the database. */
function pureStages(
  docs: Array<{ filename: string; text: string }>,
  resolver: Parameters<typeof extractClaims>[1],
): { parse: number; extract: number } {
  let parse = 0;
  let extract = 0;
  for (const d of docs) {
    let t = performance.now();
    const doc = parseDocument(d);
    parse += performance.now() - t;
    t = performance.now();
    extractClaims(doc.text, resolver);
    extract += performance.now() - t;
  }
  return { parse: parse / docs.length, extract: extract / docs.length };
}

interface RunResult {
  docsPerS: number;
  claimsPerS: number;
  p95: number;
  cpuMsPerDoc: number;
  /** CPU of the main thread alone (matching and writing; null off Linux): the rest is the readers (and V8's helpers). */
  mainMsPerDoc: number | null;
}

async function run(n: number, docs: Array<{ filename: string; text: string }>): Promise<RunResult> {
  const file = path.resolve("data", `bench-import-${process.pid}-${n}.db`);
  const url = `file:${file}`;
  process.env.MIGRATE_QUIET = "1";
  migrate(url);
  const plain = createClient(url);
  const times: OperationTimes = new Map();
  const db = PROFILE ? timed(plain, times) : plain;
  try {
    const { technologies } = await seedCatalog(plain, SYSTEM);
    let t = performance.now();
    seedExistingClaims(file, technologies);
    if (n === 0) console.log(`seeded ${EXISTING} existing claims in ${Math.round(performance.now() - t)} ms`);
    t = performance.now();
    const context = await loadImportContext(plain);
    const indexMs = performance.now() - t;
    times.clear();
    const perDoc: number[] = [];
    let last = performance.now();
    t = last;
    const cpu = process.cpuUsage();
    const mainCpu = threadCpuMs(process.pid);
    const report = await importFiles(db, SYSTEM, docs, {
      context,
      onProgress: () => {
        const now = performance.now();
        perDoc.push(now - last);
        last = now;
      },
    });
    const totalMs = performance.now() - t;
    const cpuUsed = process.cpuUsage(cpu);
    // CPU time (user + system) of this process: what the import costs whatever else the machine runs.
    const cpuMsPerDoc = (cpuUsed.user + cpuUsed.system) / 1000 / N;
    const mainEnd = threadCpuMs(process.pid);
    const mainMsPerDoc = mainCpu === null || mainEnd === null ? null : (mainEnd - mainCpu) / N;
    const total = totalMs / 1000;
    const claims = report.articles.reduce((k, a) => k + a.claims.length, 0);
    const matched = report.articles.reduce((k, a) => k + a.claims.filter((c) => c.matches).length, 0);
    const sorted = perDoc.slice().sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    const result = { docsPerS: N / total, claimsPerS: claims / total, p95, cpuMsPerDoc, mainMsPerDoc };
    if (RUNS > 1)
      console.log(
        `run ${n + 1}: ${result.docsPerS.toFixed(1)} documents/s, ${result.claimsPerS.toFixed(0)} claims/s, p95 ${p95.toFixed(1)} ms, ${cpuMsPerDoc.toFixed(1)} ms CPU per document${mainNote(mainMsPerDoc)}`,
      );
    if (n > 0) return result;
    const avgKb = docs.reduce((k, d) => k + d.text.length, 0) / N / 1024;
    console.log(
      `documents: ${N} (avg ${avgKb.toFixed(1)} KB, formats md/bookmark/html/web page), errors: ${report.errors.length}${report.errors[0] ? ` (${report.errors[0].message})` : ""}`,
    );
    console.log(
      `index of ${EXISTING} claims built once in ${Math.round(indexMs)} ms (not counted below); then updated per document, ${context.index.size} claims at the end`,
    );
    const maxNote = context.index.maxComparisons ? `, max ${context.index.maxComparisons}` : "";
    console.log(
      `matching: ${((context.index.matchMs * 1000) / claims).toFixed(1)} µs and ${(context.index.comparisons / claims).toFixed(1)} comparisons per candidate${maxNote} (no full scan)`,
    );
    console.log(
      `total ${total.toFixed(1)} s for the documents (${claims} candidates, ${matched} matched existing claims, ${report.contradictions.length} contradictions proposed)`,
    );
    if (PROFILE) {
      const pure = pureStages(docs, context.resolver);
      console.log(`\nper document (ms, mean over ${N}; total ${ms(totalMs / N)} ms in this mode):`);
      console.log(`  parse                  ${ms(pure.parse)}   (separate pure pass)`);
      console.log(`  extract                ${ms(pure.extract)}   (separate pure pass)`);
      console.log(`  match                  ${ms(context.index.matchMs / N)}`);
      let dbMs = 0;
      for (const [key, v] of [...times].sort((a, b) => b[1].ms - a[1].ms)) {
        dbMs += v.ms;
        console.log(`  ${key.padEnd(30)}${ms(v.ms / N)}   ${(v.count / N).toFixed(2)} calls`);
      }
      const rest = totalMs / N - pure.parse - pure.extract - context.index.matchMs / N - dbMs / N;
      console.log(`  rest (begin/commit, building rows and revisions, reports) ${ms(rest)}\n`);
    }
    return result;
  } finally {
    await plain.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
}

async function main(): Promise<void> {
  const docs = Array.from({ length: N }, (_, i) => document(i));
  const results: RunResult[] = [];
  for (let n = 0; n < RUNS; n++) results.push(await run(n, docs));
  // Throughput: min and median over the runs (and max); p95: its median.
  const stat = (pick: (r: RunResult) => number): { min: number; median: number; max: number } => {
    const xs = results.map(pick).sort((a, b) => a - b);
    const median = xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
    return { min: xs[0], median, max: xs[xs.length - 1] };
  };
  const d = stat((r) => r.docsPerS);
  const c = stat((r) => r.claimsPerS);
  const p = stat((r) => r.p95);
  const u = stat((r) => r.cpuMsPerDoc);
  const mains = results.flatMap((r) => (r.mainMsPerDoc === null ? [] : [r.mainMsPerDoc]));
  const main = mains.length ? Math.min(...mains) : null;
  // CPU per document does not depend on what else the shared machine runs: 1000 / it is the rate on an idle core.
  const cpuNote = `CPU ${u.min.toFixed(1)} ms per document${mainNote(main)} (${(1000 / u.min).toFixed(0)} documents/s of CPU)`;
  if (RUNS === 1)
    console.log(
      `${d.median.toFixed(1)} documents/s, ${c.median.toFixed(0)} claims/s, p95 ${p.median.toFixed(1)} ms per document; ${cpuNote}`,
    );
  else
    console.log(
      `over ${RUNS} runs: documents/s min ${d.min.toFixed(1)}, median ${d.median.toFixed(1)}, max ${d.max.toFixed(1)}; claims/s min ${c.min.toFixed(0)}, median ${c.median.toFixed(0)}; p95 median ${p.median.toFixed(1)} ms per document; ${cpuNote}, median ${u.median.toFixed(1)} ms`,
    );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeReaderPool());
