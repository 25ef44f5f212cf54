import Link from "next/link";
import type { PublicClaim } from "@/lib/public/claims";
import {
  claimKindLabel,
  claimTitle,
  contradictionNote,
  contradictionState,
  formatDate,
  formatFigure,
  humanize,
  isoDate,
  metricName,
} from "@/lib/public/format";
import { Breadcrumbs } from "./Breadcrumbs";
import { ConditionsTable } from "./ConditionsTable";
import { readableContext } from "@/lib/public/plain-text";
import { QuoteInContext, TableRowQuote } from "./QuoteInContext";
import { ExternalLink } from "./ExternalLink";
import { StatusBadge } from "./StatusBadge";
import { sourcesLabel } from "@/lib/public/counts";

const STANCE_LABELS: Record<string, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  MENTIONS: "Mentions",
};
const ACTION_LABELS: Record<string, string> = {
  CREATE: "Created",
  UPDATE: "Edited",
  DELETE: "Removed",
  RESTORE: "Restored",
  REVERT: "Reverted",
  MERGE: "Merged",
};

const FIELD_LIST = new Intl.ListFormat("en-GB", { type: "conjunction" });

/** "Edited the status and rating", "Created": one sentence per change. */
function historyLine(action: string, fields: string[]): string {
  const verb = ACTION_LABELS[action] ?? humanize(action.toLowerCase());
  if (fields.length === 0 || action === "CREATE") return verb;
  // "Status" → "status", but "URL" stays "URL".
  const word = (f: string) => humanize(f).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  return `${verb} the ${FIELD_LIST.format(fields.map(word))}`;
}

export function ClaimView({ claim }: { claim: PublicClaim }) {
  return (
    <article className="claim">
      <ClaimHeader claim={claim} />

      {(claim.value != null || claim.metric || Object.keys(claim.conditions).length > 0) && (
        <FigureSection claim={claim} />
      )}

      <SourcesSection claim={claim} />

      {/* A figure measured under other conditions does not contradict this one: it is listed apart. */}
      <ContradictionList
        id="contradictions"
        heading="Contradicting claims"
        items={claim.contradictions.filter((c) => c.status !== "NOT_COMPARABLE")}
      />
      <ContradictionList
        id="not-compared"
        heading="Figures not compared with this one"
        items={claim.contradictions.filter((c) => c.status === "NOT_COMPARABLE")}
      />

      <HistorySection history={claim.history} />
    </article>
  );
}

function ClaimHeader({ claim }: { claim: PublicClaim }) {
  return (
    <header className="page-head">
      {/* In the claims index, among the claims about the (first) technology it is about. */}
      <Breadcrumbs
        trail={[
          { href: "/claims", label: "Claims" },
          ...claim.technologies.slice(0, 1).map((t) => ({ href: `/claims?tech=${t.slug}`, label: t.name })),
        ]}
        current="Claim"
      />
      <p className="eyebrow">{claimKindLabel(claim)}</p>
      <h1 className="claim__statement">
        {claimTitle(claim.statement, claim.conditions, { technologies: claim.technologies })}
      </h1>
      <Assessment claim={claim} />
      {claim.technologies.length > 0 && (
        <ul className="tags" aria-label="Technologies">
          {claim.technologies.map((t) => (
            <li key={t.slug}>
              <Link href={`/technologies/${t.slug}`} className="tag">
                {t.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

/** The editors' status, rating and when they reviewed it. */
function Assessment({ claim }: { claim: PublicClaim }) {
  return (
    <div className={`assessment assessment--${claim.status.toLowerCase()}`}>
      <p className="assessment__line">
        <StatusBadge status={claim.status} />
        {claim.rating && <strong className="assessment__rating">{claim.rating}</strong>}
        {claim.reviewedAt && (
          <span className="muted">
            reviewed <time dateTime={isoDate(claim.reviewedAt)}>{formatDate(claim.reviewedAt)}</time>
          </span>
        )}
      </p>
      {claim.ratingExplanation && <p>{claim.ratingExplanation}</p>}
    </div>
  );
}

function FigureSection({ claim }: { claim: PublicClaim }) {
  return (
    <section aria-labelledby="figure">
      <h2 id="figure">{claim.value != null ? "The figure" : "Details"}</h2>
      {claim.value != null && (
        <p className="figure">
          <span className="figure__metric">{claim.metric ? metricName(claim.metric) : "Value"}</span>
          <span className="figure__value">{formatFigure(claim.value, claim.unit, claim.metric)}</span>
        </p>
      )}
      <ConditionsTable
        conditions={claim.conditions}
        caption={claim.kind === "PERFORMANCE" ? "Measured under these conditions" : "As recorded"}
      />
    </section>
  );
}

function SourcesSection({ claim: { citations, sources } }: { claim: PublicClaim }) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      {citations.length === 0 ? (
        <p className="empty">No source is attached to this claim.</p>
      ) : (
        <p className="muted">{sourcesLabel(sources.sources, sources.ourOwn)}</p>
      )}
      <ol className="citations">
        {citations.map((c) => (
          <CitationItem key={c.id} citation={c} />
        ))}
      </ol>
    </section>
  );
}

function CitationItem({ citation: c }: { citation: PublicClaim["citations"][number] }) {
  return (
    <li className="citation">
      <p className="citation__source">
        <Link href={`/sources/${c.article.slug}`}>{c.article.title}</Link>
        <span className="muted">
          {[c.article.author, c.article.domain, formatDate(c.article.publishedAt)].filter(Boolean).join(" · ")}
        </span>
      </p>
      {/* The page shows the excerpt without markdown syntax; the API keeps the stored text. A table row
          is shown under its header: the row alone does not say which column a figure is. */}
      {c.tableHeader ? (
        <TableRowQuote header={c.tableHeader} context={c.context} />
      ) : (
        <QuoteInContext context={readableContext(c.context)} />
      )}
      <p className="citation__links">
        <span className={`stance stance--${c.stance.toLowerCase()}`}>{STANCE_LABELS[c.stance] ?? c.stance}</span>
        <Link href={`/sources/${c.article.slug}`}>Read it in the source</Link>
        {c.article.url && <ExternalLink href={c.article.url}>Original at {c.article.domain ?? "source"}</ExternalLink>}
      </p>
    </li>
  );
}

function HistorySection({ history }: { history: PublicClaim["history"] }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history">History</h2>
      <ol className="history">
        {history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.createdAt.toISOString()}>{formatDate(h.createdAt)}</time>{" "}
            <span>{historyLine(h.action, h.fields)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Other claims set against this one: each linked by its formatted title, with its state and why. */
function ContradictionList({
  id,
  heading,
  items,
}: {
  id: string;
  heading: string;
  items: PublicClaim["contradictions"];
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="contradictions">
        {items.map((c) => (
          <li key={c.id}>
            {c.status !== "NOT_COMPARABLE" && (
              <>
                <span className={`pill pill--${c.status.toLowerCase()}`}>{contradictionState(c.status)}:</span>{" "}
              </>
            )}
            <Link href={`/claims/${c.other.slug}`}>{claimTitle(c.other.statement, c.other.conditions)}</Link>{" "}
            <StatusBadge status={c.other.status} />
            {/* The stored reason is the editors' working note (slugs, metric keys); visitors get its kind in words. */}
            <p className="muted">{contradictionNote(c.kind, c.status)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
