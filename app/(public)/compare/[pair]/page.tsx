import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { CompareView } from "@/components/public/CompareView";
import { getComparePage } from "@/lib/public/compare";
import { pageMetadata } from "@/lib/public/metadata";

export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ pair: string }[]> => [];

type Props = { params: Promise<{ pair: string }> };
const load = cache((pair: string) => getComparePage(pair));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load((await params).pair);
  if (result?.kind !== "page") return {};
  const names = result.page.technologies.map((t) => t.name).join(" vs ");
  return pageMetadata({
    title: names,
    description: `${names}: verdicts by use case, features, performance figures with their conditions, and open contradictions, from ${result.page.claimCount} checked claims.`,
    path: `/compare/${result.page.technologies.map((t) => t.slug).join("-vs-")}`,
  });
}

export default async function ComparePage({ params }: Props) {
  const result = await load((await params).pair);
  if (!result) notFound();
  if (result.kind === "redirect") permanentRedirect(`/compare/${result.slug}`);
  const { page } = result;
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">Comparison</p>
        <h1>{page.technologies.map((t) => t.name).join(" vs ")}</h1>
        <p className="lead">From {page.claimCount} checked claims. Every cell links to the claim and its sources.</p>
      </header>
      <CompareView page={page} />
    </>
  );
}
