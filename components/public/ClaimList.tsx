import Link from "next/link";
import { sourcesLabel } from "@/lib/public/counts";
import { claimTitle } from "@/lib/public/format";
import type { ClaimSummary } from "@/lib/public/technologies";
import { StatusBadge } from "./StatusBadge";

export function ClaimList({ claims }: { claims: ClaimSummary[] }) {
  return (
    <ul className="claim-list">
      {claims.map((claim) => (
        <li key={claim.slug} className="claim-list__item">
          <Link href={`/claims/${claim.slug}`} className="claim-list__statement">
            {claimTitle(claim.statement, claim.conditions)}
          </Link>
          <span className="claim-list__meta">
            <StatusBadge status={claim.status} />
            <span>{sourcesLabel(claim.citationCount, claim.ourOwn)}</span>
          </span>
          {claim.contradicts?.map((other) => (
            <span key={other.slug} className="claim-list__contradicts">
              Contradicts <Link href={`/claims/${other.slug}`}>{claimTitle(other.statement, other.conditions)}</Link>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
