// npm run bench:search [-- --claims=100000 --runs=30 --only=sqlite|postgresql --keep]
// Public search (lib/search) over a generated site of `claims` claims (default 100,000; 80 % public),
// 40 technologies, 1,000 sources citing them (so ~hundreds of comparisons), 20 use cases with
// published verdicts and 2,000 teams' decisions, on a fresh SQLite file and on a fresh PostgreSQL
// database (scripts/scratch-db: BENCH_POSTGRES_URL, else TEST_POSTGRES_URL, else 127.0.0.1:5432; skipped when
// unreachable), loaded in one transaction with the comparison tallies' triggers on.
// Prints p50/p95/max per kind of query (word, phrase, typo, vs, no-match) and overall, after two
// warm-up rounds (the first search also loads the in-memory catalogue: its time is printed apart).
// Target: p95 < 30 ms on both databases.
// --keep: keep the seeded databases (a SQLite file under the OS temp folder, a PostgreSQL database named
// after the claim count) and reuse them on the next run with --keep (pending migrations are applied):
// seeding takes ~30 s per database, measuring a change to lib/search a few.
import { existsSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { createClient } from "@/lib/db/client";
import { refreshStatistics } from "@/lib/db/statistics";
import type { Provider } from "@/lib/db/provider";
import { search } from "@/lib/search";
import { migrate } from "./migrate";
import { postgresUnreachable, scratchPostgres } from "./scratch-db";
import { generate, type Tables } from "./bench-search-data";

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const CLAIMS = Number(arg("claims", "100000"));
const RUNS = Number(arg("runs", "30"));
const ONLY = arg("only", "");
const KEEP = process.argv.includes("--keep");

const QUERIES: Record<string, string[]> = {
  word: ["django", "admin", "latency", "throughput"],
  phrase: ['"requests per second"', '"built-in admin"'],
  typo: ["fastapy", "djnago"],
  vs: ["Django vs FastAPI", "laravel vs ruby on rails"],
  "no-match": ["zqxjkvw", "kubernetes operator"],
};

function loadSqlite(file: string, tables: Tables): void {
  const db = new Database(file);
  db.transaction(() => {
    for (const [table, rows] of tables) {
      const columns = Object.keys(rows[0]);
      const insert = db.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const row of rows) insert.run(...columns.map((c) => row[c]));
    }
  })();
  db.close();
}

async function loadPostgres(url: string, tables: Tables): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // With the comparison tallies' triggers on, as any bulk write runs: each statement's claims are
  // recounted at once (comparison_statement_triggers), each by key (comparison_recount_by_key).
  await client.query("BEGIN");
  for (const [table, rows] of tables) {
    const columns = Object.keys(rows[0]);
    const batch = Math.floor(30000 / columns.length);
    for (let at = 0; at < rows.length; at += batch) {
      const slice = rows.slice(at, at + batch);
      const values = slice
        .map((_, r) => `(${columns.map((_c, k) => `$${r * columns.length + k + 1}`).join(", ")})`)
        .join(", ");
      await client.query(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values}`,
        slice.flatMap((row) => columns.map((c) => row[c])),
      );
    }
  }
  await client.query("COMMIT");
  // As autovacuum leaves the tables after a bulk insert: statistics taken, and the GIN indexes'
  // pending lists (rows inserted since the index was built, scanned by every search) merged.
  await client.query("VACUUM ANALYZE");
  await client.end();
}

/** Planner statistics after the bulk load, as `npm run db:migrate` and the importer leave them. */
async function analyzed(url: string, provider: Provider): Promise<void> {
  const db = createClient(url);
  try {
    await refreshStatistics(db, provider);
  } finally {
    await db.$disconnect();
  }
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (n: number): string => n.toFixed(1).padStart(7);

async function measure(provider: Provider, url: string): Promise<void> {
  const db = createClient(url);
  try {
    let t = performance.now();
    await search({ q: "django" }, db, provider);
    console.log(
      `${provider}: first search (loads the catalogue of names and comparisons): ${(performance.now() - t).toFixed(0)} ms`,
    );
    const all: number[] = [];
    const allCpu: number[] = [];
    // Wall time, and this process's CPU time (on a shared machine the CPU time is the steadier figure;
    // for PostgreSQL it leaves out the server's share).
    console.log(`${provider}: ms per search, ${RUNS} runs of each query`);
    console.log(`  kind          p50     p95     max  cpu p50 cpu p95  results (first hit)`);
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const times: number[] = [];
      const cpu: number[] = [];
      let summary = "";
      for (const q of queries) {
        for (let w = 0; w < 2; w++) await search({ q }, db, provider);
        for (let r = 0; r < RUNS; r++) {
          t = performance.now();
          const used = process.cpuUsage();
          const result = await search({ q }, db, provider);
          times.push(performance.now() - t);
          const spent = process.cpuUsage(used);
          cpu.push((spent.user + spent.system) / 1000);
          if (r === 0)
            summary += ` ${JSON.stringify(q)}: ${result.total}${result.capped ? "+" : ""} (${result.hits[0]?.kind ?? "-"} ${result.hits[0]?.title.slice(0, 30) ?? ""})`;
        }
      }
      all.push(...times);
      allCpu.push(...cpu);
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      console.log(
        `  ${kind.padEnd(10)}${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(times[times.length - 1])} ${fmt(percentile(cpu, 50))} ${fmt(percentile(cpu, 95))}  ${summary}`,
      );
    }
    all.sort((a, b) => a - b);
    allCpu.sort((a, b) => a - b);
    const p95 = percentile(all, 95);
    console.log(
      `  ${"all".padEnd(10)}${fmt(percentile(all, 50))} ${fmt(p95)} ${fmt(all[all.length - 1])} ${fmt(percentile(allCpu, 50))} ${fmt(percentile(allCpu, 95))}  target p95 < 30 ms: ${p95 < 30 ? "met" : "NOT met"} (load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  process.env.MIGRATE_QUIET = "1";
  let t = performance.now();
  const tables = generate(CLAIMS);
  console.log(`generated ${CLAIMS} claims and the site around them in ${(performance.now() - t).toFixed(0)} ms`);
  if (ONLY !== "postgresql") {
    const file = KEEP
      ? path.join(tmpdir(), `sv-bench-search-${CLAIMS}.db`)
      : path.resolve("data", `bench-search-${process.pid}.db`);
    const seeded = KEEP && existsSync(file);
    try {
      migrate(`file:${file}`);
      if (seeded) console.log(`sqlite: reusing ${file}`);
      else {
        t = performance.now();
        loadSqlite(file, tables);
        await analyzed(`file:${file}`, "sqlite");
        console.log(`sqlite: loaded in ${((performance.now() - t) / 1000).toFixed(1)} s (${file})`);
      }
      await measure("sqlite", `file:${file}`);
    } finally {
      if (!KEEP) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    }
  }
  if (ONLY !== "sqlite") await onPostgres(tables);
}

async function onPostgres(tables: Tables): Promise<void> {
  const unreachable = await postgresUnreachable();
  if (unreachable) {
    console.log(`postgresql: skipped, ${unreachable}`);
    return;
  }
  const database = await scratchPostgres(KEEP ? `sv_bench_search_${CLAIMS}` : `sv_bench_search_${process.pid}`, {
    keep: KEEP,
  });
  try {
    if (database.reused) {
      await analyzed(database.url, "postgresql");
      console.log(`postgresql: reusing database ${database.name}`);
    } else {
      const t = performance.now();
      await loadPostgres(database.url, tables);
      console.log(`postgresql: loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await measure("postgresql", database.url);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
