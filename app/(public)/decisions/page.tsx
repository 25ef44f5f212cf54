import type { Metadata } from "next";
import { DecisionCard } from "@/components/public/DecisionParts";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { listPublicDecisions } from "@/lib/public/decisions";
import { pageMetadata } from "@/lib/public/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Teams' decisions",
  description: "Stack decisions teams chose to share, how they turned out, and the claims they relied on.",
  path: "/decisions",
});

const loadDecisions = cachedPublicData("decisions", () => listPublicDecisions(), { tags: shownRecords });

export default async function DecisionsPage() {
  const decisions = await loadDecisions();
  return (
    <>
      <header className="page-head">
        <h1>Teams&apos; decisions</h1>
        <p className="lead">
          What teams picked, why, and how it turned out. Only decisions their teams made public are listed.
        </p>
      </header>
      {decisions.length === 0 ? (
        <p className="empty">No team has published a decision yet.</p>
      ) : (
        <ul className="card-grid card-grid--wide">
          {decisions.map((d) => (
            <DecisionCard key={d.slug} decision={d} />
          ))}
        </ul>
      )}
    </>
  );
}
