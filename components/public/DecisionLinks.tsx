// The team decisions a reason counts, each linked with how it turned out, the same on verdict
// pages and in the wizard (review 5, R16; review 9, R9).
import Link from "next/link";
import type { DecisionLink } from "@/lib/public/decision-links";

export function DecisionLinks({ decisions }: { decisions: readonly DecisionLink[] }) {
  return (
    <>
      {decisions.map((d) => (
        <span key={d.slug}>
          <Link href={`/decisions/${d.slug}`}>{d.title}</Link>
          {d.outcomeNote && <span className="reason__outcome"> — how it turned out: “{d.outcomeNote}”</span>}
        </span>
      ))}
    </>
  );
}
