// npm run bench:search [-- --claims=100000 --runs=30 --only=sqlite|postgresql --keep]
// Public search (lib/search) over a generated site of `claims` claims (default 100,000; 80 % public),
// 40 technologies, 1,000 sources citing them (so ~hundreds of comparisons), 20 use cases with
// published verdicts and 2,000 teams' decisions, on a fresh SQLite file and on a fresh PostgreSQL
// database (BENCH_POSTGRES_URL, else TEST_POSTGRES_URL, else 127.0.0.1:5432; skipped when unreachable).
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
import { seededRandom } from "./seeded-random";

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

const TECHS = [
  "Django",
  "FastAPI",
  "Flask",
  "Express",
  "Laravel",
  "Ruby on Rails",
  "Next.js",
  "Spring Boot",
  "ASP.NET Core",
  "Phoenix",
  "Gin",
  "Echo",
  "Fiber",
  "NestJS",
  "Koa",
  "Hapi",
  "Sinatra",
  "Symfony",
  "Quarkus",
  "Micronaut",
  "Actix Web",
  "Axum",
  "Rocket",
  "Ktor",
  "Vapor",
  "Remix",
  "Nuxt",
  "SvelteKit",
  "Astro",
  "Gatsby",
  "Hono",
  "Elysia",
  "Fastify",
  "AdonisJS",
  "Play Framework",
  "Vert.x",
  "Tornado",
  "Sanic",
  "Starlette",
  "Litestar",
];
const FEATURES = [
  "admin",
  "ORM",
  "migrations",
  "authentication",
  "OpenAPI",
  "WebSockets",
  "background jobs",
  "caching",
];
const USE_CASES = Array.from(
  { length: 20 },
  (_, i) =>
    ["Back-office tool", "Public API", "Realtime chat", "Content site", "Internal dashboard"][i % 5] +
    (i < 5 ? "" : ` ${Math.floor(i / 5) + 1}`),
);
const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

type Row = Record<string, string | number | null>;
type Tables = Array<[string, Row[]]>;

/** The whole site as rows, the same on every run (seeded). */
// Every generated row carries the same updatedAt.
const NOW = new Date("2026-06-01T00:00:00Z").toISOString();

function generate(): Tables {
  const random = seededRandom(7);
  const technologies = TECHS.map((name, i) => ({
    id: `t${i}`,
    slug: slugOf(name),
    name,
    aliases: "[]",
    description: `${name} is a web framework.`,
    updatedAt: NOW,
  }));
  const useCases = USE_CASES.map((name, i) => ({
    id: `u${i}`,
    slug: slugOf(name),
    name,
    description: `Choosing a framework for: ${name.toLowerCase()}.`,
    updatedAt: NOW,
  }));
  // Articles first: they draw from `random` before the claims, as the figures in README were generated.
  const articles = generateArticles(random);
  const { claims, links, citations } = generateClaims(random);
  const verdicts = useCases.map((u, i) => ({
    id: `v${i}`,
    slug: `verdict-${i}`,
    useCaseId: u.id,
    title: `${TECHS[i % TECHS.length]} for ${u.name.toLowerCase()}`,
    summary: `Pick ${TECHS[i % TECHS.length]}.`,
    rationale: "The evidence leans this way.",
    status: "PUBLISHED",
    publishedAt: NOW,
    updatedAt: NOW,
  }));
  const recommended = verdicts.map((v, i) => ({ A: `t${i % TECHS.length}`, B: v.id }));
  const { decisions, chosen } = generateDecisions();
  return [
    ["Technology", technologies],
    ["UseCase", useCases],
    ["Article", articles],
    ["Claim", claims],
    ["_ClaimToTechnology", links],
    ["Citation", citations],
    ["Verdict", verdicts],
    ["_VerdictRecommendation", recommended],
    ["Team", [{ id: "team0", slug: "team", name: "Team", updatedAt: NOW }]],
    ["Decision", decisions],
    ["_DecisionChosen", chosen],
  ];
}

/** 1,000 markdown articles comparing two frameworks, each a table and sentences repeated to ~2 KB. */
function generateArticles(random: () => number): Row[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const articles: Row[] = [];
  for (let i = 0; i < 1000; i++) {
    const a = pick(TECHS),
      b = pick(TECHS);
    const text =
      `# ${a} vs ${b}: notes ${i}\n\n## Results\n\n| Framework | req/s |\n|---|---|\n| ${a} | ${1000 + i} |\n\n${a} served ${2000 + i} requests per second. ${b} has a built-in admin. `.repeat(
        8,
      );
    articles.push({
      id: `a${i}`,
      slug: `notes-${i}`,
      title: `${a} vs ${b}: notes ${i}`,
      format: "MARKDOWN",
      rawContent: text,
      text,
      tags: "[]",
      comments: "[]",
      warnings: "[]",
      contentHash: `h${i}`,
      updatedAt: NOW,
    });
  }
  return articles;
}

