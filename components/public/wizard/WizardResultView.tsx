// The wizard's recommendation: the answer first (the pick with its confidence in one line), then,
// each folded under a line saying what it holds, the reasons with the claims behind each, how each
// answer counted (or why it did not), and the category's ranking. Pure markup: rendered on the
// server for shared links and no-JS visitors, and by the client after a change.
import Link from "next/link";
import type { ReactNode } from "react";
import { naturalStatement, withNaturalStatements } from "@/lib/public/statements";
import type { WizardClaimLink, WizardResult } from "@/lib/wizard/recommend";
import { answerCountTitle } from "@/lib/wizard/answer-count";
import { evidenceScoreNote } from "@/lib/wizard/score-note";
import { headlineOf } from "@/lib/wizard/headline";
import { ConfidenceDetails } from "../ConfidenceDetails";
import { DecisionLinks } from "../DecisionLinks";

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What is compared, said once (G13): " · frameworks compared" after the use case, unless its name
 * already names the kind ("Database for a multi-user web app" is not followed by "databases").
 */
export function comparedNote(useCase: { name: string; categoryLabel: string }): string {
  const kinds = useCase.categoryLabel.toLowerCase();
  const kind = kinds.endsWith("s") ? kinds.slice(0, -1) : kinds;
  return useCase.name.toLowerCase().includes(kind) ? "" : ` · ${kinds} compared`;
}

/** The answer first: the pick, its confidence in one line and its caveat (or why there is none). */
function Answer({ result }: { result: WizardResult }) {
  const { recommendation, useCase } = result;
  const useCaseName = useCase.href ? <Link href={useCase.href}>{useCase.name}</Link> : useCase.name;
  // One source for whether there is a pick: the heading and what is said under it (lib/wizard/headline.ts).
  const headline = headlineOf(result);
  return (
    <>
      {/* A pick the evidence barely sets ahead, or that skills put first, is named for what it is. */}
      <h2 id="wizard-result-heading" tabIndex={-1}>
        {headline.heading}
      </h2>
      <p className="muted">
        Use case: {useCaseName}
        {comparedNote(useCase)}
      </p>
      {recommendation && !headline.noPick ? (
        <>
          <p className="wizard-result__pick">
            <span className="verdict__arrow" aria-hidden="true">
              →
            </span>{" "}
            {recommendation.technologies.map((t, i) => (
              <span key={t.slug}>
                {i > 0 && " + "}
                <Link href={`/technologies/${t.slug}`}>{t.name}</Link>
              </span>
            ))}
          </p>
          <p className="wizard-result__confidence">Confidence {recommendation.confidenceLine}</p>
          <ConfidenceDetails details={recommendation.confidenceDetails} />
          {recommendation.caveat && <p className="wizard-result__caveat">{recommendation.caveat}</p>}
          {recommendation.decisions.length > 0 && (
            <p className="muted">
              Team decisions counted: <DecisionLinks decisions={recommendation.decisions} />
            </p>
          )}
          {recommendation.verdictNote && (
            <aside className="editors-note" aria-labelledby="wizard-verdict-note">
              <h3 id="wizard-verdict-note">
                Editors&apos; note on <Link href={recommendation.verdictNote.href}>the verdict for {useCase.name}</Link>
              </h3>
              <p className="muted">In the editors&apos; own words, not worked out from the evidence.</p>
              {recommendation.verdictNote.summary && <p>{recommendation.verdictNote.summary}</p>}
              {recommendation.verdictNote.rationaleHtml && (
                <div className="prose" dangerouslySetInnerHTML={{ __html: recommendation.verdictNote.rationaleHtml }} />
              )}
            </aside>
          )}
        </>
      ) : (
        <p className="empty">{headline.noPick}</p>
      )}
    </>
  );
}

/**
 * One part of the result folded under a line that says what it holds and how much ("Why Django:
 * 4 reasons"): on a phone the whole result used to run to ~6,500 px; folded, the answer and the
 * list of what backs it fit on a screen or two, and nothing is left out (the text is in the page,
 * found by the browser's search, and opens without JavaScript).
 */
function Fold({ title, count, children }: { title: string; count?: string; children: ReactNode }) {
  return (
    <details className="wizard-fold">
      <summary>
        <h3>
          {title}
          {count && <span className="wizard-fold__count"> · {count}</span>}
        </h3>
      </summary>
      {children}
    </details>
  );
}

function Reasons({ result }: { result: WizardResult }) {
  return (
    <>
      <ReasonList reasons={result.reasons} />
      {result.alsoCounted.length > 0 && (
        <>
          <p className="muted">
            Also counted, not given as a reason: advice made for another use case, which counts here only through a need
            the two share.
          </p>
          <ReasonList reasons={result.alsoCounted} />
        </>
      )}
      {result.notListed > 0 && (
        <p className="muted">
          {plural(result.notListed, "more claim is", "more claims are")} counted for {result.recommendation?.label}, not
          listed here.
        </p>
      )}
    </>
  );
}

