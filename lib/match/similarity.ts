// Statement similarity: token-set Jaccard over normalized text (stop words dropped, plurals folded,
// contractions spelled out), so "Express can't scale" and "Express cannot scale" compare equal.
import { normalizeStatement } from "@/lib/text/normalize";

const STOP = new Set([
  "a",
  "an",
  "the",
  "of",
  "for",
  "to",
  "in",
  "on",
  "and",
  "or",
  "is",
  "are",
  "has",
  "have",
  "with",
  "it",
  "its",
  "when",
  "be",
  "by",
  "that",
  "does",
  "do",
  "you",
  "your",
  "we",
  "our",
  "i",
  "pick",
  "use",
]);

// Statements repeat across comparisons (every block member is compared with each candidate): tokenize once.
const cache = new Map<string, ReadonlySet<string>>();
const CACHE_LIMIT = 500_000;

export function tokens(statement: string): ReadonlySet<string> {
  const hit = cache.get(statement);
  if (hit) return hit;
  const result = tokenize(statement);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(statement, result);
  return result;
}

function tokenize(statement: string): Set<string> {
  const words = normalizeStatement(statement)
    .replace(/\b(can|don|doesn|isn|won) t\b/g, "$1 not")
    .replace(/\bcannot\b/g, "can not")
    .split(" ");
  return new Set(
    words
      .filter((t) => t && !STOP.has(t))
      .map((t) => (t.length > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.slice(0, -1) : t)),
  );
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Chosen by measurement on the labelled pairs in tests/lib/match/matching.test.ts (best accuracy). */
export const SAME_ASSERTION_THRESHOLD = 0.5;
