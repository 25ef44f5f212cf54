// The wizard's recommendation: the pick with its confidence in one line, how each answer counted
// (or why it did not), the reasons with the claims behind each, and the category's ranking. Pure
// markup: rendered on the server for shared links and no-JS visitors, and by the client after a change.
import Link from "next/link";
import { naturalStatement, withNaturalStatements } from "@/lib/public/statements";
import type { WizardClaimLink, WizardResult } from "@/lib/wizard/recommend";
import { evidenceScoreNote } from "@/lib/wizard/score-note";

function ClaimLinks({ claims }: { claims: WizardClaimLink[] }) {
  return (
    <>
      {claims.map((c, j) => (
        <span key={c.slug}>
          {j > 0 && ", "}
          <Link href={`/claims/${c.slug}`}>the claim &ldquo;{naturalStatement(c.statement)}&rdquo;</Link>
        </span>
      ))}
    </>
  );
}

// eslint-disable-next-line max-lines-per-function -- split pending (#15)
export function WizardResultView({ result }: { result: WizardResult }) {
  const { recommendation, useCase } = result;
  const scoreNote = evidenceScoreNote(result.answers.needs.length);
  const useCaseName = useCase.href ? <Link href={useCase.href}>{useCase.name}</Link> : useCase.name;
  return (
    <div className="wizard-result">
      <h2 id="wizard-result-heading" tabIndex={-1}>Our recommendation</h2>
      <p className="muted">
        {useCase.categoryLabel} for: {useCaseName}
      </p>
      {recommendation ? (
        <>
          <p className="wizard-result__pick">
            <span className="verdict__arrow" aria-hidden="true">→</span>{" "}
            {recommendation.technologies.map((t, i) => (
              <span key={t.slug}>
                {i > 0 && " + "}
                <Link href={`/technologies/${t.slug}`}>{t.name}</Link>
              </span>
            ))}
          </p>
          <p className="wizard-result__confidence">Confidence {recommendation.confidenceExplanation}</p>
          {recommendation.caveat && <p className="wizard-result__caveat">{recommendation.caveat}</p>}
        </>
      ) : (
        <p className="empty">No recommendation yet: no checked evidence supports any of these {useCase.categoryLabel.toLowerCase()} for these answers.</p>
      )}
      <h3>How your answers counted</h3>
      <ul className="wizard-factors">
        {result.factors.map((f) => (
          <li key={`${f.question}:${f.key}`} className={f.moved ? "wizard-factor wizard-factor--moved" : "wizard-factor"}>
            <p>{withNaturalStatements(f.text, f.claims)}</p>
            {f.claims.length > 0 && (
              <p className="muted">
                Evidence: <ClaimLinks claims={f.claims} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {result.reasons.length > 0 && recommendation && (
        <>
          <h3>Why {recommendation.label}</h3>
          <ol className="wizard-reasons">
            {result.reasons.map((r, i) => (
              <li key={i} className="wizard-reason">
                <p>{withNaturalStatements(r.text, r.claims)}</p>
                <p className="muted">
                  Counts for: {r.basis}
                  {r.claims.length > 0 && (
                    <>
                      {" · evidence: "}
                      <ClaimLinks claims={r.claims} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {result.ranking.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" aria-describedby="wizard-score-note">
            <caption>How each of these {useCase.categoryLabel.toLowerCase()} scored for your answers</caption>
            <thead>
              <tr>
                <th scope="col">Technology</th>
                <th scope="col">Your team knows it</th>
                <th scope="col">Evidence score ({scoreNote.range})</th>
              </tr>
            </thead>
            <tbody>
              {result.ranking.map((r) => (
                <tr key={r.slug}>
                  <th scope="row"><Link href={`/technologies/${r.slug}`}>{r.name}</Link></th>
                  <td>{r.familiar ? "yes" : "no"}</td>
                  <td>{r.score.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p id="wizard-score-note" className="muted">{scoreNote.text}</p>
        </div>
      )}
      {result.ranking.length > 0 && (
        <>
          {/* One line per option, in ranking order: a runner-up's place is explained as the pick's is. */}
          <h3>What placed each one there</h3>
          <ul className="wizard-standings">
            {result.ranking.map((r) => (
              <li key={r.slug}>
                {r.name}: {r.standing || "its place rests on evidence that is not public yet."}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
