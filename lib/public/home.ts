// Read side of the home page: comparisons, published verdicts, latest verified claims.
import { getDb, type Db } from "@/lib/db/client";
import { claimSummarySelect, toSummary } from "./technologies";
import { Prisma } from "@/lib/generated/sqlite/client";
import { liveTechnologyWhere, PUBLIC_CLAIM_STATUSES, publishedVerdictWhere, verifiedClaimWhere } from "./visibility";

export interface Comparison {
  slug: string;
  technologies: { slug: string; name: string }[];
  claimCount: number;
}

/** The canonical address of a comparison: technology slugs in alphabetical order. */
export const comparisonSlug = (slugs: string[]): string => [...slugs].sort().join("-vs-");

type PairRow = { t1: string; t2: string };
type CountRow = { t1: string; t2: string | null; n: bigint | number };

// Public claims joined to their live technologies: what every comparison count is made of.
const PUBLIC_CLAIM = Prisma.sql`c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${Prisma.join([...PUBLIC_CLAIM_STATUSES])})`;
const LIVE_TECH = (alias: string, link: string) => Prisma.sql`JOIN "Technology" ${Prisma.raw(alias)} ON ${Prisma.raw(alias)}."id" = ${Prisma.raw(link)}."B" AND ${Prisma.raw(alias)}."deletedAt" IS NULL AND ${Prisma.raw(alias)}."status" = 'ACTIVE'`;

/**
 * Technology pairs worth comparing: both have public claims drawn from the same article (the
 * "Django vs FastAPI" posts the evidence comes from). Ranked by how many claims back the pair,
 * counted as the pair's own page counts them (comparisonClaimCount: every public claim about
 * either technology).
 *
 * The database aggregates (the pairs met in one article, the public claims per technology, the
 * claims naming both), so the cost follows the technologies and pairs, not the claims: the page no
 * longer loads every public claim with its technologies and citations (5–9 s at 100,000 claims).
 */
export async function listComparisons(db: Db = getDb(), limit = 8): Promise<Comparison[]> {
  const pairs = await db.$queryRaw<PairRow[]>`
    WITH "evidence" AS (
      SELECT DISTINCT cit."articleId" AS "article", l."B" AS "tech"
        FROM "Claim" c
        JOIN "Citation" cit ON cit."claimId" = c."id" AND cit."deletedAt" IS NULL
        JOIN "Article" a ON a."id" = cit."articleId" AND a."deletedAt" IS NULL
        JOIN "_ClaimToTechnology" l ON l."A" = c."id"
        ${LIVE_TECH("t", "l")}
       WHERE ${PUBLIC_CLAIM}
    )
    SELECT DISTINCT e1."tech" AS "t1", e2."tech" AS "t2"
      FROM "evidence" e1 JOIN "evidence" e2 ON e2."article" = e1."article" AND e1."tech" < e2."tech"`;
  if (!pairs.length) return [];
  const counts = await db.$queryRaw<CountRow[]>`
    SELECT l."B" AS "t1", NULL AS "t2", count(*) AS "n"
      FROM "Claim" c JOIN "_ClaimToTechnology" l ON l."A" = c."id" ${LIVE_TECH("t", "l")}
     WHERE ${PUBLIC_CLAIM} GROUP BY l."B"
    UNION ALL
    SELECT l1."B" AS "t1", l2."B" AS "t2", count(*) AS "n"
      FROM "Claim" c
      JOIN "_ClaimToTechnology" l1 ON l1."A" = c."id" ${LIVE_TECH("t1", "l1")}
      JOIN "_ClaimToTechnology" l2 ON l2."A" = c."id" AND l1."B" < l2."B" ${LIVE_TECH("t2", "l2")}
     WHERE ${PUBLIC_CLAIM} GROUP BY l1."B", l2."B"`;
  const perTech = new Map<string, number>();
  const both = new Map<string, number>();
  for (const row of counts) (row.t2 === null ? perTech.set(row.t1, Number(row.n)) : both.set(`${row.t1} ${row.t2}`, Number(row.n)));
  const ids = [...new Set(pairs.flatMap((p) => [p.t1, p.t2]))];
  const technologies = new Map(
    (await db.technology.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((t) => [t.id, { slug: t.slug, name: t.name }]),
  );
  return pairs
    .flatMap((p) => {
      const a = technologies.get(p.t1);
      const b = technologies.get(p.t2);
      if (!a || !b) return [];
      // Claims about either: each claim once, however many of the two it names.
      const claimCount = (perTech.get(p.t1) ?? 0) + (perTech.get(p.t2) ?? 0) - (both.get(`${p.t1} ${p.t2}`) ?? 0);
      return [{ slug: comparisonSlug([a.slug, b.slug]), technologies: [a, b].sort((x, y) => x.slug.localeCompare(y.slug)), claimCount }];
    })
    .sort((a, b) => b.claimCount - a.claimCount || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

export async function listPublishedVerdicts(db: Db = getDb()) {
  return db.verdict.findMany({
    where: publishedVerdictWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      summary: true,
      publishedAt: true,
      useCase: { select: { slug: true, name: true } },
      recommended: { where: liveTechnologyWhere(), select: { slug: true, name: true }, orderBy: { name: "asc" } },
    },
  });
}

export async function latestVerifiedClaims(db: Db = getDb(), take = 8) {
  const rows = await db.claim.findMany({
    where: verifiedClaimWhere(),
    orderBy: [{ reviewedAt: "desc" }, { updatedAt: "desc" }, { slug: "asc" }],
    take,
    select: claimSummarySelect,
  });
  return rows.map(toSummary);
}
