// Read side of the home page: comparisons, published verdicts, latest verified claims.
import { getDb, type Db } from "@/lib/db/client";
import { comparisonClaimCount } from "./counts";
import { claimSummarySelect, toSummary } from "./technologies";
import { liveTechnologyWhere, publicClaimWhere, publishedVerdictWhere, verifiedClaimWhere } from "./visibility";

export interface Comparison {
  slug: string;
  technologies: { slug: string; name: string }[];
  claimCount: number;
}

/** The canonical address of a comparison: technology slugs in alphabetical order. */
export const comparisonSlug = (slugs: string[]): string => [...slugs].sort().join("-vs-");

/**
 * Technology pairs worth comparing: both have public claims drawn from the same article (the
 * "Django vs FastAPI" posts the evidence comes from). Ranked by how many claims back the pair,
 * counted as the pair's own page counts them (comparisonClaimCount).
 */
export async function listComparisons(db: Db = getDb(), limit = 8): Promise<Comparison[]> {
  const claims = await db.claim.findMany({
    where: publicClaimWhere(),
    select: {
      id: true,
      technologies: { where: liveTechnologyWhere(), select: { slug: true, name: true } },
      citations: { where: { deletedAt: null, article: { deletedAt: null } }, select: { articleId: true } },
    },
  });
  const byArticle = new Map<string, typeof claims>();
  for (const claim of claims) {
    for (const { articleId } of claim.citations) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), claim]);
  }
  const pairs = new Map<string, { slug: string; name: string }[]>();
  for (const group of byArticle.values()) {
    const techs = new Map(group.flatMap((c) => c.technologies).map((t) => [t.slug, t]));
    const list = [...techs.values()].sort((a, b) => a.slug.localeCompare(b.slug));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        pairs.set(comparisonSlug([list[i].slug, list[j].slug]), [list[i], list[j]]);
      }
    }
  }
  return [...pairs.entries()]
    .map(([slug, technologies]) => ({ slug, technologies, claimCount: comparisonClaimCount(claims, technologies.map((t) => t.slug)) }))
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
