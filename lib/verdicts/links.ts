// Where one claim or decision counts in the verdict engine: its use cases and its entry in each, with
// entries shared by the use cases that give it the same relevance (engine.ts keeps one per piece of evidence).
import type { Relevant } from "./relevance";
import type { ClaimEntry } from "./scoring";

/**
 * Where one claim or decision counts: the use cases (sorted by slug) and its entry in each. Use
 * cases with the same relevance share one entry (relevance takes a handful of values), which keeps
 * a full build to a few entry objects per claim instead of one per relevant use case.
 */
export interface Links<E> {
  useCases: string[];
  entries: E[];
  /** A claim's sign per technology when it was linked (a figure's rank may move later). */
  signs?: number[];
  /** Why it counts, use case by use case (what a shown reason's "counts because" reads). */
  because?: string[];
}

/** One claim's entries (one per technology it names) at one relevance. */
export interface ClaimGroup {
  relevance: number;
  entries: ClaimEntry[];
}

/**
 * Links a piece of evidence to its use cases: `entryFor(weight, because)` makes the entry for one
 * relevance (and reason, when `byReason`), made once per distinct value and shared by the use cases
 * with it. Claims share by relevance alone (their reason is worked out only when shown); a team
 * decision's entry carries its reason, as its summary shows it.
 */
export function linksOf<E extends { relevance: number; because?: string }>(
  relevant: Relevant,
  entryFor: (relevance: number, because: string) => E,
  byReason = false,
): Links<E> {
  const distinct: E[] = [];
  const entries = relevant.weights.map((weight, k) => {
    const because = relevant.because[k];
    for (const entry of distinct)
      if (entry.relevance === weight && (!byReason || entry.because === because)) return entry;
    const entry = entryFor(weight, because);
    distinct.push(entry);
    return entry;
  });
  return { useCases: relevant.useCases, entries };
}
