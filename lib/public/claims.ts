// Read side of /claims/[slug]: one public claim with its evidence, context and history.
import { citedSources } from "./counts";
import { getDb, type Db } from "@/lib/db/client";
import { quoteInContext, type QuoteContext } from "./segments";
import { SOURCE_BYLINE_SELECT } from "./source-select";
import { isPublicClaimStatus, liveTechnologyWhere, publicClaimWhere } from "@/lib/resources/visibility";

/** Fields whose changes are bookkeeping, not news to a reader. */
const QUIET_FIELDS = new Set(["updatedAt", "version", "normalized", "reviewerId", "reviewedAt", "editorWeight"]);

export type ClaimPageResult = { kind: "redirect"; slug: string } | { kind: "claim"; claim: PublicClaim };

export interface PublicCitation {
  id: string;
  stance: string;
  context: QuoteContext;
  /** When the quote is a table row: its table's header as stored (exact text of the source); null otherwise. */
  tableHeader: string | null;
  article: {
    slug: string;
    title: string;
    url: string | null;
    domain: string | null;
    author: string | null;
    publishedAt: Date | null;
  };
}

export interface PublicClaim {
  id: string;
  slug: string;
  statement: string;
  kind: string;
  status: string;
  topic: string | null;
  rating: string | null;
  ratingExplanation: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Record<string, string | number | boolean>;
  reviewedAt: Date | null;
  updatedAt: Date;
  technologies: { slug: string; name: string }[];
  citations: PublicCitation[];
  /** Its sources as every public page counts them (citedSources): distinct articles, our own write-up apart. */
  sources: { sources: number; ourOwn: boolean };
  contradictions: {
    id: string;
    status: string;
    kind: string;
    reason: string;
    other: { slug: string; statement: string; status: string; conditions: Record<string, string | number | boolean> };
  }[];
  history: { id: string; action: string; createdAt: Date; fields: string[] }[];
}

export function conditionsOf(value: unknown): Record<string, string | number | boolean> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: Record<string, string | number | boolean> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[key] = v;
  }
  return out;
}

/** Follows merges to the claim that survived (a few hops at most; a loop ends the walk). */
async function survivingSlug(db: Db, mergedIntoId: string): Promise<string | null> {
  let id: string | null = mergedIntoId;
  for (let hop = 0; id && hop < 5; hop++) {
    const next: { slug: string; mergedIntoId: string | null; deletedAt: Date | null; status: string } | null =
      await db.claim.findUnique({
        where: { id },
        select: { slug: true, mergedIntoId: true, deletedAt: true, status: true },
      });
    if (!next || next.deletedAt) return null;
    if (!next.mergedIntoId) return isPublicClaimStatus(next.status) ? next.slug : null;
    id = next.mergedIntoId;
  }
  return null;
}

/** The claim when it is public, with its live technologies, citations (with the article text) and open contradictions. */
function loadPublicClaim(db: Db, id: string) {
  return db.claim.findFirst({
    where: { AND: [{ id }, publicClaimWhere()] },
    include: {
      technologies: { where: liveTechnologyWhere(), select: { slug: true, name: true }, orderBy: { name: "asc" } },
      citations: {
        where: { deletedAt: null, article: { deletedAt: null } },
        include: {
          article: {
            select: { ...SOURCE_BYLINE_SELECT, text: true, houseSource: true },
          },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      contradictionsAsA: {
        where: { deletedAt: null, claimB: publicClaimWhere() },
        include: { claimB: { select: { slug: true, statement: true, status: true, conditions: true } } },
      },
      contradictionsAsB: {
        where: { deletedAt: null, claimA: publicClaimWhere() },
        include: { claimA: { select: { slug: true, statement: true, status: true, conditions: true } } },
      },
    },
  });
}

/** The contradictions the claim is part of, on either side, each with the other (public) claim. */
function contradictionsOf(
  claim: NonNullable<Awaited<ReturnType<typeof loadPublicClaim>>>,
): PublicClaim["contradictions"] {
  return [
    ...claim.contradictionsAsA.map((c) => ({
      id: c.id,
      status: c.status,
      kind: c.kind,
      reason: c.reason,
      other: { ...c.claimB, conditions: conditionsOf(c.claimB.conditions) },
    })),
    ...claim.contradictionsAsB.map((c) => ({
      id: c.id,
      status: c.status,
      kind: c.kind,
      reason: c.reason,
      other: { ...c.claimA, conditions: conditionsOf(c.claimA.conditions) },
    })),
  ];
}

export async function getClaimPage(slug: string, db: Db = getDb()): Promise<ClaimPageResult | null> {
  const found = await db.claim.findUnique({
    where: { slug },
    select: { id: true, mergedIntoId: true, deletedAt: true },
  });
  if (!found || found.deletedAt) return null;
  if (found.mergedIntoId) {
    const target = await survivingSlug(db, found.mergedIntoId);
    return target ? { kind: "redirect", slug: target } : null;
  }
  const claim = await loadPublicClaim(db, found.id);
  if (!claim) return null;
  const revisions = await db.revision.findMany({
    where: { entity: "claims", entityId: claim.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, action: true, createdAt: true, changes: true },
  });
  return {
    kind: "claim",
    claim: {
      id: claim.id,
      slug: claim.slug,
      statement: claim.statement,
      kind: claim.kind,
      status: claim.status,
      topic: claim.topic,
      rating: claim.rating,
      ratingExplanation: claim.ratingExplanation,
      metric: claim.metric,
      value: claim.value,
      unit: claim.unit,
      conditions: conditionsOf(claim.conditions),
      reviewedAt: claim.reviewedAt,
      updatedAt: claim.updatedAt,
      technologies: claim.technologies,
      sources: citedSources(claim.citations),
      citations: claim.citations.map(({ article: { text, houseSource: _house, ...article }, ...c }) => ({
        id: c.id,
        stance: c.stance,
        context: quoteInContext(text, c.quote, c.start, c.end),
        tableHeader: c.headerQuote,
        article,
      })),
      contradictions: contradictionsOf(claim),
      history: revisions.map((r) => ({
        id: r.id,
        action: r.action,
        createdAt: r.createdAt,
        fields: Object.keys(conditionsOrObject(r.changes)).filter((f) => !QUIET_FIELDS.has(f)),
      })),
    },
  };
}

const conditionsOrObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
