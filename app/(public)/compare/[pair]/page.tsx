import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { cachedPublicData, shownInPlace } from "@/lib/cache";
import { CHECKED_MEANS, checkedClaimsLabel, comparisonBasisLabel } from "@/lib/public/counts";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { CompareView } from "@/components/public/CompareView";
import { getComparePage } from "@/lib/public/compare";
import { decisionsBetween } from "@/lib/public/decisions";
import { pageMetadata, NOT_FOUND_METADATA } from "@/lib/public/metadata";

type Props = { params: Promise<{ pair: string }> };
// The page lists every claim it counts or weighs (tables, figures, the rest by kind), each by its
// slug: a claim's standing changes it only when it names that claim (lib/cache/shows.ts).
const load = cache(cachedPublicData("compare", (pair: string) => getComparePage(pair), { tags: shownInPlace }));
const loadDecisions = cachedPublicData("compare-decisions", (slugs: string) => decisionsBetween(slugs.split(",")), {
  tags: shownInPlace,
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load((await params).pair);
  if (result?.kind !== "page") return NOT_FOUND_METADATA;
  const names = result.page.technologies.map((t) => t.name).join(" vs ");
  return pageMetadata({
    title: names,
    description: `${names}: verdicts by use case, features, performance figures with their conditions, and open contradictions, from ${checkedClaimsLabel(result.page.claimCount)}.`,
    path: `/compare/${result.page.technologies.map((t) => t.slug).join("-vs-")}`,
  });
}

export default async function ComparePage({ params }: Props) {
  const result = await load((await params).pair);
  if (!result) notFound();
  if (result.kind === "redirect") permanentRedirect(`/compare/${result.slug}`);
  const { page } = result;
  const decisions = await loadDecisions(page.technologies.map((t) => t.slug).join(","));
  return (
    <>
      <header className="page-head">
        <Breadcrumbs
          trail={[{ href: "/compare", label: "Comparisons" }]}
          current={page.technologies.map((t) => t.name).join(" vs ")}
        />
        <p className="eyebrow">Comparison</p>
        <h1>{page.technologies.map((t) => t.name).join(" vs ")}</h1>
        <p className="lead">
          From{" "}
          {comparisonBasisLabel(
            page.claimCount,
            page.technologies.map((t) => t.name),
          )}
          . Every cell links to the claim and its sources.
        </p>
        <p className="muted">{CHECKED_MEANS}</p>
      </header>
      <CompareView page={page} decisions={decisions} />
    </>
  );
}
