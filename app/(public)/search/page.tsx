import type { Metadata } from "next";
import { SearchForm } from "@/components/public/SearchForm";
import { SearchResults } from "@/components/public/SearchResults";
import { pageMetadata } from "@/lib/public/metadata";
import { MAX_QUERY_LENGTH, search, SEARCH_KINDS, type SearchKind } from "@/lib/search";
import "./search.css";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PER_PAGE = 20;
const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] ?? "" : value ?? "");

/** The page forgives what the API refuses: odd parameters fall back to sensible defaults. */
async function readParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const q = one(params.q).trim().slice(0, MAX_QUERY_LENGTH);
  const typeParam = one(params.type);
  const type = (SEARCH_KINDS as readonly string[]).includes(typeParam) ? (typeParam as SearchKind) : null;
  const page = Math.min(Math.max(1, Number.parseInt(one(params.page), 10) || 1), 50);
  return { q, type, page };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await readParams(searchParams);
  return {
    ...pageMetadata({ title: q ? `Search: ${q}` : "Search", description: "Search StackVerdict's checked claims, their sources and the published verdicts.", path: "/search" }),
    // Result pages are endless and thin: search engines should index the pages they link to instead.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, type, page } = await readParams(searchParams);
  const result = q ? await search({ q, kinds: type ? [type] : undefined, page, perPage: PER_PAGE }) : null;
  return (
    <>
      <header className="page-head">
        <h1>Search</h1>
        <p className="lead">Checked claims, the sources they quote, and the published verdicts.</p>
      </header>
      <SearchForm q={q} type={type} />
      {result && <SearchResults q={q} type={type} hits={result.hits} total={result.total} page={page} perPage={PER_PAGE} />}
    </>
  );
}
