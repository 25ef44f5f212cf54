// "What would change this" and the confidence line of a published verdict, worked out once for its
// page and the verdict API (review 12, R12-8): the API returned null where the page showed a sentence
// it made up itself, and the band sentence glued to the line the page shows apart. Pure.
import { splitConfidenceLine } from "@/lib/verdicts/confidence";

export interface ChangeSentence {
  text: string;
  claim: { slug: string; statement: string } | null;
}

/**
 * When no single change the what-if rule tried flips the pick: an editorial choice waits for the
 * editors' next review; with no counter-evidence there is no challenger with a case at all (the
 * counter-evidence falls back to the runner-up's best case), so none is named.
 */
export function noChangeSentence(editorial: boolean, hasCounterEvidence: boolean): ChangeSentence {
  const text = editorial
    ? "This is an editorial choice: new evidence is weighed when editors review it again."
    : hasCounterEvidence
      ? "No single change we tried would flip it: verifying another technology's claim, refuting one of its own, or up to three more sources behind a challenger's claim."
      : "No other technology has checked evidence for it here, so there is no challenger to tip: it would take new evidence for another technology.";
  return { text, claim: null };
}

/** The stored confidence explanation as the page shows it: the line, and how the figure was got (folded under it). */
export function confidenceParts(stored: string | null): { confidenceLine: string | null; confidenceDetails: string[] } {
  if (!stored) return { confidenceLine: null, confidenceDetails: [] };
  const { line, details } = splitConfidenceLine(stored);
  return { confidenceLine: line, confidenceDetails: details };
}
