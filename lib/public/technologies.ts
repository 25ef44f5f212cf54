// Read side of /technologies and /technologies/[slug].
import { getDb, type Db } from "@/lib/db/client";
import { evidenceSummary, pickLabel } from "./verdict-summary";
import { conditionsOf } from "./claims";
import { citedSources } from "./counts";
import { technologyTimelines } from "./figure-timeline";
import { KIND_GROUP_NAMES, type Conditions } from "./format";
import { confidenceSelect, pickConfidence } from "./verdict-confidence";
import {
  liveTechnologyWhere,
  publicClaimWhere,
  publishedVerdictWhere,
  verifiedClaimWhere,
} from "@/lib/resources/visibility";

export const KIND_ORDER = ["PERFORMANCE", "FEATURE", "RECOMMENDATION", "FACT", "OPINION"] as const;

export interface ClaimSummary {
  slug: string;
  statement: string;
  status: string;
  kind: string;
  /** For the title: a bare number in its bracketed conditions is named ("8 workers"). */
  conditions: Conditions;
  /** Independent sources (citedSources): our own write-up is never one of them. */
  citationCount: number;
  /** Our own write-up cites it too: the badge says "plus our own write-up". */
  ourOwn: boolean;
  /**
   * The public claims it is in open contradiction with (a disputed claim's list says why it is
   * disputed: review 12, R12-9); absent where a list does not show them.
   */
  contradicts?: Array<{ slug: string; statement: string; conditions: Conditions }>;
}

const claimSummarySelect = {
  slug: true,
  statement: true,
  status: true,
  kind: true,
  conditions: true,
  citations: {
    where: { deletedAt: null, article: { deletedAt: null } },
    select: { articleId: true, article: { select: { houseSource: true } } },
  },
} as const;

type ClaimSummaryRow = {
  slug: string;
  statement: string;
  status: string;
  kind: string;
  conditions: unknown;
  citations: { articleId: string; article: { houseSource: boolean } }[];
};
export const toSummary = (c: ClaimSummaryRow): ClaimSummary => ({
  slug: c.slug,
  statement: c.statement,
  status: c.status,
  kind: c.kind,
  conditions: conditionsOf(c.conditions),
  ...(({ sources, ourOwn }) => ({ citationCount: sources, ourOwn }))(citedSources(c.citations)),
});
export { claimSummarySelect };

/**
 * Live technologies with how many verified claims are about each: the one count the /technologies
 * page and the API's /technologies both show. `page` (API paging) and `kind` narrow the list.
 */
export async function listTechnologies(
  db: Db = getDb(),
  options: { kind?: string; page?: { skip: number; take: number } } = {},
) {
  const rows = await db.technology.findMany({
    where: { AND: [liveTechnologyWhere(), options.kind ? { kind: options.kind } : {}] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...options.page,
    select: {
      slug: true,
      name: true,
      kind: true,
      description: true,
      _count: { select: { claims: { where: verifiedClaimWhere() } } },
    },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, verifiedClaims: _count.claims }));
}

export async function getTechnologyPage(slug: string, db: Db = getDb()) {
  const tech = await db.technology.findFirst({
    where: { AND: [{ slug }, liveTechnologyWhere()] },
    select: { id: true, slug: true, name: true, kind: true, description: true, homepage: true },
  });
  if (!tech) return null;
  const [claims, verdicts, timelines] = await Promise.all([
    db.claim.findMany({
      where: { AND: [publicClaimWhere(), { technologies: { some: { id: tech.id } } }] },
      orderBy: [{ reviewedAt: "desc" }, { updatedAt: "desc" }, { slug: "asc" }],
      take: 200,
      select: claimSummarySelect,
    }),
    db.verdict.findMany({
      where: { AND: [publishedVerdictWhere(), { recommended: { some: { id: tech.id } } }] },
      orderBy: { publishedAt: "desc" },
      select: {
        slug: true,
        title: true,
        recommended: { where: { deletedAt: null }, select: { name: true }, orderBy: { name: "asc" } },
        useCase: { select: { slug: true, name: true } },
        ...confidenceSelect,
      },
    }),
    technologyTimelines(db, tech),
  ]);
  const summaries = claims.map(toSummary);
  const verified = summaries.filter((c) => c.status === "VERIFIED");
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    label: KIND_GROUP_NAMES[kind],
    claims: verified.filter((c) => c.kind === kind),
  })).filter((g) => g.claims.length > 0);
  // A verdict's summary is worked out from the evidence, never the editors' wording.
  const shownVerdicts = verdicts.map(({ explanation, engineConfidence, recommended, ...v }) => ({
    ...v,
    summary: evidenceSummary(explanation, pickLabel(recommended), {
      bandShown: pickConfidence({ explanation, engineConfidence }) !== null,
    }),
    confidence: pickConfidence({ explanation, engineConfidence }),
  }));
  const challenged = summaries.filter((c) => c.status !== "VERIFIED");
  return {
    technology: tech,
    groups,
    challenged: await withContradictions(db, challenged),
    verdicts: shownVerdicts,
    timelines,
  };
}

/**
 * Each disputed or refuted claim with the public claims it is in open contradiction with, so that two
 * listed side by side are said to conflict, as the claim and comparison pages say it.
 */
async function withContradictions(db: Db, claims: ClaimSummary[]): Promise<ClaimSummary[]> {
  if (claims.length === 0) return claims;
  const slugs = claims.map((c) => c.slug);
  const side = { select: { slug: true, statement: true, conditions: true } } as const;
  const open = await db.contradiction.findMany({
    where: {
      deletedAt: null,
      status: "OPEN",
      claimA: publicClaimWhere(),
      claimB: publicClaimWhere(),
      OR: [{ claimA: { slug: { in: slugs } } }, { claimB: { slug: { in: slugs } } }],
    },
    orderBy: { id: "asc" },
    select: { claimA: side, claimB: side },
  });
  const other = (c: { slug: string; statement: string; conditions: unknown }) => ({
    slug: c.slug,
    statement: c.statement,
    conditions: conditionsOf(c.conditions),
  });
  return claims.map((claim) => {
    const contradicts = open.flatMap(({ claimA, claimB }) =>
      claimA.slug === claim.slug ? [other(claimB)] : claimB.slug === claim.slug ? [other(claimA)] : [],
    );
    return contradicts.length ? { ...claim, contradicts } : claim;
  });
}
