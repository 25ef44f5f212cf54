// Read side of the "figures over time" charts: public figures read with the verdict engine's own
// evidence select (lib/editorial/load.ts), so the comparable group and the sources' publication
// dates are exactly what the engine ranks by; shaped in figure-timeline-model.ts.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { CLAIM_EVIDENCE_SELECT, toEvidenceClaim } from "@/lib/editorial/load";
import { conditionsOf } from "./claims";
import { figureTimelines, type TimelineChart, type TimelineClaim } from "./figure-timeline-model";
import { liveTechnologyWhere, publicClaimWhere } from "@/lib/resources/visibility";

/** Enough figures for any page's few charts; a page never reads the whole claim table. */
const MAX_FIGURES = 2000;
/**
 * Other technologies' figures beside a technology's own: the most recently checked few hundred.
 * Reading every figure of a common metric (1,600 of 10,000 generated claims) took a technology
 * page's data from milliseconds to ~0.4 s on a loaded machine; the chart draws six series anyway.
 */
const MAX_OTHER_FIGURES = 300;

const figureWhere = (extra: Prisma.ClaimWhereInput): Prisma.ClaimWhereInput => ({
  AND: [
    publicClaimWhere(),
    { kind: "PERFORMANCE", metric: { not: null }, value: { not: null }, status: { not: "REFUTED" } },
    extra,
  ],
});

async function readFigures(db: Db, where: Prisma.ClaimWhereInput, take = MAX_FIGURES): Promise<TimelineClaim[]> {
  const rows = await db.claim.findMany({
    where: figureWhere(where),
    orderBy: [{ reviewedAt: "desc" }, { id: "asc" }],
    take,
    select: { ...CLAIM_EVIDENCE_SELECT, slug: true },
  });
  return rows.flatMap((row) => {
    if (row.metric == null || row.value == null) return [];
    return [
      {
        slug: row.slug,
        statement: row.statement,
        status: row.status,
        metric: row.metric,
        unit: row.unit ?? "",
        value: row.value,
        conditions: conditionsOf(row.conditions),
        evidence: toEvidenceClaim(row),
      },
    ];
  });
}

/**
 * A technology page's charts: every setup it was measured in, with the other public technologies
 * measured in the same setup beside it (the comparison readers look for).
 */
export async function technologyTimelines(db: Db, tech: { id: string; slug: string }): Promise<TimelineChart[]> {
  // Its own figures first, so the cap on the others never drops one of them.
  const own = await readFigures(db, { technologies: { some: { id: tech.id } } });
  const metrics = [...new Set(own.map((f) => f.metric))];
  if (metrics.length === 0) return [];
  const others = await readFigures(
    db,
    { metric: { in: metrics }, technologies: { none: { id: tech.id } } },
    MAX_OTHER_FIGURES,
  );
  const figures = [...own, ...others];
  const slugs = [...new Set(figures.flatMap((f) => f.evidence.technologySlugs))];
  const techs = await db.technology.findMany({
    where: { AND: [{ slug: { in: slugs } }, liveTechnologyWhere()] },
    select: { slug: true, name: true },
  });
  return figureTimelines(figures, [tech.slug], Object.fromEntries(techs.map((t) => [t.slug, t.name])));
}

/**
 * A comparison page's charts: one series per compared technology, in the page's order. `naming`: the
 * filter for claims naming any of them (the compare page passes the one it narrowed by id).
 */
export async function comparisonTimelines(
  db: Db,
  techs: { id: string; slug: string; name: string }[],
  naming: Prisma.ClaimWhereInput = { technologies: { some: { id: { in: techs.map((t) => t.id) } } } },
): Promise<TimelineChart[]> {
  const figures = await readFigures(db, naming);
  return figureTimelines(
    figures,
    techs.map((t) => t.slug),
    Object.fromEntries(techs.map((t) => [t.slug, t.name])),
  );
}
