// Counts a visitor compares across pages, each computed by one function so the home page, the
// comparisons list and a comparison's own page always agree ("12 checked claims" everywhere).
import { countLabel } from "./format";

/** Claims are "checked" once public: verified, disputed or refuted by an editor. */
export const checkedClaimsLabel = (n: number): string => countLabel(n, "checked claim", "checked claims");
export const verifiedClaimsLabel = (n: number): string => countLabel(n, "verified claim", "verified claims");
/**
 * "2 sources", or with our own write-up citing it too "1 source, plus our own write-up": the
 * editors' write-up is never counted as a source (see citedSources).
 */
export const sourcesLabel = (n: number, ourOwn = false): string => {
  if (!ourOwn) return countLabel(n, "source", "sources");
  return n === 0 ? "our own write-up only" : `${countLabel(n, "source", "sources")}, plus our own write-up`;
};

/**
 * The one count of a claim's sources every public badge and "Consensus" use: distinct articles
 * citing it, not counting the editors' own write-up (Article.houseSource), which is said apart.
 */
export function citedSources(citations: readonly { articleId: string; article: { houseSource: boolean } }[]): {
  sources: number;
  ourOwn: boolean;
} {
  const independent = new Set(citations.filter((c) => !c.article.houseSource).map((c) => c.articleId));
  return { sources: independent.size, ourOwn: citations.some((c) => c.article.houseSource) };
}

/**
 * The claims a comparison of these technologies rests on: every public claim about at least one
 * of them. The caller passes public claims only (publicClaimWhere) with their live technologies.
 */
export function comparisonClaimCount(
  claims: { technologies: { slug: string }[] }[],
  technologySlugs: string[],
): number {
  const wanted = new Set(technologySlugs);
  return claims.filter((c) => c.technologies.some((t) => wanted.has(t.slug))).length;
}

/** What "checked" means, said where a comparison's count is given (a reader meets "verified" elsewhere). */
export const CHECKED_MEANS =
  "A checked claim is one an editor has verified, disputed or refuted; a comparison counts every checked claim about either technology, not only those naming both.";

/** A comparison's own count, with what it counts: "16 checked claims about Django or Laravel". */
export const comparisonBasisLabel = (n: number, names: string[]): string =>
  `${checkedClaimsLabel(n)} about ${names.join(" or ")}`;
