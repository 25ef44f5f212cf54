// The wizard's recommendation: the pick, the reasons with the claims behind each, and the use
// cases it was weighed from. Pure markup: rendered on the server for shared links and no-JS
// visitors, and by the client after a change.
import Link from "next/link";
import type { WizardResult } from "@/lib/wizard/recommend";

const percent = (n: number) => `${Math.round(n * 100)}%`;

export function WizardResultView({ result }: { result: WizardResult }) {
  const { recommendation } = result;
  return (
    <div className="wizard-result">
      <h2 id="wizard-result-heading" tabIndex={-1}>Our recommendation</h2>
      {recommendation ? (
        <p className="wizard-result__pick">
          <span className="verdict__arrow" aria-hidden="true">→</span>{" "}
          {recommendation.technologies.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && " + "}
              <Link href={`/technologies/${t.slug}`}>{t.name}</Link>
            </span>
          ))}{" "}
          <span className="muted">(confidence {percent(recommendation.confidence)})</span>
        </p>
      ) : (
        <p className="empty">No recommendation yet: there is not enough checked evidence for these needs.</p>
      )}
      {result.drivers.length > 0 && (
        <>
          <h3>What your answers weigh</h3>
          <ul className="tags">
            {result.drivers.map((d) => (
              <li key={d.key} className="tag tag--plain">{d.label}</li>
            ))}
          </ul>
        </>
      )}
      {result.reasons.length > 0 && (
        <>
          <h3>Why</h3>
          <ol className="wizard-reasons">
            {result.reasons.map((r, i) => (
              <li key={i} className="wizard-reason">
                <p>{r.text}</p>
                <p className="muted">
                  For {r.useCase.href ? <Link href={r.useCase.href}>{r.useCase.name}</Link> : r.useCase.name}
                  {r.claims.length > 0 && (
                    <>
                      {" · evidence: "}
                      {r.claims.map((c, j) => (
                        <span key={c.slug}>
                          {j > 0 && ", "}
                          <Link href={`/claims/${c.slug}`}>the claim &ldquo;{c.statement}&rdquo;</Link>
                        </span>
                      ))}
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
          <table className="data-table">
            <caption>How each technology scored for your answers</caption>
            <thead>
              <tr><th scope="col">Technology</th><th scope="col">Score</th></tr>
            </thead>
            <tbody>
              {result.ranking.map((r) => (
                <tr key={r.slug}>
                  <th scope="row"><Link href={`/technologies/${r.slug}`}>{r.name}</Link></th>
                  <td>{r.score.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.useCases.length > 0 && (
        <p className="muted">
          Weighed from the verdicts for:{" "}
          {result.useCases.map((u, i) => (
            <span key={u.slug}>
              {i > 0 && ", "}
              {u.href ? <Link href={u.href}>{u.name}</Link> : u.name} (×{u.weight})
            </span>
          ))}
          .
        </p>
      )}
    </div>
  );
}
