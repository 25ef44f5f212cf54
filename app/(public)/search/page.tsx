import type { Metadata } from "next";
import { SearchForm } from "@/components/public/SearchForm";
import { SearchResults } from "@/components/public/SearchResults";
import { pageMetadata } from "@/lib/public/metadata";
import { MAX_QUERY_LENGTH, search, SEARCH_KINDS, type SearchKind } from "@/lib/search";
import "./search.css";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PER_PAGE = 20;
const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** The page forgives what the API refuses: odd parameters fall back to sensible defaults. */
async function readParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const q = one(params.q).trim().slice(0, MAX_QUERY_LENGTH);
  const typeParam = one(params.type);
  const type = (SEARCH_KINDS as readonly string[]).includes(typeParam) ? (typeParam as SearchKind) : null;
  const techParam = one(params.tech);
  const technology = /^[a-z0-9][a-z0-9-]{0,99}$/.test(techParam) ? techParam : null;
  const page = Math.min(Math.max(1, Number.parseInt(one(params.page), 10) || 1), 10);
  return { q, type, technology, page };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await readParams(searchParams);
  return {
    ...pageMetadata({
      title: q ? `Search: ${q}` : "Search",
      description:
        "Search StackVerdict's technologies, comparisons, checked claims, their sources, verdicts and teams' decisions.",
      path: "/search",
    }),
    // Result pages are endless and thin: search engines should index the pages they link to instead.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const state = await readParams(searchParams);
  const { q, type, technology, page } = state;
  const result = q ? await search({ q, kinds: type ? [type] : undefined, technology, page, perPage: PER_PAGE }) : null;
  return (
    <>
      <header className="page-head">
        <h1>Search</h1>
        <p className="lead">
          Technologies, comparisons, checked claims, the sources they quote, verdicts and teams’ decisions.
        </p>
      </header>
      <SearchForm q={q} type={type} technology={technology} />
      {result && <SearchResults state={state} result={result} perPage={PER_PAGE} />}
    </>
  );
}
