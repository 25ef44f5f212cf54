// Read side of the home page: comparisons, published verdicts, latest verified claims.
import { getDb, type Db } from "@/lib/db/client";
import { claimSummarySelect, toSummary } from "./technologies";
import { Prisma } from "@/lib/generated/sqlite/client";
import { publishedVerdictWhere, verifiedClaimWhere } from "@/lib/resources/visibility";
import { confidenceSelect, pickConfidence } from "./verdict-confidence";
import { recommendedSelect, verdictPicks } from "./verdict-picks";
import { evidenceSummary, pickLabel } from "./verdict-summary";

export interface Comparison {
  slug: string;
  technologies: { slug: string; name: string }[];
  claimCount: number;
}

/** The canonical address of a comparison: technology slugs in alphabetical order. */
export const comparisonSlug = (slugs: string[]): string => [...slugs].sort().join("-vs-");

// A live technology (liveTechnologyWhere) joined by its id in a tally row.
const LIVE_TECHNOLOGY = (alias: string, row: string, column: string) =>
  Prisma.sql`JOIN "Technology" ${Prisma.raw(alias)} ON ${Prisma.raw(alias)}."id" = ${Prisma.raw(`${row}."${column}"`)} AND ${Prisma.raw(alias)}."deletedAt" IS NULL AND ${Prisma.raw(alias)}."status" = 'ACTIVE'`;

type PairRow = { slugA: string; nameA: string; slugB: string; nameB: string; claimCount: bigint | number };

/**
 * Technology pairs worth comparing: both have public claims drawn from the same live source (the
 * "Django vs FastAPI" posts the evidence comes from). Ranked by how many claims back the pair,
 * counted as the pair's own page counts them (comparisonClaimCount: every public claim about
 * either technology, each once).
 *
 * Read from the tallies the database keeps in the transaction of every write (the
 * comparison_tallies migration's triggers: ComparisonTechnology, ComparisonPair), so the cost
 * follows the pairs, not the claims: the page no longer aggregates every public claim
 * (5–9 s at 100,000 claims, then the SQL aggregate that replaced it ≈10 s on a busy SQLite).
 * Only live technologies are kept here; the tallies count claims whatever their technologies' state.
 */
export async function listComparisons(db: Db = getDb(), limit = 8): Promise<Comparison[]> {
  // Every pair scoring at least the limit-th best score: ties at the edge are ordered below by slug.
  const rows = await db.$queryRaw<PairRow[]>`
    WITH "ranked" AS (
      SELECT ta."slug" AS "slugA", ta."name" AS "nameA", tb."slug" AS "slugB", tb."name" AS "nameB",
             ca."claims" + cb."claims" - p."claims" AS "claimCount"
        FROM "ComparisonPair" p
        JOIN "ComparisonTechnology" ca ON ca."technologyId" = p."technologyA"
        JOIN "ComparisonTechnology" cb ON cb."technologyId" = p."technologyB"
        ${LIVE_TECHNOLOGY("ta", "p", "technologyA")}
        ${LIVE_TECHNOLOGY("tb", "p", "technologyB")}
       WHERE p."articles" > 0
    )
    SELECT * FROM "ranked"
     WHERE "claimCount" >= COALESCE((SELECT "claimCount" FROM "ranked" ORDER BY "claimCount" DESC LIMIT 1 OFFSET ${Math.max(0, limit - 1)}), 0)`;
  return rows
    .map((r) => {
      const technologies = [
        { slug: r.slugA, name: r.nameA },
        { slug: r.slugB, name: r.nameB },
      ].sort((x, y) => x.slug.localeCompare(y.slug));
      return { slug: comparisonSlug(technologies.map((t) => t.slug)), technologies, claimCount: Number(r.claimCount) };
    })
    .sort((a, b) => b.claimCount - a.claimCount || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}

export async function listPublishedVerdicts(db: Db = getDb()) {
  const rows = await db.verdict.findMany({
    where: publishedVerdictWhere(),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      publishedAt: true,
      useCase: { select: { slug: true, name: true } },
      recommended: recommendedSelect,
      ...confidenceSelect,
    },
  });
  // The summary shown is worked out from the evidence, never the editors' wording.
  return rows.map(({ recommended, explanation, engineConfidence, ...v }) => ({
    ...v,
    summary: evidenceSummary(explanation, pickLabel(recommended), {
      bandShown: pickConfidence({ explanation, engineConfidence }) !== null,
    }),
    recommended: verdictPicks(recommended),
    confidence: pickConfidence({ explanation, engineConfidence }),
  }));
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