/** `against`: the claims count against the pick, so their basis is what they count against it on (review 10, F11). */
function ReasonList({ reasons, against = false }: { reasons: WizardResult["reasons"]; against?: boolean }) {
  return (
    <ol className="wizard-reasons">
      {reasons.map((r, i) => (
        <li key={i} className="wizard-reason">
          <p>{withNaturalStatements(r.text, r.claims)}</p>
          <p className="muted">
            {against ? "Counts against it on: " : "Counts for: "}
            {r.basis}
            {r.claims.length > 0 && (
              <>
                {" · evidence: "}
                <ClaimLinks claims={r.claims} />
              </>
            )}
          </p>
          {r.decisions.length > 0 && (
            <p className="muted">
              <DecisionLinks decisions={r.decisions} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function Factors({ result }: { result: WizardResult }) {
  // Marked as moving exactly the answers the count in the fold's title counts (review 5, R12).
  const { movedLines } = answerCount(result);
  return (
    <ul className="wizard-factors">
      {result.factors.map((f) => (
        <li
          key={`${f.question}:${f.key}`}
          className={movedLines.has(f) ? "wizard-factor wizard-factor--moved" : "wizard-factor"}
        >
          <p>{withNaturalStatements(f.text, f.claims)}</p>
          {f.claims.length > 0 && (
            <p className="muted">
              Evidence: <ClaimLinks claims={f.claims} />
            </p>
          )}
          {f.decisions.length > 0 && (
            <p className="muted">
              Decided on it: <DecisionLinks decisions={f.decisions} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function Ranking({ result }: { result: WizardResult }) {
  // The needs weighed: those ticked that the use case is chosen on (a tick of another use case's need is not).
  const { needsWeighed, needsTicked } = answerCount(result);
  const scoreNote = evidenceScoreNote(needsWeighed, needsTicked);
  const category = result.useCase.categoryLabel.toLowerCase();
  return (
    <>
      <div className="table-scroll">
        <table className="data-table" aria-describedby="wizard-score-note">
          <caption>How each of these {category} scored for your answers</caption>
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
                <th scope="row">
                  <Link href={`/technologies/${r.slug}`}>{r.name}</Link>
                </th>
                <td>{r.familiar ? "yes" : "no"}</td>
                <td>{r.score.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p id="wizard-score-note" className="muted">
          {scoreNote.text}
        </p>
      </div>
      {/* One line per option, in ranking order: a runner-up's place is explained as the pick's is. */}
      <h4>What placed each one there</h4>
      <ul className="wizard-standings">
        {result.ranking.map((r) => (
          <li key={r.slug}>
            {r.name}:{" "}
            {r.standing
              ? withNaturalStatements(r.standing, r.claims)
              : "its place rests on evidence that is not public yet."}
            {r.standing && r.decisions.length > 0 && (
              <>
                {" "}
                <span className="muted">
                  Team decisions counted: <DecisionLinks decisions={r.decisions} />
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The answers given on top of the use case (the team's skills, each ticked need): "1 of 3 answers
 * moved the scores" counts what was answered, and says "scores", as an answer may move them without
 * changing the order or the confidence figure. The use case itself is the baseline the confidence
 * line compares with ("your answers do not change it"), so it is not counted. Every ticked need is
 * an answer (issue 11, F4), the weighed ones with a line each and those the use case is not chosen
 * on on the line that says why they were not weighed (key ":elsewhere"): they moved nothing. The
 * lines about needs left unticked or claims that set none apart (keys "" and ":…") are no answers.
 */
export function answerCount({ factors, answers }: Pick<WizardResult, "factors" | "answers">): {
  moved: number;
  answers: number;
  /** Ticked needs weighed here (each adds to the evidence score), and all those ticked. */
  needsWeighed: number;
  needsTicked: number;
  movedLines: ReadonlySet<WizardResult["factors"][number]>;
} {
  const weighed = factors.filter((f) => f.question === "need" && f.key !== "" && !f.key.startsWith(":"));
  const skills = factors.filter((f) => f.question === "skills");
  const movedLines = new Set([...skills, ...weighed].filter((f) => f.moved));
  return {
    moved: movedLines.size,
    answers: skills.length + answers.needs.length,
    needsWeighed: weighed.length,
    needsTicked: answers.needs.length,
    movedLines,
  };
}

export function WizardResultView({ result }: { result: WizardResult }) {
  const { recommendation } = result;
  return (
    <div className="wizard-result">
      <Answer result={result} />
      {result.reasons.length > 0 && recommendation && (
        <Fold
          title={`Why ${recommendation.label}`}
          count={`${plural(result.reasons.length, "reason", "reasons")}${result.alsoCounted.length + result.notListed ? `, ${result.alsoCounted.length + result.notListed} more counted` : ""}`}
        >
          <Reasons result={result} />
        </Fold>
      )}
      {result.against.length > 0 && recommendation && (
        <Fold
          title={`Counted against ${recommendation.label}`}
          count={plural(result.against.length, "claim", "claims")}
        >
          <ReasonList reasons={result.against} against />
        </Fold>
      )}
      {result.factors.length > 0 && (
        <Fold title="How your answers counted" count={answerCountTitle(result.factors, result.answers.needs.length)}>
          <Factors result={result} />
        </Fold>
      )}
      {result.ranking.length > 0 && (
        <Fold
          title={`How each of these ${result.useCase.categoryLabel.toLowerCase()} scored`}
          count={plural(result.ranking.length, "option", "options")}
        >
          <Ranking result={result} />
        </Fold>
      )}
    </div>
  );
}
