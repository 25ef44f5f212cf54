import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { Pager } from "@/components/public/Pager";
import { StatusBadge } from "@/components/public/StatusBadge";
import { cachedPublicData, shownRecords } from "@/lib/cache";
import {
  claimIndexPage,
  readClaimIndexFilter,
  type ClaimIndexFilter,
  type ClaimIndexPage,
} from "@/lib/public/claim-index";
import { checkedClaimsLabel, sourcesLabel } from "@/lib/public/counts";
import { KIND_GROUP_NAMES } from "@/lib/public/format";
import { pageMetadata } from "@/lib/public/metadata";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = pageMetadata({
  title: "Claims",
  description: "Every checked claim about a technology, newest first, each with its sources.",
  path: "/claims",
});

// Ordered by when a claim last changed: any claim's edit can move it onto a page.
const load = cachedPublicData(
  "claim-index",
  (kind: string, technology: string, page: number) =>
    claimIndexPage({ kind: kind || null, technology: technology || null, page }),
  { tags: (value) => shownRecords(value, { every: ["claims"] }) },
);

const hrefOf = (f: ClaimIndexFilter) => {
  const query = new URLSearchParams();
  if (f.kind) query.set("kind", f.kind.toLowerCase());
  if (f.technology) query.set("tech", f.technology);
  if (f.page > 1) query.set("page", String(f.page));
  const text = query.toString();
  return text ? `/claims?${text}` : "/claims";
};

function KindFilter({ filter }: { filter: ClaimIndexFilter }) {
  const kinds: (string | null)[] = [null, ...Object.keys(KIND_GROUP_NAMES)];
  return (
    <nav aria-label="Kinds of claim">
      <ul className="index-filter">
        {kinds.map((kind) => {
          const label = kind ? KIND_GROUP_NAMES[kind] : "All kinds";
          return (
            <li key={label}>
              {kind === filter.kind ? (
                <strong aria-current="true">{label}</strong>
              ) : (
                <Link href={hrefOf({ ...filter, kind, page: 1 })}>{label}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A plain GET form: the kind chosen above is kept, the page starts again from 1. */
function TechnologyFilter({
  filter,
  options,
}: {
  filter: ClaimIndexFilter;
  options: ClaimIndexPage["technologyOptions"];
}) {
  return (
    <form method="get" action="/claims" className="index-filter">
      {filter.kind && <input type="hidden" name="kind" value={filter.kind.toLowerCase()} />}
      <label>
        Technology
        <select name="tech" defaultValue={filter.technology ?? ""}>
          <option value="">Every technology</option>
          {options.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Show</button>
    </form>
  );
}

function Rows({ result }: { result: ClaimIndexPage }) {
  return (
    <ul className="claim-list">
      {result.rows.map((c) => (
        <li key={c.slug} className="claim-list__item">
          <Link href={`/claims/${c.slug}`} className="claim-list__statement">
            {c.title}
          </Link>
          <span className="claim-list__meta">
            <span>{c.kindLabel}</span>
            <StatusBadge status={c.status} />
            <span>{sourcesLabel(c.sources, c.ourOwn)}</span>
            {c.technologies.length > 0 && (
              <span>
                About{" "}
                {c.technologies.map((t, i) => (
                  <Fragment key={t.slug}>
                    {i > 0 && ", "}
                    <Link href={`/technologies/${t.slug}`}>{t.name}</Link>
                  </Fragment>
                ))}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function ClaimsPage({ searchParams }: Props) {
  const filter = readClaimIndexFilter(await searchParams);
  const result = await load(filter.kind ?? "", filter.technology ?? "", filter.page);
  const about = result.technology ? ` about ${result.technology.name}` : "";
  const counted = checkedClaimsLabel(result.total);
  return (
    <>
      <header className="page-head">
        <h1>Claims{about}</h1>
        <p className="lead">
          Every claim an editor has verified, disputed or refuted, newest first, each with the sources it quotes.
        </p>
      </header>
      <KindFilter filter={filter} />
      <TechnologyFilter filter={filter} options={result.technologyOptions} />
      <p className="muted">{result.capped ? `More than ${counted}` : counted}.</p>
      {result.rows.length === 0 ? <p className="empty">No checked claim matches.</p> : <Rows result={result} />}
      <Pager
        page={filter.page}
        pages={result.pages}
        capped={result.capped}
        hrefOf={(page) => hrefOf({ ...filter, page })}
        label="Pages of claims"
      />
    </>
  );
}