/** CLAIMS claims of five shapes (throughput, latency, feature, recommendation, memory), mostly verified, each cited once. */
function generateClaims(random: () => number): { claims: Row[]; links: Row[]; citations: Row[] } {
  const claims: Row[] = [];
  const links: Row[] = [];
  const citations: Row[] = [];
  for (let i = 0; i < CLAIMS; i++) {
    const t = Math.floor(random() * TECHS.length);
    const name = TECHS[t];
    const shape = i % 5;
    const [statement, kind, metric, unit] =
      shape === 0
        ? [
            `${name} served ${1000 + (i % 30000)} requests per second on ${1 + (i % 16)} workers.`,
            "PERFORMANCE",
            "throughput",
            "req/s",
          ]
        : shape === 1
          ? [
              `${name} answered in ${5 + (i % 200)} ms at p99 with ${10 + (i % 500)} concurrent connections.`,
              "PERFORMANCE",
              "latency",
              "ms",
            ]
          : shape === 2
            ? [`${name} has built-in ${FEATURES[i % FEATURES.length]} support.`, "FEATURE", null, null]
            : shape === 3
              ? [
                  `Use ${name} for ${USE_CASES[i % USE_CASES.length].toLowerCase()} when the team knows it.`,
                  "RECOMMENDATION",
                  null,
                  null,
                ]
              : [`${name} used ${50 + (i % 900)} MB of RAM when idle.`, "PERFORMANCE", "memory", "MB"];
    const r = random();
    const status = r < 0.8 ? "VERIFIED" : r < 0.9 ? "DISPUTED" : r < 0.95 ? "CANDIDATE" : "DRAFT";
    claims.push({
      id: `c${i}`,
      slug: `claim-${i}`,
      statement,
      kind,
      topic: kind === "FEATURE" ? slugOf(FEATURES[i % FEATURES.length]) : null,
      metric,
      value: metric ? 1000 + (i % 30000) : null,
      unit,
      conditions: "{}",
      status,
      updatedAt: NOW,
    });
    links.push({ A: `c${i}`, B: `t${t}` });
    citations.push({
      id: `ct${i}`,
      claimId: `c${i}`,
      articleId: `a${i % 1000}`,
      quote: statement,
      start: 0,
      end: statement.length,
      updatedAt: NOW,
    });
  }
  return { claims, links, citations };
}

/** 2,000 accepted decisions of one team, half public, each choosing one framework. */
function generateDecisions(): { decisions: Row[]; chosen: Row[] } {
  const decisions: Row[] = [];
  const chosen: Row[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = i % TECHS.length;
    decisions.push({
      id: `d${i}`,
      slug: `decision-${i}`,
      teamId: "team0",
      title: `Use ${TECHS[t]} for service ${i}`,
      status: "ACCEPTED",
      date: NOW,
      context: `Service ${i} needed a framework.`,
      drivers: "[]",
      options: "[]",
      chosenOption: TECHS[t],
      rationale: "It fits the team.",
      visibility: i % 2 ? "PUBLIC" : "TEAM",
      updatedAt: NOW,
    });
    chosen.push({ A: `d${i}`, B: `t${t}` });
  }
  return { decisions, chosen };
}

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
  // Triggers off for this load (superuser session): the comparison tallies' row triggers recount each
  // claim, and within one transaction every recount updates the same few tally rows again, each update
  // walking all the versions the transaction left before it (the load ran over an hour). Search reads
  // no tally; the full-text columns are generated columns, which are computed without triggers.
  await client.query("SET session_replication_role = replica");
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
  const tables = generate();
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
  if (ONLY !== "sqlite") {
    const base =
      process.env.BENCH_POSTGRES_URL ||
      process.env.TEST_POSTGRES_URL ||
      "postgresql://postgres@127.0.0.1:5432/postgres";
    const admin = new Client({ connectionString: base });
    try {
      await admin.connect();
    } catch (error) {
      console.log(`postgresql: skipped, ${base} unreachable (${(error as Error).message})`);
      return;
    }
    const name = KEEP ? `sv_bench_search_${CLAIMS}` : `sv_bench_search_${process.pid}`;
    const url = new URL(base);
    url.pathname = `/${name}`;
    const seeded = KEEP && (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    if (!seeded) await admin.query(`CREATE DATABASE ${name}`);
    try {
      migrate(url.toString());
      if (seeded) {
        await analyzed(url.toString(), "postgresql");
        console.log(`postgresql: reusing database ${name}`);
      } else {
        t = performance.now();
        await loadPostgres(url.toString(), tables);
        console.log(`postgresql: loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
      await measure("postgresql", url.toString());
    } finally {
      if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
