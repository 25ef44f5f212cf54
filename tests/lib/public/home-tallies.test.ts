// The comparison tallies the database keeps (the comparison_tallies migration's triggers) equal a
// count made from scratch after any sequence of writes: random claims, links, citations, status
// changes, soft and hard deletes, restores, merges and sources deleted, written straight through
// Prisma (as the importer and scripts do) on SQLite and PostgreSQL. And listComparisons, reading
// them, equals the ranking computed from every public claim.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { comparisonSlug, listComparisons, type Comparison } from "@/lib/public/home";
import { comparisonClaimCount } from "@/lib/public/counts";
import { liveTechnologyWhere, PUBLIC_CLAIM_STATUSES, publicClaimWhere } from "@/lib/resources/visibility";
import { seededRandom } from "../../../scripts/seeded-random";
import { freshDatabase, testProviders, withSecondClient, type TestDatabase } from "../../support/databases";

/** A minimal markdown article for the tallies' sources. */
const articleRow = (slug: string, title: string, contentHash: string) => ({
  slug,
  title,
  format: "MARKDOWN" as const,
  rawContent: "x",
  text: "x",
  tags: [],
  comments: [],
  warnings: [],
  contentHash,
});

type Tallies = { technologies: Map<string, number>; pairs: Map<string, { claims: number; articles: number }> };

const pairKey = (a: string, b: string): string => [a, b].sort().join(" ");

/** The tallies as the triggers left them (rows counting nothing are the same as no row). */
async function storedTallies(db: Db): Promise<Tallies> {
  const techs = await db.$queryRaw<
    { technologyId: string; claims: bigint | number }[]
  >`SELECT "technologyId", "claims" FROM "ComparisonTechnology"`;
  const pairs = await db.$queryRaw<
    { technologyA: string; technologyB: string; claims: bigint | number; articles: bigint | number }[]
  >`SELECT * FROM "ComparisonPair"`;
  return {
    technologies: new Map(techs.filter((t) => Number(t.claims) !== 0).map((t) => [t.technologyId, Number(t.claims)])),
    pairs: new Map(
      pairs
        .filter((p) => Number(p.claims) !== 0 || Number(p.articles) !== 0)
        .map((p) => [
          pairKey(p.technologyA, p.technologyB),
          { claims: Number(p.claims), articles: Number(p.articles) },
        ]),
    ),
  };
}

/** The same tallies counted from every claim, in JavaScript. */
async function tallyFromScratch(db: Db): Promise<Tallies> {
  const claims = await db.claim.findMany({
    select: {
      status: true,
      deletedAt: true,
      mergedIntoId: true,
      technologies: { select: { id: true } },
      citations: { select: { articleId: true, deletedAt: true, article: { select: { deletedAt: true } } } },
    },
  });
  const statuses: readonly string[] = PUBLIC_CLAIM_STATUSES;
  const technologies = new Map<string, number>();
  const pairs = new Map<string, { claims: number; articles: number }>();
  const articleTechs = new Map<string, Set<string>>();
  const pair = (a: string, b: string) =>
    pairs.get(pairKey(a, b)) ?? pairs.set(pairKey(a, b), { claims: 0, articles: 0 }).get(pairKey(a, b))!;
  for (const c of claims.filter((c) => !c.deletedAt && !c.mergedIntoId && statuses.includes(c.status))) {
    const ids = c.technologies.map((t) => t.id);
    for (const id of ids) technologies.set(id, (technologies.get(id) ?? 0) + 1);
    for (const [i, a] of ids.entries()) for (const b of ids.slice(i + 1)) pair(a, b).claims++;
    for (const cit of c.citations.filter((x) => !x.deletedAt && !x.article.deletedAt)) {
      const set = articleTechs.get(cit.articleId) ?? articleTechs.set(cit.articleId, new Set()).get(cit.articleId)!;
      for (const id of ids) set.add(id);
    }
  }
  for (const set of articleTechs.values()) {
    const ids = [...set];
    for (const [i, a] of ids.entries()) for (const b of ids.slice(i + 1)) pair(a, b).articles++;
  }
  return { technologies, pairs: new Map([...pairs].filter(([, p]) => p.claims || p.articles)) };
}

