// What the public site may show. One place, so no page can forget a condition.
//
// Claims: VERIFIED, plus DISPUTED and REFUTED, always shown with their status label: a refuted
// figure that keeps circulating is exactly what readers look up, and hiding it would hide the
// correction. CANDIDATE, DRAFT, IN_REVIEW and RETRACTED never appear, nor soft-deleted claims.
// Merged claims are retracted by the merge and only redirect to the claim they were merged into.
// Verdicts: PUBLISHED only. Decisions: PUBLIC only. Articles (sources): not deleted and cited by
// at least one public claim, so an imported post nobody has verified anything from stays private.
import type { Prisma } from "@/lib/generated/sqlite/client";

export const PUBLIC_CLAIM_STATUSES = ["VERIFIED", "DISPUTED", "REFUTED"] as const;
export type PublicClaimStatus = (typeof PUBLIC_CLAIM_STATUSES)[number];

export const isPublicClaimStatus = (status: string): status is PublicClaimStatus =>
  (PUBLIC_CLAIM_STATUSES as readonly string[]).includes(status);

export const publicClaimWhere = (): Prisma.ClaimWhereInput => ({
  deletedAt: null,
  mergedIntoId: null,
  status: { in: [...PUBLIC_CLAIM_STATUSES] },
});

export const verifiedClaimWhere = (): Prisma.ClaimWhereInput => ({
  deletedAt: null,
  mergedIntoId: null,
  status: "VERIFIED",
});

/** A live citation of a public claim. */
export const publicCitationWhere = (): Prisma.CitationWhereInput => ({ deletedAt: null, claim: publicClaimWhere() });

export const publicArticleWhere = (): Prisma.ArticleWhereInput => ({
  deletedAt: null,
  citations: { some: publicCitationWhere() },
});

export const publicCitationInArticleWhere = (): Prisma.CitationWhereInput => ({
  deletedAt: null,
  claim: publicClaimWhere(),
  article: { deletedAt: null },
});

export const publishedVerdictWhere = (): Prisma.VerdictWhereInput => ({
  deletedAt: null,
  status: "PUBLISHED",
  useCase: { deletedAt: null },
});

export const publicDecisionWhere = (): Prisma.DecisionWhereInput => ({
  deletedAt: null,
  visibility: "PUBLIC",
  team: { deletedAt: null },
});

// A technology an import proposed is not public until an editor confirms it.
export const liveTechnologyWhere = (): Prisma.TechnologyWhereInput => ({ deletedAt: null, status: "ACTIVE" });
