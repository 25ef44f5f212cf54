import Link from "next/link";
import type { SearchKind, SearchResult } from "@/lib/search";
import { StatusBadge } from "./StatusBadge";

const KIND_NAMES: Record<SearchKind, string> = {
  comparison: "Comparison",
  technology: "Technology",
  "use-case": "Use case",
  verdict: "Verdict",
  claim: "Claim",
  decision: "Decision",
  article: "Source",
};

/**
 * The query between quotation marks, as typed: a query that is one quoted phrase already has its
 * own marks, shown once (“"requests per second"” showed them twice).
 */
export function quotedQuery(q: string): string {
  const phrase = /^"([^"]*)"$/.exec(q);
  return `“${phrase ? phrase[1] : q}”`;
}

export interface SearchState {
  q: string;
  type: SearchKind | null;
  technology: string | null;
  page: number;
}

/** The address of a search, every parameter in one place (pages, facets, "did you mean"). */
export function searchHref(state: Partial<SearchState> & { q: string }): string {
  const params = new URLSearchParams({ q: state.q });
  if (state.type) params.set("type", state.type);
  if (state.technology) params.set("tech", state.technology);
  if (state.page && state.page > 1) params.set("page", String(state.page));
  return `/search?${params.toString()}`;
}

function Facets({ state, facets }: { state: SearchState; facets: SearchResult["facets"] }) {
  if (facets.kinds.length === 0 && facets.technologies.length === 0) return null;
  const technologyName = facets.technologies.find((t) => t.value === state.technology)?.label ?? state.technology;
  return (
    <nav aria-label="Narrow the results" className="search-facets">
      <div>
        <h3 className="search-facets__title">Type</h3>
        <ul>
          <li>
            {state.type ? (
              <Link href={searchHref({ ...state, type: null, page: 1 })}>Everything</Link>
            ) : (
              <span aria-current="true">Everything</span>
            )}
          </li>
          {facets.kinds.map((f) => (
            <li key={f.value}>
              {state.type === f.value ? (
                <span aria-current="true">
                  {f.label} ({f.count})
                </span>
              ) : (
                <Link href={searchHref({ ...state, type: f.value, page: 1 })}>
                  {f.label} ({f.count})
                </Link>
              )}
            </li>
          ))}
        </ul>
      </div>
      {(facets.technologies.length > 0 || state.technology) && (
        <div>
          <h3 className="search-facets__title">Technology</h3>
          <ul>
            <li>
              {state.technology ? (
                <Link href={searchHref({ ...state, technology: null, page: 1 })}>Any (not only {technologyName})</Link>
              ) : (
                <span aria-current="true">Any</span>
              )}
            </li>
            {facets.technologies.map((f) => (
              <li key={f.value}>
                {state.technology === f.value ? (
                  <span aria-current="true">
                    {f.label} ({f.count})
                  </span>
                ) : (
                  <Link href={searchHref({ ...state, technology: f.value, page: 1 })}>
                    {f.label} ({f.count})
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  );
}

function Correction({ state, result }: { state: SearchState; result: SearchResult }) {
  if (!result.suggestion) return null;
  if (result.correctedFrom) {
    return (
      <p className="search-correction">
        Nothing matched “{result.correctedFrom}”: showing results for <strong>{result.suggestion}</strong>.
      </p>
    );
  }
  return (
    <p className="search-correction">
      Did you mean <Link href={searchHref({ ...state, q: result.suggestion, page: 1 })}>{result.suggestion}</Link>?
    </p>
  );
}

export function SearchResults({
  state,
  result,
  perPage,
}: {
  state: SearchState;
  result: SearchResult;
  perPage: number;
}) {
  const { hits, total } = result;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const first = (state.page - 1) * perPage + 1;
  const count = `${total}${result.capped ? "+" : ""} ${total === 1 && !result.capped ? "result" : "results"}`;
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">
        {total === 0
          ? `No results for ${quotedQuery(state.q)}`
          : `${count} for ${quotedQuery((result.correctedFrom ? result.suggestion : null) ?? state.q)}`}
      </h2>
      <Correction state={state} result={result} />
      <Facets state={state} facets={result.facets} />
      {total === 0 && (
        <p className="empty">
          Try fewer or shorter words: every word has to match, and word beginnings are enough (“fast” finds “FastAPI”).
          Put words in quotes to find them together.
        </p>
      )}
      {hits.length > 0 && (
        <ol className="search-results" start={first}>
          {hits.map((hit) => (
            <li key={`${hit.kind}:${hit.slug}`} className="search-result">
              <p className="eyebrow">
                {KIND_NAMES[hit.kind]} {hit.status && <StatusBadge status={hit.status} />}
              </p>
              <h3 className="search-result__title">
                <Link href={hit.url}>{hit.title}</Link>
              </h3>
              {hit.snippet.length > 0 && (
                <p className="search-result__snippet">
                  {hit.snippet.map((part, i) =>
                    part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label="Result pages" className="search-pages">
          {state.page > 1 && (
            <Link href={searchHref({ ...state, page: state.page - 1 })} rel="prev">
              ← Previous
            </Link>
          )}
          <span aria-current="page">
            Page {state.page} of {pages}
            {result.capped ? "+" : ""}
          </span>
          {state.page < pages && (
            <Link href={searchHref({ ...state, page: state.page + 1 })} rel="next">
              Next →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
