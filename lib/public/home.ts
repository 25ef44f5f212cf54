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

/**
 * Technology pairs worth comparing: both have public claims drawn from the same article (the
 * "Django vs FastAPI" posts the evidence comes from). Ranked by how many claims back the pair:
 * the public claims, cited by a live article that also backs a claim about the other technology,
 * about either of the two.
 *
 * One GROUP BY in the database (claim → citation → article, claim → technology: every step an
 * index lookup), so the page receives one row per pair instead of every public claim with its
 * technologies and citations (5–9 s at 100,000 claims before).
 */
export async function listComparisons(db: Db = getDb(), limit = 8): Promise<Comparison[]> {
  const pairs = await db.$queryRaw<Array<{ t1: string; t2: string; n: bigint | number }>>`
    WITH "evidence" AS (
      SELECT DISTINCT cit."articleId" AS "article", c."id" AS "claim", l."B" AS "tech"
        FROM "Claim" c
        JOIN "Citation" cit ON cit."claimId" = c."id" AND cit."deletedAt" IS NULL
        JOIN "Article" a ON a."id" = cit."articleId" AND a."deletedAt" IS NULL
        JOIN "_ClaimToTechnology" l ON l."A" = c."id"
        JOIN "Technology" t ON t."id" = l."B" AND t."deletedAt" IS NULL AND t."status" = 'ACTIVE'
       WHERE c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${Prisma.join([...PUBLIC_CLAIM_STATUSES])})
    ),
    "articleTech" AS (SELECT DISTINCT "article", "tech" FROM "evidence"),
    "articlePair" AS (
      SELECT x."article", x."tech" AS "t1", y."tech" AS "t2"
        FROM "articleTech" x JOIN "articleTech" y ON y."article" = x."article" AND x."tech" < y."tech"
    )
    SELECT p."t1", p."t2", count(DISTINCT e."claim") AS "n"
      FROM "articlePair" p
      JOIN "evidence" e ON e."article" = p."article" AND (e."tech" = p."t1" OR e."tech" = p."t2")
     GROUP BY p."t1", p."t2"`;
  if (!pairs.length) return [];
  const ids = [...new Set(pairs.flatMap((p) => [p.t1, p.t2]))];
  const technologies = new Map(
    (await db.technology.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((t) => [t.id, { slug: t.slug, name: t.name }]),
  );
  return pairs
    .flatMap((p) => {
      const a = technologies.get(p.t1);
      const b = technologies.get(p.t2);
      if (!a || !b) return [];
      const sorted = [a, b].sort((x, y) => x.slug.localeCompare(y.slug));
      return [{ slug: comparisonSlug([a.slug, b.slug]), technologies: sorted, claimCount: Number(p.n) }];
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
    orderBy: [{ reviewedAt: "desc" }, { updatedAt: "desc" }, { id: "asc" }],
    take,
    select: claimSummarySelect,
  });
  return rows.map(toSummary);
}
