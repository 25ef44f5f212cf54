// Admin lists and the home page at scale: 100,000 generated claims (seeded PRNG, so every run
// lists the same data) on SQLite and on PostgreSQL, each admin list case timed as react-admin asks
// for it (listRecords with the query the data provider sends), p50 / p95 over BENCH_RUNS runs, and
// the home page's data load (listComparisons) cold and warm.
// Run: npm run bench:admin   (targets: every case p95 < 50 ms, first `/` data < 1 s)
// Options (environment): BENCH_CLAIMS (default 100000), BENCH_RUNS (default 30),
// BENCH_PROVIDERS (default "sqlite,postgresql"; PostgreSQL from TEST_POSTGRES_URL or 127.0.0.1:5432),
// BENCH_REUSE=1 (keep a database a previous run seeded with BENCH_CLAIMS claims: migrate it, refresh
// its statistics, skip the seeding), BENCH_HOME=0 (skip the home page's data), BENCH_PG_DATABASE
// (default sv_bench_admin: another name keeps a concurrent run's database apart).
// The home page's comparisons are read from tallies the database's triggers keep (lib/public/home.ts);
// it also times what those triggers add to a write (one claim unpublished and published again).
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/auth/roles";
import { createClient, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { refreshStatistics } from "@/lib/db/statistics";
import { Prisma } from "@/lib/generated/sqlite/client";
import { listComparisons } from "@/lib/public/home";
import { claims } from "@/lib/resources";
import { listRecords, type ListParams } from "@/lib/services/list";
import { migrate } from "./migrate";
import { BENCH_KINDS, BENCH_WORDS } from "./bench-vocabulary";
import { seededRandom } from "./seeded-random";

const COUNT = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 5;
const PROVIDERS = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",") as Provider[];
const REUSE = process.env.BENCH_REUSE === "1";
const HOME = process.env.BENCH_HOME !== "0";
const PG_DATABASE = (process.env.BENCH_PG_DATABASE ?? "sv_bench_admin").replace(/\W/g, "_");
const WORDS = BENCH_WORDS;
const KINDS = BENCH_KINDS;
const STATUSES = [
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "VERIFIED",
  "DISPUTED",
  "REFUTED",
  "DRAFT",
  "CANDIDATE",
  "IN_REVIEW",
] as const;
const TECHNOLOGIES = 40;
const CLAIMS_PER_ARTICLE = 50;

async function seed(db: Db): Promise<void> {
  const random = seededRandom(20261204);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const techs = Array.from({ length: TECHNOLOGIES }, (_, i) => ({
    id: `bt-${i}`,
    slug: `bench-tech-${i}`,
    name: `Bench Tech ${i}`,
    aliases: [],
  }));
  await db.technology.createMany({ data: techs });
  const now = Date.parse("2026-11-01T00:00:00Z");
  for (let start = 0; start < COUNT; start += 1000) {
    const claimRows = [];
    const links: Prisma.Sql[] = [];
    const articles = [];
    const citations = [];
    for (let i = start; i < Math.min(COUNT, start + 1000); i++) {
      const article = Math.floor(i / CLAIMS_PER_ARTICLE);
      // Each article compares two or three technologies; its claims are about one of them.
      const articleTechs = [
        article % TECHNOLOGIES,
        (article * 7 + 3) % TECHNOLOGIES,
        (article * 13 + 5) % TECHNOLOGIES,
      ].slice(0, 2 + (article % 2));
      if (i % CLAIMS_PER_ARTICLE === 0) {
        articles.push({
          id: `ba-${article}`,
          slug: `bench-article-${article}`,
          title: `Bench article ${article}`,
          format: "MARKDOWN" as const,
          rawContent: "x",
          text: "bench text",
          tags: [],
          comments: [],
          warnings: [],
          contentHash: `bench-${article}`,
        });
      }
      const kind = pick(KINDS);
      const status = pick(STATUSES);
      const statement = `Bench claim ${i}: ${pick(WORDS)} ${pick(WORDS)} ${kind === "PERFORMANCE" ? `at ${int(50_000)} req/s` : "is well supported"}.`;
      const when = new Date(now - int(365 * 24 * 3600 * 1000));
      claimRows.push({
        id: `bc-${i}`,
        slug: `bench-claim-${i}`,
        statement,
        normalized: statement.toLowerCase(),
        kind,
        status,
        topic: pick(WORDS),
        conditions: {},
        reviewedAt: status === "VERIFIED" ? when : null,
        createdAt: when,
        updatedAt: when,
        deletedAt: random() < 0.02 ? when : null,
      });
      links.push(Prisma.sql`(${`bc-${i}`}, ${`bt-${pick(articleTechs)}`})`);
      citations.push({
        id: `bcit-${i}`,
        claimId: `bc-${i}`,
        articleId: `ba-${article}`,
        quote: "bench",
        start: 0,
        end: 5,
      });
    }
    await db.article.createMany({ data: articles });
    await db.claim.createMany({ data: claimRows });
    // The implicit many-to-many table: A is the claim, B the technology (Prisma orders them by model name).
    await db.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES ${Prisma.join(links)}`;
    await db.citation.createMany({ data: citations });
  }
}

async function prepare(provider: Provider): Promise<{ db: Db; close: () => Promise<void> }> {
  process.env.MIGRATE_QUIET = "1";
  if (provider === "sqlite") {
    const file = path.resolve(__dirname, "../data/bench-admin.db");
    if (!REUSE) for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    migrate(`file:${file}`);
    const db = createClient(`file:${file}`);
    return { db, close: () => db.$disconnect() };
  }
  const base = new URL(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const admin = createClient(base.toString());
  const exists = await admin.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pg_database WHERE datname = '${PG_DATABASE}'`);
  if (!REUSE || !exists.length) {
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
    await admin.$executeRawUnsafe(`CREATE DATABASE ${PG_DATABASE}`);
  }
  await admin.$disconnect();
  base.pathname = `/${PG_DATABASE}`;
  migrate(base.toString());
  const db = createClient(base.toString());
  return { db, close: () => db.$disconnect() };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Wall time p50/p95, and this process's CPU time per run (p50): on a busy machine the CPU figure
 * still says what a case costs (on SQLite all of it; on PostgreSQL the client's share only). */
async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; cpu: number }> {
  // Warm-up: the first runs pay for query planning, the page cache and the JIT (with one, the first
  // case listed was charged for warming the code every case shares).
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu: percentile(cpus, 50) };
}

