import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { cachedPublicData, claimsOfTechnology, shownRecords } from "@/lib/cache";
import { humanize } from "@/lib/public/format";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { ClaimList } from "@/components/public/ClaimList";
import { FiguresOverTime } from "@/components/public/TimelineChart";
import { pageMetadata, NOT_FOUND_METADATA } from "@/lib/public/metadata";
import { ExternalLink } from "@/components/public/ExternalLink";
import { getTechnologyPage } from "@/lib/public/technologies";

type Props = { params: Promise<{ slug: string }> };
const load = cache(
  cachedPublicData("technology", (slug: string) => getTechnologyPage(slug), {
    // Its claims are cut at 200, newest first with updatedAt breaking ties: an edit of one may reorder them.
    // It weighs only the claims it lists, each by its slug: another claim's standing leaves it.
    tags: (page) =>
      page && shownRecords(page, { lists: [claimsOfTechnology(page.technology.slug)], aggregates: false }),
  }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page) return NOT_FOUND_METADATA;
  return pageMetadata({
    title: page.technology.name,
    description:
      page.technology.description || `Checked claims about ${page.technology.name} and the verdicts that recommend it.`,
    path: `/technologies/${page.technology.slug}`,
  });
}

export default async function TechnologyPage({ params }: Props) {
  const page = await load((await params).slug);
  if (!page) notFound();
  const { technology, groups, challenged, verdicts, timelines } = page;
  return (
    <>
      <header className="page-head">
        <Breadcrumbs trail={[{ href: "/technologies", label: "Technologies" }]} current={technology.name} />
        <p className="eyebrow">{humanize(technology.kind)}</p>
        <h1>{technology.name}</h1>
        {technology.description && <p className="lead">{technology.description}</p>}
        {technology.homepage && (
          <p>
            <ExternalLink href={technology.homepage}>
              {technology.homepage.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </ExternalLink>
          </p>
        )}
      </header>

      <section aria-labelledby="recommended">
        <h2 id="recommended">Recommended for</h2>
        {verdicts.length === 0 ? (
          <p className="empty">No published verdict recommends {technology.name} yet.</p>
        ) : (
          <ul className="verdict-list">
            {verdicts.map((v) => (
              <li key={v.slug} className="verdict">
                <p className="verdict__usecase">
                  <Link href={`/use-cases/${v.useCase.slug}`}>{v.useCase.name}</Link>
                </p>
                {v.confidence && (
                  <p className={`verdict__confidence verdict__confidence--${v.confidence.band}`}>
                    {v.confidence.text.charAt(0).toUpperCase()}
                    {v.confidence.text.slice(1)}
                  </p>
                )}
                <p>{v.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <FiguresOverTime charts={timelines} />

      <section aria-labelledby="claims">
        <h2 id="claims">Verified claims</h2>
        {groups.length === 0 && <p className="empty">No verified claims about {technology.name} yet.</p>}
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
            <h3 id={`kind-${g.kind}`}>{g.label}</h3>
            <ClaimList claims={g.claims} />
          </section>
        ))}
      </section>

      {challenged.length > 0 && (
        <section aria-labelledby="challenged">
          <h2 id="challenged">Disputed or refuted</h2>
          <p className="muted">Claims in circulation that the evidence does not, or not clearly, support.</p>
          <ClaimList claims={challenged} />
        </section>
      )}
    </>
  );
}
