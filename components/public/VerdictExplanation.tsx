// Why a published verdict says what it says: the reasons for what was published, the strongest
// evidence against it, the confidence in one line and what would change it, each linked to the
// public claims and decisions behind it; when editors chose otherwise than the evidence alone, that
// comes first, with their reason.
import Link from "next/link";
import { NO_PICK, type PublicReason, type VerdictExplanation as Explanation } from "@/lib/public/verdict-explanations";
import { confidenceText } from "@/lib/public/format";
import { ConfidenceDetails } from "./ConfidenceDetails";
import { DecisionLinks } from "./DecisionLinks";
import { StatusBadge } from "./StatusBadge";

function ReasonSources({ reason }: { reason: PublicReason }) {
  if (reason.claims.length === 0 && reason.decisions.length === 0 && reason.privateDecisions === 0) return null;
  return (
    <span className="reason__sources">
      {reason.claims.map((c) => (
        <span key={c.slug}>
          <Link href={`/claims/${c.slug}`}>Read the claim</Link> <StatusBadge status={c.status} />
        </span>
      ))}
      <DecisionLinks decisions={reason.decisions} />
      {reason.privateDecisions > 0 && (
        <span className="muted">
          {reason.privateDecisions} team-only decision{reason.privateDecisions === 1 ? "" : "s"} counted, not shown
        </span>
      )}
    </span>
  );
}

function ReasonItem({ reason }: { reason: PublicReason }) {
  return (
    <li className="reason">
      <span className="reason__text">{reason.text}</span>
      {reason.countsBecause && <span className="reason__match">counts because: {reason.countsBecause}</span>}
      <ReasonSources reason={reason} />
    </li>
  );
}

/** "Why FastAPI" only for a pick editors published: with none, the reasons are the evidence's lean. */
function headingOf(explanation: Explanation): string {
  if (explanation.leansTo) return `Why the checked evidence leans to ${explanation.leansTo}`;
  if (explanation.editorial && explanation.label === NO_PICK) return "Why there is no pick";
  return `Why ${explanation.label}`;
}

/** The confidence in one line, and how the figure was got folded under it (G3). */
function ConfidenceLine({ explanation, line }: { explanation: Explanation; line: string }) {
  return (
    <>
      <p className="muted">
        {explanation.leansTo
          ? `Evidence-weighted confidence in that lean when published`
          : "Evidence-weighted confidence when published"}
        : {confidenceText(line)}
      </p>
      <ConfidenceDetails details={explanation.confidenceDetails} />
    </>
  );
}

export function VerdictExplanation({ explanation, headingId }: { explanation: Explanation; headingId: string }) {
  return (
    <section className="explanation" aria-labelledby={headingId}>
      <h3 id={headingId}>{headingOf(explanation)}</h3>
      {explanation.editorial && <p className="explanation__editorial">{explanation.editorial.text}</p>}
      {/* A percentage is shown only with the line that explains it: sources, counter-evidence, recency. */}
      {explanation.confidenceLine && <ConfidenceLine explanation={explanation} line={explanation.confidenceLine} />}
      {explanation.reasons.length > 0 ? (
        <ol className="reasons">
          {explanation.reasons.map((r, i) => (
            <ReasonItem key={i} reason={r} />
          ))}
        </ol>
      ) : (
        <p>
          {explanation.editorial && explanation.label !== NO_PICK
            ? `The evidence alone does not favour ${explanation.label}.`
            : "No public reasons to show."}
        </p>
      )}
      <h4>
        {explanation.counterEvidenceFor
          ? `Nothing verified against it. The strongest case for an alternative, ${explanation.counterEvidenceFor}`
          : "Strongest counter-evidence"}
      </h4>
      {explanation.counterEvidence ? (
        <ul className="reasons reasons--counter">
          <ReasonItem reason={explanation.counterEvidence} />
        </ul>
      ) : (
        <p>None found so far.</p>
      )}
      <h4>What would change this</h4>
      <p>
        {explanation.whatWouldChange.text}
        {explanation.whatWouldChange.claim && (
          <>
            {" "}
            <Link href={`/claims/${explanation.whatWouldChange.claim.slug}`}>See the claim</Link>
          </>
        )}
      </p>
    </section>
  );
}
