import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { CHECKED_MEANS, checkedClaimsLabel } from "@/lib/public/counts";
import { listComparisons } from "@/lib/public/home";
import { pageMetadata } from "@/lib/public/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Comparisons",
  description:
    "Technologies compared side by side from checked claims: verdicts, features and performance figures with their conditions.",
  path: "/compare",
});

const loadComparisons = cachedPublicData("comparisons", () => listComparisons(undefined, 60), { tags: shownRecords });

export default async function ComparisonsPage() {
  const comparisons = await loadComparisons();
  return (
    <>
      <header className="page-head">
        <h1>Comparisons</h1>
        <p className="lead">
          Pairs of technologies that the same articles compare, with the checked claims behind them.
        </p>
        <p className="muted">{CHECKED_MEANS}</p>
      </header>
      {comparisons.length === 0 ? (
        <p className="empty">No comparisons yet.</p>
      ) : (
        <ul className="card-grid">
          {comparisons.map((c) => (
            <li key={c.slug} className="card">
              <Link href={`/compare/${c.slug}`} className="card__title">
                {c.technologies.map((t) => t.name).join(" vs ")}
              </Link>
              <p className="muted">{checkedClaimsLabel(c.claimCount)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
