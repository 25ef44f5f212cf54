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

type Evidence = { article: string; tech: string; claim: string | null; n: bigint | number };

/**
 * Technology pairs worth comparing: both have public claims drawn from the same article (the
 * "Django vs FastAPI" posts the evidence comes from). Ranked by how many claims back the pair:
 * the public claims, cited by a live article that also backs a claim about the other technology,
 * about either of the two (each claim once, however many such articles cite it).
 *
 * The database aggregates: one row per (article, technology) with the number of claims that have
 * one live technology and one live citation (nearly all of them: they can be summed without
 * counting one twice), plus one row per (article, technology, claim) for the few others. The
 * page no longer loads every public claim with its technologies and citations (5–9 s at 100,000
 * claims before).
 */
export async function listComparisons(db: Db = getDb(), limit = 8): Promise<Comparison[]> {
  const rows = await db.$queryRaw<Evidence[]>`
    WITH "evidence" AS (
      SELECT DISTINCT cit."articleId" AS "article", c."id" AS "claim", l."B" AS "tech"
        FROM "Claim" c
        JOIN "Citation" cit ON cit."claimId" = c."id" AND cit."deletedAt" IS NULL
        JOIN "Article" a ON a."id" = cit."articleId" AND a."deletedAt" IS NULL
        JOIN "_ClaimToTechnology" l ON l."A" = c."id"
        JOIN "Technology" t ON t."id" = l."B" AND t."deletedAt" IS NULL AND t."status" = 'ACTIVE'
       WHERE c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (${Prisma.join([...PUBLIC_CLAIM_STATUSES])})
    ),
    "several" AS (SELECT "claim" FROM "evidence" GROUP BY "claim" HAVING count(*) > 1)
    SELECT "article", "tech", NULL AS "claim", count(*) AS "n" FROM "evidence"
     WHERE "claim" NOT IN (SELECT "claim" FROM "several") GROUP BY "article", "tech"
    UNION ALL
    SELECT "article", "tech", "claim", 1 AS "n" FROM "evidence" WHERE "claim" IN (SELECT "claim" FROM "several")`;
  // Per article: its technologies, the count of single claims per technology, and the other claims.
  const articles = new Map<string, { techs: Set<string>; single: Map<string, number>; several: Array<{ tech: string; claim: string }> }>();
  for (const row of rows) {
    const article = articles.get(row.article) ?? { techs: new Set<string>(), single: new Map<string, number>(), several: [] };
    article.techs.add(row.tech);
    if (row.claim === null) article.single.set(row.tech, Number(row.n));
    else article.several.push({ tech: row.tech, claim: row.claim });
    articles.set(row.article, article);
  }
  const pairs = new Map<string, { t1: string; t2: string; singles: number; claims: Set<string> }>();
  for (const article of articles.values()) {
    const techs = [...article.techs].sort();
    for (let i = 0; i < techs.length; i++) {
      for (let j = i + 1; j < techs.length; j++) {
        const key = `${techs[i]} ${techs[j]}`;
        const pair = pairs.get(key) ?? { t1: techs[i], t2: techs[j], singles: 0, claims: new Set<string>() };
        pair.singles += (article.single.get(techs[i]) ?? 0) + (article.single.get(techs[j]) ?? 0);
        for (const { tech, claim } of article.several) if (tech === techs[i] || tech === techs[j]) pair.claims.add(claim);
        pairs.set(key, pair);
      }
    }
  }
  if (!pairs.size) return [];
  const ids = [...new Set([...pairs.values()].flatMap((p) => [p.t1, p.t2]))];
  const technologies = new Map(
    (await db.technology.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } })).map((t) => [t.id, { slug: t.slug, name: t.name }]),
  );
  return [...pairs.values()]
    .flatMap((p) => {
      const a = technologies.get(p.t1);
      const b = technologies.get(p.t2);
      if (!a || !b) return [];
      const sorted = [a, b].sort((x, y) => x.slug.localeCompare(y.slug));
      return [{ slug: comparisonSlug([a.slug, b.slug]), technologies: sorted, claimCount: p.singles + p.claims.size }];
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