/** The ranking as it was computed before the tallies: every public claim loaded and grouped. */
async function referenceComparisons(db: Db, limit: number): Promise<Comparison[]> {
  const claims = await db.claim.findMany({
    where: publicClaimWhere(),
    select: {
      technologies: { where: liveTechnologyWhere(), select: { slug: true, name: true } },
      citations: { where: { deletedAt: null, article: { deletedAt: null } }, select: { articleId: true } },
    },
  });
  const byArticle = new Map<string, Map<string, { slug: string; name: string }>>();
  for (const claim of claims) {
    for (const { articleId } of claim.citations) {
      const techs = byArticle.get(articleId) ?? byArticle.set(articleId, new Map()).get(articleId)!;
      for (const t of claim.technologies) techs.set(t.slug, t);
    }
  }
  const pairs = new Map<string, { slug: string; name: string }[]>();
  for (const techs of byArticle.values()) {
    const list = [...techs.values()].sort((a, b) => a.slug.localeCompare(b.slug));
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        pairs.set(comparisonSlug([list[i].slug, list[j].slug]), [list[i], list[j]]);
  }
  return [...pairs.entries()]
    .map(([slug, technologies]) => ({
      slug,
      technologies,
      claimCount: comparisonClaimCount(
        claims,
        technologies.map((t) => t.slug),
      ),
    }))
    .sort((a, b) => b.claimCount - a.claimCount || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

const STATUSES = ["VERIFIED", "DISPUTED", "REFUTED", "DRAFT", "CANDIDATE", "IN_REVIEW"] as const;

/** Random writes through Prisma, none through the service layer: the triggers must catch every one. */
function writer(db: Db, seed: number) {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  let n = 0;
  const techs: string[] = [];
  const articles: string[] = [];
  const claims: string[] = [];
  const someTechs = () => [...new Set(Array.from({ length: 1 + int(3) }, () => pick(techs)))];

  const steps: Array<() => Promise<unknown>> = [
    async () => {
      const claim = await db.claim.create({
        data: {
          statement: `Claim ${++n}`,
          slug: `claim-${n}`,
          kind: "FACT",
          status: pick(STATUSES),
          conditions: {},
          technologies: { connect: someTechs().map((id) => ({ id })) },
        },
      });
      claims.push(claim.id);
      for (const articleId of [...new Set([pick(articles), pick(articles)])].slice(0, 1 + int(2))) {
        await db.citation.create({ data: { claimId: claim.id, articleId, quote: "q", start: n, end: n + 1 } });
      }
    },
    () => db.claim.update({ where: { id: pick(claims) }, data: { status: pick(STATUSES) } }),
    () =>
      db.claim.updateMany({ where: { id: { in: [pick(claims), pick(claims)] } }, data: { status: pick(STATUSES) } }),
    () => db.claim.update({ where: { id: pick(claims) }, data: { deletedAt: random() < 0.5 ? new Date() : null } }),
    () =>
      db.claim.update({
        where: { id: pick(claims) },
        data: { technologies: { set: someTechs().map((id) => ({ id })) } },
      }),
    () => db.claim.update({ where: { id: pick(claims) }, data: { technologies: { connect: [{ id: pick(techs) }] } } }),
    () =>
      db.claim.update({ where: { id: pick(claims) }, data: { technologies: { disconnect: [{ id: pick(techs) }] } } }),
    async () => {
      const claimId = pick(claims);
      await db.citation.create({
        data: { claimId, articleId: pick(articles), quote: "q", start: 1000 + ++n, end: 1001 + n },
      });
    },
    async () => {
      const citation = await db.citation.findFirst({ where: { claimId: pick(claims) } });
      if (citation)
        await db.citation.update({
          where: { id: citation.id },
          data: { deletedAt: citation.deletedAt ? null : new Date() },
        });
    },
    async () => {
      const citation = await db.citation.findFirst({ where: { claimId: pick(claims) } });
      if (citation) await db.citation.delete({ where: { id: citation.id } });
    },
    () => db.article.update({ where: { id: pick(articles) }, data: { deletedAt: random() < 0.5 ? new Date() : null } }),
    async () => {
      // A merge: the duplicate points at the survivor, its citations move over.
      const [from, into] = [pick(claims), pick(claims)];
      if (from === into) return;
      await db.$transaction([
        db.claim.update({ where: { id: from }, data: { mergedIntoId: into } }),
        db.citation.updateMany({
          where: { claimId: from },
          data: { claimId: into, start: { increment: 100_000 }, end: { increment: 100_000 } },
        }),
      ]);
    },
    async () => {
      const id = claims.splice(int(claims.length), 1)[0];
      if (id) await db.claim.delete({ where: { id } });
    },
    () =>
      db.technology.update({
        where: { id: pick(techs) },
        data:
          random() < 0.5
            ? { status: pick(["ACTIVE", "PROPOSED"] as const) }
            : { deletedAt: random() < 0.5 ? new Date() : null },
      }),
  ];

  return {
    async setUp() {
      for (let i = 0; i < 6; i++)
        techs.push((await db.technology.create({ data: { name: `Tech ${i}`, slug: `tech-${i}`, aliases: [] } })).id);
      for (let i = 0; i < 5; i++) {
        articles.push((await db.article.create({ data: articleRow(`article-${i}`, `A ${i}`, `h-${i}`) })).id);
      }
      for (let i = 0; i < 12; i++) await steps[0]();
    },
    async step() {
      await steps[claims.length ? int(steps.length) : 0]();
    },
  };
}

describe.each(testProviders())("comparison tallies on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it.each([1, 2, 3])(
    "equal a count from scratch after every one of 60 random writes (seed %i)",
    async (seed) => {
      const w = writer(t.db, seed);
      await w.setUp();
      expect(await storedTallies(t.db)).toEqual(await tallyFromScratch(t.db));
      for (let i = 0; i < 60; i++) {
        await w.step();
        expect([i, await storedTallies(t.db)]).toEqual([i, await tallyFromScratch(t.db)]);
      }
      expect(await listComparisons(t.db, 500)).toEqual(await referenceComparisons(t.db, 500));
      expect(await listComparisons(t.db, 3)).toEqual(await referenceComparisons(t.db, 3));
      const pending = await t.db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS "n" FROM "ComparisonRecount"`;
      expect(Number(pending[0].n)).toBe(0);
    },
    120_000,
  );
});

// The suites below need PostgreSQL; on a machine without it (TEST_POSTGRES_URL unset) they are reported skipped, not
// failed ("`.each` called with an empty Array").
const postgres = testProviders().filter((p) => p === "postgresql");
const describeOnPostgres = postgres.length ? describe.each(postgres) : describe.skip.each(["postgresql" as const]);

describeOnPostgres("comparison tallies under bulk writes on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  // PostgreSQL's shared lock table is sized for max_locks_per_transaction × max_connections locks
  // (6,400 by default; about 13,000 fit here with its slack): one transaction recounting more claims
  // than that must still commit (a bulk import or restore).
  it("count every claim of one statement that links 20,000 public claims to their technologies", async () => {
    const n = 20_000;
    const techs = await Promise.all(
      [0, 1].map((i) => t.db.technology.create({ data: { name: `Bulk ${i}`, slug: `bulk-${i}`, aliases: [] } })),
    );
    await t.db.claim.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        id: `bulk-${i}`,
        statement: `Bulk claim ${i}`,
        slug: `bulk-claim-${i}`,
        kind: "FACT" as const,
        status: "VERIFIED" as const,
        conditions: {},
      })),
    });
    const links = Array.from({ length: n }, (_, i) => Prisma.sql`(${`bulk-${i}`}, ${techs[i % 2].id})`);
    await t.db.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES ${Prisma.join(links)}`;
    expect(await storedTallies(t.db)).toEqual(await tallyFromScratch(t.db));
    expect((await storedTallies(t.db)).technologies).toEqual(
      new Map([
        [techs[0].id, n / 2],
        [techs[1].id, n / 2],
      ]),
    );
  }, 180_000);

  // A bulk status change: one transaction of several statements, each changing thousands of claims
  // that share technologies and sources (so the same tally rows, and sources crossing zero), then a
  // bulk hard delete (its cascade removes links and citations) and a source deleted.
  it("equal a count from scratch after one transaction changes the status of 5,000 claims", async () => {
    const n = 5_000;
    const random = seededRandom(14);
    const int = (k: number) => Math.floor(random() * k);
    const techs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.db.technology.create({ data: { name: `Bulk ${i}`, slug: `bulk-${i}`, aliases: [] } }),
      ),
    );
    const articles = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.article.create({ data: articleRow(`bulk-source-${i}`, `S ${i}`, `bulk-${i}`) }),
      ),
    );
    const ids = Array.from({ length: n }, (_, i) => `bulk-${i}`);
    await t.db.claim.createMany({
      data: ids.map((id, i) => ({
        id,
        statement: `Bulk claim ${i}`,
        slug: `bulk-claim-${i}`,
        kind: "FACT" as const,
        status: "CANDIDATE" as const,
        conditions: {},
      })),
    });
    const links = ids.flatMap((id) =>
      [...new Set(Array.from({ length: 1 + int(3) }, () => techs[int(techs.length)].id))].map(
        (tech) => Prisma.sql`(${id}, ${tech})`,
      ),
    );
    await t.db.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES ${Prisma.join(links)}`;
    await t.db.citation.createMany({
      data: ids.flatMap((claimId, i) =>
        [...new Set([articles[int(articles.length)].id, articles[int(articles.length)].id])].map((articleId, k) => ({
          claimId,
          articleId,
          quote: "q",
          start: 2 * i + k,
          end: 2 * i + k + 1,
        })),
      ),
    });
    const written = await t.db.$transaction(
      async (tx) => {
        await tx.claim.updateMany({ where: { id: { in: ids.slice(0, n / 2) } }, data: { status: "VERIFIED" } });
        await tx.claim.updateMany({ where: { id: { in: ids.slice(n / 2) } }, data: { status: "DISPUTED" } });
        await tx.claim.updateMany({
          where: { id: { in: ids.filter((_, i) => i % 3 === 0) } },
          data: { status: "DRAFT" },
        });
        // Row versions this transaction wrote to the technology tallies (its own statistics, counts
        // not time): a recount per claim rewrites a technology's row once per claim.
        return tx.$queryRaw<
          { n: bigint }[]
        >`SELECT n_tup_ins + n_tup_upd AS "n" FROM pg_stat_xact_user_tables WHERE relname = 'ComparisonTechnology'`;
      },
      { timeout: 150_000 },
    );
    // Once per statement at most: three statements, six technologies.
    expect(Number(written[0].n)).toBeLessThanOrEqual(3 * techs.length);
    expect(await storedTallies(t.db)).toEqual(await tallyFromScratch(t.db));
    expect((await storedTallies(t.db)).technologies.size).toBe(techs.length);
    await t.db.$transaction(
      async (tx) => {
        await tx.claim.deleteMany({ where: { id: { in: ids.filter((_, i) => i % 5 === 1) } } });
        await tx.article.update({ where: { id: articles[0].id }, data: { deletedAt: new Date() } });
      },
      { timeout: 150_000 },
    );
    expect(await storedTallies(t.db)).toEqual(await tallyFromScratch(t.db));
  }, 300_000);
});

describeOnPostgres("comparison tallies under concurrent writes on %s", (provider) => {
  let t: TestDatabase;
  let other: Db;
  const pair = withSecondClient(provider);
  beforeEach(() => ({ t, second: other } = pair()));

  /** Sessions of this database waiting for a lock another transaction holds. */
  const waiting = async (): Promise<number> =>
    Number(
      (
        await t.db.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS "n" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
      )[0].n,
    );

  it("two transactions linking one claim to different technologies at once: the second waits, and both are counted", async () => {
    const [a, b] = await Promise.all(
      ["A", "B"].map((x) =>
        t.db.technology.create({ data: { name: `Tech ${x}`, slug: `tech-${x.toLowerCase()}`, aliases: [] } }),
      ),
    );
    const claim = await t.db.claim.create({
      data: { statement: "Shared claim", slug: "shared-claim", kind: "FACT", status: "VERIFIED", conditions: {} },
    });
    let second: Promise<unknown> | undefined;
    await t.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES (${claim.id}, ${a.id})`;
        // then(): Prisma sends a query only once it is awaited or then'd.
        second = other.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES (${claim.id}, ${b.id})`.then(
          (n) => n,
        );
        // The second recount must wait for this transaction: it would otherwise subtract what this one
        // has not committed yet. Poll until PostgreSQL reports it waiting (no sleeping on a guess).
        for (let i = 0; i < 200 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 25));
        expect(await waiting()).toBe(1);
      },
      { timeout: 20_000 },
    );
    await second;
    const stored = await storedTallies(t.db);
    expect(stored).toEqual(await tallyFromScratch(t.db));
    expect(stored.pairs.get(pairKey(a.id, b.id))).toEqual({ claims: 1, articles: 0 });
  }, 60_000);
});
