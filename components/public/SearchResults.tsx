import Link from "next/link";
import type { SearchHit, SearchKind } from "@/lib/search";
import { StatusBadge } from "./StatusBadge";

const KIND_NAMES: Record<SearchKind, string> = { claim: "Claim", article: "Source", verdict: "Verdict" };

function pageHref(q: string, type: SearchKind | null, page: number): string {
  const params = new URLSearchParams({ q });
  if (type) params.set("type", type);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

export function SearchResults(props: { q: string; type: SearchKind | null; hits: SearchHit[]; total: number; page: number; perPage: number }) {
  const { q, type, hits, total, page, perPage } = props;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const first = (page - 1) * perPage + 1;
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">
        {total === 0 ? `No results for “${q}”` : `${total} ${total === 1 ? "result" : "results"} for “${q}”`}
      </h2>
      {total === 0 && <p className="empty">Try fewer or shorter words: every word has to match, and word beginnings are enough (“fast” finds “FastAPI”).</p>}
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
              <p className="search-result__snippet">
                {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label="Result pages" className="search-pages">
          {page > 1 && <Link href={pageHref(q, type, page - 1)} rel="prev">← Previous</Link>}
          <span aria-current="page">Page {page} of {pages}</span>
          {page < pages && <Link href={pageHref(q, type, page + 1)} rel="next">Next →</Link>}
        </nav>
      )}
    </section>
  );
}
