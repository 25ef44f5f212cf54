// "X vs Y": a visitor asking to compare two technologies. What answers it is what the site has
// about the pair, whatever words those pages use: the comparison page, each technology's page, and
// the published verdicts that recommend either (issue 13, R11: the words alone found one verdict of
// three and neither technology page).
import { comparisonSlug } from "@/lib/public/home";
import type { Catalogue, CatalogueEntry } from "./catalogue";
import { closestWord } from "./typo";
import { wordsOf, type ParsedQuery } from "./query";

export interface Versus {
  /** The pair's comparison page, when the site compares them. */
  comparison: CatalogueEntry | null;
  /** Both technologies' pages, in the order typed. */
  technologies: CatalogueEntry[];
}

/** "X vs Y" → the two technologies (typos forgiven) and their comparison; null unless both are known and differ. */
export function resolveVersus(catalogue: Catalogue, parsed: ParsedQuery): Versus | null {
  if (!parsed.versus) return null;
  const technology = (side: string) => {
    const exact = catalogue.technologyByName.get(wordsOf(side).join(" "));
    if (exact) return exact;
    const words = wordsOf(side).map((w) => closestWord(w, catalogue.vocabulary.keys()) ?? w);
    return catalogue.technologyByName.get(words.join(" ")) ?? null;
  };
  const [a, b] = parsed.versus.map(technology);
  if (!a || !b || a.slug === b.slug) return null;
  const page = (slug: string) => catalogue.entries.find((e) => e.kind === "technology" && e.slug === slug);
  return {
    comparison: catalogue.comparisonBySlug.get(comparisonSlug([a.slug, b.slug])) ?? null,
    technologies: [page(a.slug), page(b.slug)].filter((e): e is CatalogueEntry => e !== undefined),
  };
}
