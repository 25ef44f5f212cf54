import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { cachedPublicData, shownInPlace } from "@/lib/cache";
import { ClaimView } from "@/components/public/ClaimView";
import { JsonLd } from "@/components/public/JsonLd";
import { requestNonce } from "@/lib/http/nonce";
import { getClaimPage } from "@/lib/public/claims";
import { claimReviewJsonLd } from "@/lib/public/json-ld";
import { claimTitle } from "@/lib/public/format";
import { pageMetadata, NOT_FOUND_METADATA } from "@/lib/public/metadata";
import { STATUS_LABELS } from "@/lib/public/rating";

type Props = { params: Promise<{ slug: string }> };

// One query per request for both the metadata and the page. It shows standings (its own status,
// its contradicting claims') only beside the records' keys: verifying another claim keeps it.
const load = cache(cachedPublicData("claim", (slug: string) => getClaimPage(slug), { tags: shownInPlace }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load((await params).slug);
  if (!result || result.kind !== "claim") return NOT_FOUND_METADATA;
  const { claim } = result;
  const label = STATUS_LABELS[claim.status] ?? claim.status;
  return pageMetadata({
    title: claimTitle(claim.statement, claim.conditions, { technologies: claim.technologies }),
    description: `${label}${claim.rating ? ` (${claim.rating})` : ""}: ${claim.ratingExplanation ?? claimTitle(claim.statement, claim.conditions, { technologies: claim.technologies })}`,
    path: `/claims/${claim.slug}`,
    type: "article",
  });
}

export default async function ClaimPage({ params }: Props) {
  const result = await load((await params).slug);
  if (!result) notFound();
  if (result.kind === "redirect") permanentRedirect(`/claims/${result.slug}`);
  const { claim } = result;
  const jsonLd = claimReviewJsonLd({
    slug: claim.slug,
    statement: claim.statement,
    status: claim.status,
    rating: claim.rating,
    reviewedAt: claim.reviewedAt,
    citationUrls: claim.citations.map((c) => c.article.url).filter((u): u is string => Boolean(u)),
  });
  return (
    <>
      <JsonLd data={jsonLd} nonce={await requestNonce()} />
      <ClaimView claim={claim} />
    </>
  );
}
