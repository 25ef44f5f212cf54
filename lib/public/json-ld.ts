// schema.org JSON-LD for claim pages, and the one safe way to put JSON inside a <script> tag.
import { ratingScore } from "./rating";
import { absoluteUrl, SITE_NAME, siteUrl } from "./site";

/** JSON for a <script type="application/ld+json">: `<` is escaped so no text can close the tag. */
export function jsonLdString(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface ClaimReviewInput {
  slug: string;
  statement: string;
  status: string;
  rating: string | null;
  reviewedAt: Date | null;
  citationUrls: string[];
}

export function claimReviewJsonLd(claim: ClaimReviewInput): Record<string, unknown> {
  const score = ratingScore(claim.rating, claim.status);
  const organization = { "@type": "Organization", name: SITE_NAME, url: siteUrl() };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absoluteUrl(`/claims/${claim.slug}`),
    claimReviewed: claim.statement,
    ...(claim.reviewedAt ? { datePublished: claim.reviewedAt.toISOString().slice(0, 10) } : {}),
    author: organization,
    reviewRating: {
      "@type": "Rating",
      ratingValue: score.value,
      bestRating: 5,
      worstRating: 1,
      alternateName: score.label,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(claim.citationUrls.length
        ? { appearance: [...new Set(claim.citationUrls)].map((url) => ({ "@type": "CreativeWork", url })) }
        : {}),
    },
  };
}
