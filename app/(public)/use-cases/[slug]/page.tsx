import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { EvidenceBalanceBar } from "@/components/public/EvidenceBalanceBar";
import { StatusBadge } from "@/components/public/StatusBadge";
import { VerdictExplanation } from "@/components/public/VerdictExplanation";
import { VerdictPicks } from "@/components/public/VerdictPicks";
import { claimTitle, formatDate, formatNumber } from "@/lib/public/format";
import { conditionsOf } from "@/lib/public/claims";
import { pageMetadata, NOT_FOUND_METADATA } from "@/lib/public/metadata";
import { Markdown } from "@/components/public/Markdown";
import { getUseCasePage } from "@/lib/public/use-cases";
import { WHAT_COUNTS } from "@/lib/verdicts/relevance";

/**
 * One claim, one weight on the page: a cited claim shows the weight it is counted with in the balance
 * above, or that the verdict does not count it; only verdicts published before the engine kept its
 * counts show the editors' own citation weight.
 */
function citedWeight(e: { weight: number; counted?: { weight: number } | null }): string {
  if (e.counted === undefined) return e.weight !== 1 ? ` · weight ${e.weight}` : "";
  return e.counted ? ` · counted with weight ${formatNumber(e.counted.weight)}` : " · not counted in this verdict";
}

/** The sentences saying which needs no counted claim speaks to, and why (lib/public/use-cases.ts). */
function UnspokenNeeds({ text }: { text: string[] }) {
  return (
    <>
      {text.map((sentence) => (
        <p key={sentence} className="muted">
          {sentence}
        </p>
      ))}
    </>
  );
}

type Props = { params: Promise<{ slug: string }> };
const load = cache(cachedPublicData("use-case", (slug: string) => getUseCasePage(slug), { tags: shownRecords }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (!page) return NOT_FOUND_METADATA;
  return pageMetadata({
    title: `Best pick for: ${page.useCase.name}`,
    description: page.verdicts[0]?.summary ?? page.useCase.description,
    path: `/use-cases/${page.useCase.slug}`,
  });
}

export default async function UseCasePage({ params }: Props) {
  const page = await load((await params).slug);
  if (!page) notFound();
  return (
    <>
      <header className="page-head">
        <Breadcrumbs trail={[{ href: "/use-cases", label: "Use cases" }]} current={page.useCase.name} />
        <p className="eyebrow">Use case</p>
        <h1>{page.useCase.name}</h1>
        {page.useCase.description && <Markdown className="lead" source={page.useCase.description} />}
        {page.useCase.needs.length > 0 && (
          <p className="muted">
            Chosen on: {page.useCase.needs.join(" · ")}. {WHAT_COUNTS}
          </p>
        )}
      </header>
      {page.verdicts.map((v) => (
        <section key={v.slug} className="verdict verdict--full" aria-labelledby={`v-${v.slug}`}>
          <h2 id={`v-${v.slug}`}>{v.title}</h2>
          <VerdictPicks picks={v.recommended} confidence={v.confidence} />
          {/* Worked out from the evidence; the editors' own words follow, labelled as their note. */}
          <p className="lead">{v.summary}</p>
          {v.publishedAt && <p className="muted">Published {formatDate(v.publishedAt)}</p>}
          {v.explanation && <VerdictExplanation explanation={v.explanation} headingId={`why-${v.slug}`} />}
          {v.countedBeyondReasons > 0 && (
            <p className="muted">
              {v.countedBeyondReasons === 1
                ? "1 more counted claim is"
                : `${v.countedBeyondReasons} more counted claims are`}{" "}
              not given as a reason above: each is listed under &ldquo;Every claim counted&rdquo; below, with why it
              counts here.
            </p>
          )}
          <EvidenceBalanceBar balance={v.balance} next={v.nextOptionBalance} id={`balance-${v.slug}`} />
          <UnspokenNeeds text={v.unspokenText} />
          {(v.editorsNote.summary || v.editorsNote.rationale) && (
            <aside className="editors-note" aria-labelledby={`note-${v.slug}`}>
              <h3 id={`note-${v.slug}`}>Editors&apos; note</h3>
              <p className="muted">In the editors&apos; own words, not worked out from the evidence.</p>
              {v.editorsNote.summary && <p>{v.editorsNote.summary}</p>}
              {v.editorsNote.rationale && <Markdown source={v.editorsNote.rationale} />}
            </aside>
          )}
          {v.evidence.length > 0 && (
            <>
              <h3>Claims editors cited</h3>
              <ul className="claim-list">
                {v.evidence.map((e) => (
                  <li key={e.claim.slug} className="claim-list__item">
                    <Link href={`/claims/${e.claim.slug}`} className="claim-list__statement">
                      {claimTitle(e.claim.statement, conditionsOf(e.claim.conditions))}
                    </Link>
                    <span className="claim-list__meta">
                      <StatusBadge status={e.claim.status} />
                      <span>
                        {e.role === "OPPOSES" ? "Speaks against" : "Supports"}
                        {citedWeight(e)}
                        {e.ourOwn ? " · in our own write-up (not counted as an independent source)" : ""}
                      </span>
                      {e.counted?.countsBecause && (
                        <span className="reason__match">counts because: {e.counted.countsBecause}</span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}
