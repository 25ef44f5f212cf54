// Matching candidates against existing claims without a full scan: claims are blocked by
// kind + technologies (+ metric or topic); a candidate is compared only with its block.
import { jaccard, SAME_ASSERTION_THRESHOLD, tokens } from "./similarity";

export interface IndexedClaim {
  id: string;
  slug: string;
  kind: string;
  technologies: string[];
  topic: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Record<string, unknown>;
  statement: string;
}

export type MatchKind = "same" | "related";

/** Blocking key: kind + technologies, and the metric or feature topic where those are structured. */
export const blockKey = (c: Pick<IndexedClaim, "kind" | "technologies" | "metric" | "topic">): string => {
  const kind = c.kind.toLowerCase();
  const free = kind === "opinion" || kind === "recommendation";
  return `${kind}|${[...c.technologies].sort().join("+")}|${free ? "" : (c.metric ?? c.topic ?? "")}`;
};

/** What free-text claims are compared on: the use case for recommendations, the statement otherwise. */
const comparable = (c: IndexedClaim): string => (c.kind.toLowerCase() === "recommendation" && c.topic ? c.topic.replace(/-/g, " ") : c.statement);

// Each indexed claim is compared with every candidate of its block: tokenize it once.
const tokenCache = new WeakMap<IndexedClaim, ReadonlySet<string>>();
function comparableTokens(c: IndexedClaim): ReadonlySet<string> {
  let t = tokenCache.get(c);
  if (!t) { t = tokens(comparable(c)); tokenCache.set(c, t); }
  return t;
}

const sameConditions = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && String(a[k]) === String(b[k]));
};

/** Same assertion: structured fields agree (and, for free text, similarity over the measured threshold). */
export function sameAssertion(a: IndexedClaim, b: IndexedClaim): boolean {
  const kind = a.kind.toLowerCase();
  if (kind !== b.kind.toLowerCase()) return false;
  if (kind === "feature") return a.topic === b.topic && String(a.conditions.support ?? "") === String(b.conditions.support ?? "");
  if (kind === "fact") return a.metric === b.metric && a.value === b.value;
  if (kind === "performance") {
    if (a.metric !== b.metric || a.value == null || b.value == null) return false;
    return Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value) && sameConditions(a.conditions, b.conditions);
  }
  if (kind === "opinion" && String(a.conditions.stance ?? "") !== String(b.conditions.stance ?? "")) return false;
  return jaccard(comparableTokens(a), comparableTokens(b)) >= SAME_ASSERTION_THRESHOLD;
}

export class ClaimIndex {
  private readonly blocks = new Map<string, IndexedClaim[]>();
  /** Comparisons made so far: the cost of matching, reported by the benchmark. */
  comparisons = 0;
  /** Time spent matching candidates (same-assertion lookup + contradiction checks), reported by the benchmark. */
  matchMs = 0;
  size = 0;

  add(claim: IndexedClaim): void {
    const key = blockKey(claim);
    const block = this.blocks.get(key);
    if (block) block.push(claim);
    else this.blocks.set(key, [claim]);
    this.size++;
  }

  /** Claims in the candidate's block (same kind, technologies and metric/topic). */
  block(c: Pick<IndexedClaim, "kind" | "technologies" | "metric" | "topic">): IndexedClaim[] {
    return this.blocks.get(blockKey(c)) ?? [];
  }

  /** Claims that may contradict it: same technologies, same metric (any topic) or same feature topic. */
  related(c: IndexedClaim): IndexedClaim[] {
    const kind = c.kind.toLowerCase();
    if (kind === "opinion") return this.blocks.get(blockKey(c)) ?? [];
    return this.block(c);
  }

  findSame(c: IndexedClaim): IndexedClaim | null {
    for (const existing of this.block(c)) {
      this.comparisons++;
      if (sameAssertion(existing, c)) return existing;
    }
    // Free-text kinds whose topics differ by wording: also look at the kind+technologies opinion block.
    return null;
  }
}
