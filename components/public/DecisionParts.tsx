// Pieces of the public decision pages: outcome reviews, cited claims with their current status,
// and a summary card for lists (/decisions and the comparison pages).
import Link from "next/link";
import { claimTitle, formatDate } from "@/lib/public/format";
import { revisitNote, type PublicDecisionSummary } from "@/lib/public/decisions";
import { StatusBadge } from "./StatusBadge";

const RESULT_LABELS: Record<string, string> = { WORKED: "It worked", MIXED: "Mixed", REGRETTED: "Regretted" };
const STATUS_LABELS: Record<string, string> = {
  PROPOSED: "Proposed",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
  DEPRECATED: "Deprecated",
  SUPERSEDED: "Superseded",
};

export const decisionStatusLabel = (status: string) => STATUS_LABELS[status] ?? status;

export function OutcomeSummary({ outcomes }: { outcomes: PublicDecisionSummary["outcomeReviews"] }) {
  const latest = outcomes[0];
  if (!latest) return <span className="muted">No outcome review yet</span>;
  return (
    <span>
      <strong>{RESULT_LABELS[latest.result] ?? latest.result}</strong> ({formatDate(latest.date)}) ·{" "}
      {latest.wouldChooseAgain ? "would choose it again" : "would not choose it again"}
    </span>
  );
}

export function OutcomeList({ outcomes }: { outcomes: PublicDecisionSummary["outcomeReviews"] }) {
  if (outcomes.length === 0) return <p className="empty">No outcome review yet.</p>;
  return (
    <ul className="claim-list">
      {outcomes.map((o, i) => (
        <li key={i} className="outcome">
          <p>
            <strong>{RESULT_LABELS[o.result] ?? o.result}</strong> · {formatDate(o.date)} ·{" "}
            {o.wouldChooseAgain ? "Would choose it again" : "Would not choose it again"}
          </p>
          {o.notes && <p>{o.notes}</p>}
        </li>
      ))}
    </ul>
  );
}

/** "Revisit 1 Oct 2026", or "Review overdue since 1 Oct 2025" marked as a warning once the day has passed unreviewed. */
export function RevisitNote({ decision }: { decision: PublicDecisionSummary }) {
  const note = revisitNote(decision, new Date(), formatDate);
  if (!note) return null;
  return note.overdue ? <strong className="decision-overdue">{note.text}</strong> : <span>{note.text}</span>;
}

export function CitedClaimsWarning({ warning }: { warning: string | null }) {
  if (!warning) return null;
  return (
    <p className="decision-warning" role="note">
      <strong>Check the evidence:</strong> {warning}
    </p>
  );
}

export function CitedClaims({ claims }: { claims: PublicDecisionSummary["claims"] }) {
  if (claims.length === 0) return <p className="empty">This decision cites no published claims.</p>;
  return (
    <ul className="claim-list">
      {claims.map((c) => (
        <li key={c.slug} className="claim-list__item">
          <Link href={`/claims/${c.slug}`} className="claim-list__statement">
            {claimTitle(c.statement)}
          </Link>
          <span className="claim-list__meta">
            <StatusBadge status={c.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DecisionCard({
  decision,
  headingLevel = 2,
}: {
  decision: PublicDecisionSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading className="card__heading">
        <Link href={`/decisions/${decision.slug}`} className="card__title">
          {decision.title}
        </Link>
      </Heading>
      <p className="muted decision-meta">
        <span>{decision.team.name}</span>
        <span>
          {decisionStatusLabel(decision.status)} · {formatDate(decision.date)}
        </span>
        {decision.chosenTechnologies.length > 0 && (
          <span>Chose {decision.chosenTechnologies.map((t) => t.name).join(" + ")}</span>
        )}
        <RevisitNote decision={decision} />
      </p>
      <p>
        Outcome: <OutcomeSummary outcomes={decision.outcomeReviews} />
      </p>
      <CitedClaimsWarning warning={decision.warning} />
    </li>
  );
}
