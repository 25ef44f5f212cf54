// npm run bench:tallies [-- --sizes=1000,5000,20000 --triggers=row,statement --row-max=5000]
// The comparison tallies on PostgreSQL under bulk writes: how long ONE transaction takes that publishes
// N claims (status CANDIDATE → VERIFIED in one statement; the tallies' triggers recount every one), for
// each size in `sizes`. The cost should grow about linearly with N: a time per 1,000 claims is printed.
// `triggers`: `statement` is the database as migrated (statement-level triggers, one set-based recount
// per statement); `row` is the same database with the earlier row-level triggers put back from their
// migrations (comparison_tallies, comparison_claim_row_lock), to compare within one run; it skips sizes
// above `row-max` (its time grows with the square of N: 20,000 claims would take ~16 times 5,000). Each mode gets
// a fresh database (scripts/scratch-db: BENCH_POSTGRES_URL, else TEST_POSTGRES_URL, else 127.0.0.1:5432) holding the sum of
// the sizes in unpublished claims (40 technologies, two per claim, 500 sources, one citation each).
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { scratchPostgres } from "./scratch-db";

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const SIZES = arg("sizes", "1000,5000,20000").split(",").map(Number);
const MODES = arg("triggers", "row,statement").split(",");
const ROW_MAX = Number(arg("row-max", "5000"));
const TECHNOLOGIES = 40;
const ARTICLES = 500;
const NOW = new Date("2026-06-01T00:00:00Z").toISOString();

/** Inserts rows in statements of at most ~30,000 parameters. */
async function insert(client: Client, table: string, rows: Array<Record<string, string | number>>): Promise<void> {
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

async function load(client: Client, claims: number): Promise<void> {
  await insert(
    client,
    "Technology",
    Array.from({ length: TECHNOLOGIES }, (_, i) => ({
      id: `t${i}`,
      slug: `tech-${i}`,
      name: `Tech ${i}`,
      aliases: "[]",
      updatedAt: NOW,
    })),
  );
  await insert(
    client,
    "Article",
    Array.from({ length: ARTICLES }, (_, i) => ({
      id: `a${i}`,
      slug: `source-${i}`,
      title: `Source ${i}`,
      format: "MARKDOWN",
      rawContent: "x",
      text: "x",
      tags: "[]",
      comments: "[]",
      warnings: "[]",
      contentHash: `h${i}`,
      updatedAt: NOW,
    })),
  );
  const ids = Array.from({ length: claims }, (_, i) => i);
  await insert(
    client,
    "Claim",
    ids.map((i) => ({
      id: `c${i}`,
      slug: `claim-${i}`,
      statement: `Claim ${i}`,
      kind: "FACT",
      conditions: "{}",
      status: "CANDIDATE",
      updatedAt: NOW,
    })),
  );
  await insert(
    client,
    "_ClaimToTechnology",
    ids.flatMap((i) =>
      [
        { A: `c${i}`, B: `t${i % TECHNOLOGIES}` },
        { A: `c${i}`, B: `t${(i * 7 + 1) % TECHNOLOGIES}` },
      ].filter((l, k, all) => k === 0 || l.B !== all[0].B),
    ),
  );
  await insert(
    client,
    "Citation",
    ids.map((i) => ({
      id: `ct${i}`,
      claimId: `c${i}`,
      articleId: `a${(i * 13) % ARTICLES}`,
      quote: "q",
      start: 0,
      end: 1,
      updatedAt: NOW,
    })),
  );
}

/** The row-level triggers as the two earlier migrations left them, in place of the statement-level ones. */
async function rowTriggers(client: Client): Promise<void> {
  const migrations = path.resolve(__dirname, "../prisma/migrations/postgresql");
  const read = (name: string): string[] =>
    readFileSync(path.join(migrations, name, "migration.sql"), "utf8")
      .split(";")
      .map((s) => s.replace(/^(\s*--[^\n]*\n)*/, "").trim());
  const statements = [...read("20261204195458_comparison_tallies"), ...read("20261205081000_comparison_claim_row_lock")]
    .filter((s) => /^CREATE (OR REPLACE )?FUNCTION sv_comparison|^CREATE TRIGGER/.test(s))
    .map((s) => s.replace(/^CREATE FUNCTION/, "CREATE OR REPLACE FUNCTION"));
  const { rows } = await client.query<{ name: string; table: string }>(
    `SELECT t.tgname AS name, c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgname LIKE '%comparison%'`,
  );
  for (const t of rows) await client.query(`DROP TRIGGER "${t.name}" ON "${t.table}"`);
  for (const s of statements) await client.query(s);
}

async function measure(url: string, mode: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (mode === "row") await rowTriggers(client);
    let t = performance.now();
    await load(
      client,
      SIZES.reduce((a, b) => a + b, 0),
    );
    await client.query("VACUUM ANALYZE");
    console.log(
      `${mode}-level triggers: ${SIZES.reduce((a, b) => a + b, 0)} unpublished claims loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    let from = 0;
    for (const size of SIZES) {
      if (mode === "row" && size > ROW_MAX) {
        console.log(
          `  one transaction publishing ${String(size).padStart(6)} claims: skipped (above --row-max=${ROW_MAX})`,
        );
        continue;
      }
      const ids = Array.from({ length: size }, (_, i) => `c${from + i}`);
      from += size;
      t = performance.now();
      await client.query("BEGIN");
      await client.query(`UPDATE "Claim" SET "status" = 'VERIFIED' WHERE "id" = ANY($1)`, [ids]);
      await client.query("COMMIT");
      const ms = performance.now() - t;
      console.log(
        `  one transaction publishing ${String(size).padStart(6)} claims: ${(ms / 1000).toFixed(2).padStart(8)} s  (${(ms / (size / 1000)).toFixed(0).padStart(6)} ms per 1,000)`,
      );
    }
    const counted = await client.query<{ n: string }>(`SELECT sum("claims") AS n FROM "ComparisonTechnology"`);
    console.log(
      `  technology tallies sum to ${counted.rows[0].n} (2 per published claim but for claims whose two technologies coincide)`,
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  process.env.MIGRATE_QUIET = "1";
  console.log(
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} cores`,
  );
  for (const mode of MODES) {
    const database = await scratchPostgres(`sv_bench_tallies_${process.pid}_${mode}`);
    try {
      await measure(database.url, mode);
    } finally {
      await database.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
