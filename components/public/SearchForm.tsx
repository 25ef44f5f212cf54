import { SEARCH_KINDS, type SearchKind } from "@/lib/search";

export const KIND_LABELS: Record<SearchKind, string> = {
  comparison: "Comparisons",
  technology: "Technologies",
  "use-case": "Use cases",
  verdict: "Verdicts",
  claim: "Claims",
  decision: "Decisions",
  article: "Sources",
};

/** A plain GET form: searching works without any JavaScript. */
export function SearchForm({
  q,
  type,
  technology = null,
}: {
  q: string;
  type: SearchKind | null;
  technology?: string | null;
}) {
  return (
    <form role="search" action="/search" method="get" className="search-form">
      <label htmlFor="search-q" className="search-form__label">
        Search technologies, comparisons, claims, sources, verdicts and decisions
      </label>
      <div className="search-form__row">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. Django vs FastAPI, “requests per second”"
        />
        <label htmlFor="search-type" className="sr-only">
          Only
        </label>
        <select id="search-type" name="type" defaultValue={type ?? ""}>
          <option value="">Everything</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {technology && <input type="hidden" name="tech" value={technology} />}
        <button type="submit">Search</button>
      </div>
    </form>
  );
}
