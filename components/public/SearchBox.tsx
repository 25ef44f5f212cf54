// The header's search box. Suggestions come as you type with no script at all: the names of
// technologies, comparisons and use cases are rendered into a <datalist> the browser filters itself.
import { cachedPublicData, shownInPlace } from "@/lib/cache";
import { suggestionNames } from "@/lib/search";
import { staticSection } from "./static-markup";
import "./SearchBox.css";

/** The names the box suggests, loaded by the layout (a server component may wait; the box itself does not). */
// Names of what exists, not of how it stands: a claim verified or disputed leaves them (and every
// page's layout) as they were.
export const loadSearchSuggestions = cachedPublicData("search-suggestions", () => suggestionNames(), {
  tags: shownInPlace,
});

export function SearchBox({ names }: { names: string[] }) {
  return (
    <form role="search" aria-label="Site" action="/search" method="get" className="search-box">
      <label htmlFor="site-search" className="sr-only">
        Search StackVerdict
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        list="site-search-names"
        maxLength={200}
        placeholder="Django vs FastAPI"
        autoComplete="off"
      />
      {/* Every page's longest list: one markup string per set of names (./static-markup.ts). */}
      {staticSection(names, "datalist", () => (
        <datalist id="site-search-names">
          {names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      ))}
      <button type="submit">Search</button>
    </form>
  );
}