async function bench(provider: Provider): Promise<void> {
  const seedStart = performance.now();
  const { db, close } = await prepare(provider);
  const reused = REUSE && (await db.claim.count()) === COUNT;
  if (!reused) await seed(db);
  await refreshStatistics(db, provider);
  console.log(
    `\n${provider}: ${COUNT.toLocaleString("en")} claims ${reused ? "reused" : "seeded"} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s (load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")})`,
  );
  const user = await db.user.upsert({
    where: { email: "bench-admin@example.test" },
    update: {},
    create: { email: "bench-admin@example.test", name: "Bench Admin", role: "ADMIN", passwordHash: "-" },
  });
  const admin: Actor = { id: user.id, email: user.email, name: user.name, role: "ADMIN", teamIds: [] };

  // The home page's data, cold: the first `/` after start.
  const homeStart = performance.now();
  const pairs = HOME ? await listComparisons(db) : [];
  const homeCold = performance.now() - homeStart;

  const list = (params: ListParams) => () => listRecords(claims, admin, params, db);
  const deepPage = Math.floor((COUNT * 0.5) / 25);
  const cases: Array<[string, ListParams]> = [
    ["default list (updatedAt desc)", { page: 1, perPage: 25 }],
    ["technology filter", { page: 1, perPage: 25, filter: { technologyIds: ["bt-7"] } }],
    ["q=websockets", { page: 1, perPage: 25, filter: { q: "websockets" } }],
    ["q without match", { page: 1, perPage: 25, filter: { q: "zzyzx" } }],
    [`page ${deepPage.toLocaleString("en")}`, { page: deepPage, perPage: 25 }],
    [
      "status filter, sort by kind",
      { page: 1, perPage: 25, sort: "kind", order: "ASC", filter: { status: ["VERIFIED"] } },
    ],
  ];
  const rows: string[] = [];
  for (const [name, params] of cases) {
    const { p50, p95, cpu } = await time(list(params));
    const { total } = await list(params)();
    rows.push(
      `| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${cpu.toFixed(1)} | ${total.toLocaleString("en")} |${p95 < 50 ? "" : " over 50 ms"}`,
    );
  }
  const home = HOME ? await time(() => listComparisons(db)) : null;
  // What the tallies' triggers add to a write: a verified claim unpublished, then published again.
  const toggled = await db.claim.findFirstOrThrow({
    where: { status: "VERIFIED", deletedAt: null, mergedIntoId: null, technologies: { some: {} } },
    select: { id: true },
  });
  const write = await time(async () => {
    await db.claim.update({ where: { id: toggled.id }, data: { status: "DRAFT" } });
    await db.claim.update({ where: { id: toggled.id }, data: { status: "VERIFIED" } });
  });
  console.log(
    `| case (${provider}, ${RUNS} runs) | p50 ms | p95 ms | CPU ms (p50, this process) | total |\n|---|---|---|---|---|\n${rows.join("\n")}`,
  );
  if (home)
    console.log(
      `home page comparisons (first \`/\`'s data): first load ${homeCold.toFixed(0)} ms${homeCold < 1000 ? "" : " over 1 s"}, then p50 ${home.p50.toFixed(1)} / p95 ${home.p95.toFixed(1)} ms (top pair ${pairs[0]?.slug ?? "none"}, ${pairs[0]?.claimCount ?? 0} claims)`,
    );
  console.log(
    `a claim unpublished and published again (two writes, tallies recounted by triggers): p50 ${write.p50.toFixed(1)} / p95 ${write.p95.toFixed(1)} ms`,
  );
  await close();
}

async function main(): Promise<void> {
  console.log(
    `bench:admin — ${COUNT.toLocaleString("en")} claims, ${RUNS} runs per case, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  for (const provider of PROVIDERS) await bench(provider);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
