import { SEARCH_KINDS, type SearchKind } from "@/lib/search";

export const KIND_LABELS: Record<SearchKind, string> = { claim: "Claims", article: "Sources", verdict: "Verdicts" };

/** A plain GET form: searching works without any JavaScript. */
export function SearchForm({ q, type }: { q: string; type: SearchKind | null }) {
  return (
    <form role="search" action="/search" method="get" className="search-form">
      <label htmlFor="search-q" className="search-form__label">Search claims, sources and verdicts</label>
      <div className="search-form__row">
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" placeholder="e.g. django admin" />
        <label htmlFor="search-type" className="sr-only">Only</label>
        <select id="search-type" name="type" defaultValue={type ?? ""}>
          <option value="">Everything</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>{KIND_LABELS[k]}</option>
          ))}
        </select>
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
