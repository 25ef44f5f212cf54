import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import {
  CitedClaims,
  CitedClaimsWarning,
  decisionStatusLabel,
  OutcomeList,
  RevisitNote,
} from "@/components/public/DecisionParts";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import { getPublicDecision } from "@/lib/public/decisions";
import { formatDate, namesBeyond } from "@/lib/public/format";
import { pageMetadata, NOT_FOUND_METADATA } from "@/lib/public/metadata";
import { DRIVERS } from "@/lib/verdicts/drivers";

type Props = { params: Promise<{ slug: string }> };
const load = cache(cachedPublicData("decision", (slug: string) => getPublicDecision(slug), { tags: shownRecords }));
const driverLabel = (key: string) => DRIVERS.find((d) => d.key === key)?.label ?? key;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const decision = await load((await params).slug);
  if (!decision) return NOT_FOUND_METADATA;
  return pageMetadata({
    title: decision.title,
    description: `${decision.team.name} chose ${decision.chosenOption}. ${decision.context.slice(0, 150)}`,
    path: `/decisions/${decision.slug}`,
    type: "article",
  });
}

/** "Chosen option: FastAPI", linked to the technology it names; other technologies it brought along in brackets. */
function ChosenOption({ option, technologies }: { option: string; technologies: { slug: string; name: string }[] }) {
  const named = technologies.find((t) => t.name.toLowerCase() === option.trim().toLowerCase());
  const others = technologies.filter((t) => namesBeyond(option, [t.name]).length > 0);
  return (
    <p>
      Chosen option: <strong>{named ? <Link href={`/technologies/${named.slug}`}>{option}</Link> : option}</strong>
      {others.length > 0 && (
        <>
          {" "}
          (
          {others.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && " + "}
              <Link href={`/technologies/${t.slug}`}>{t.name}</Link>
            </span>
          ))}
          )
        </>
      )}
    </p>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

type Decision = NonNullable<Awaited<ReturnType<typeof load>>>;

/** The decision's team, status, dates and makers, and the decisions it replaced or was replaced by. */
function DecisionHead({ d }: { d: Decision }) {
  return (
    <header className="page-head">
      <Breadcrumbs trail={[{ href: "/decisions", label: "Decisions" }]} current={d.title} />
      <p className="eyebrow">{d.team.name}</p>
      <h1>{d.title}</h1>
      <p className="muted decision-meta">
        <span>{decisionStatusLabel(d.status)}</span>
        <span>Decided {formatDate(d.date)}</span>
        {d.decisionMakers && <span>By {d.decisionMakers}</span>}
        <RevisitNote decision={d} />
      </p>
      {d.supersededBy && (
        <p>
          Superseded by <Link href={`/decisions/${d.supersededBy.slug}`}>{d.supersededBy.title}</Link>.
        </p>
      )}
      {d.supersedes.length > 0 && (
        <p>
          Supersedes{" "}
          {d.supersedes.map((s, i) => (
            <span key={s.slug}>
              {i > 0 && ", "}
              <Link href={`/decisions/${s.slug}`}>{s.title}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </header>
  );
}

/** Every option weighed, with its pros and cons; the chosen one marked. */
function ConsideredOptions({ options, chosen }: { options: Decision["options"]; chosen: string }) {
  return (
    <section aria-labelledby="options">
      <h2 id="options">Considered options</h2>
      {options.map((o, i) => (
        <div key={i} className="card decision-option">
          <h3>
            {o.name}
            {o.name === chosen && <span className="badge badge--verified">Chosen</span>}
          </h3>
          {o.pros.length > 0 && (
            <>
              <p className="decision-option__label">Pros</p>
              <ul className="bullets">
                {o.pros.map((p, j) => (
                  <li key={j}>{p}</li>
                ))}
              </ul>
            </>
          )}
          {o.cons.length > 0 && (
            <>
              <p className="decision-option__label">Cons</p>
              <ul className="bullets">
                {o.cons.map((c, j) => (
                  <li key={j}>{c}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

export default async function DecisionPage({ params }: Props) {
  const d = await load((await params).slug);
  if (!d) notFound();
  return (
    <article>
      <DecisionHead d={d} />
      <CitedClaimsWarning warning={d.warning} />
      <section aria-labelledby="context">
        <h2 id="context">Context and problem</h2>
        <Paragraphs text={d.context} />
      </section>
      {d.drivers.length > 0 && (
        <section aria-labelledby="drivers">
          <h2 id="drivers">What mattered to the team</h2>
          <ul className="bullets">
            {d.drivers.map((k) => (
              <li key={k}>{driverLabel(k)}</li>
            ))}
          </ul>
        </section>
      )}
      {d.options.length > 0 && <ConsideredOptions options={d.options} chosen={d.chosenOption} />}
      <section aria-labelledby="outcome">
        <h2 id="outcome">Decision outcome</h2>
        <ChosenOption option={d.chosenOption} technologies={d.chosenTechnologies} />
        {d.rationale && <Paragraphs text={d.rationale} />}
        {d.consequences && (
          <>
            <h3>Consequences</h3>
            <Paragraphs text={d.consequences} />
          </>
        )}
        {d.confirmation && (
          <>
            <h3>Confirmation</h3>
            <Paragraphs text={d.confirmation} />
          </>
        )}
      </section>
      <section aria-labelledby="claims">
        <h2 id="claims">Claims it relies on</h2>
        <CitedClaims claims={d.claims} />
      </section>
      <section aria-labelledby="reviews">
        <h2 id="reviews">How it turned out</h2>
        <OutcomeList outcomes={d.outcomeReviews} />
      </section>
    </article>
  );
}
