// Matching candidates against existing claims without a full scan: claims are blocked by
// kind + technologies (+ metric or topic); a candidate is compared only with its block, and within
// it only with the sub-block that can hold an answer (same-assertion and contradiction lookups).
import { normalizeStatement } from "@/lib/text/normalize";
import { adviceOf, lexiconKind, useCaseKeys, type KindOf } from "./advice";
import { canonicalCapability, possession } from "./capability";
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

/**
 * Blocking key: kind + technologies, and the metric or feature topic where those are structured
 * (a feature by its capability, so "admin panel" and "built-in admin" share a block).
 */
export const blockKey = (c: Pick<IndexedClaim, "kind" | "technologies" | "metric" | "topic">): string => {
  const kind = c.kind.toLowerCase();
  const free = kind === "opinion" || kind === "recommendation";
  const detail = free ? "" : kind === "feature" ? canonicalCapability(c.topic) : (c.metric ?? c.topic ?? "");
  return `${kind}|${[...c.technologies].sort().join("+")}|${detail}`;
};

/** What free-text claims are compared on: the use case for recommendations, the statement otherwise. */
const comparable = (c: IndexedClaim): string =>
  c.kind.toLowerCase() === "recommendation" && c.topic ? c.topic.replace(/-/g, " ") : c.statement;

// Each indexed claim is compared with every candidate of its block: tokenize it once.
const tokenCache = new WeakMap<IndexedClaim, ReadonlySet<string>>();
function comparableTokens(c: IndexedClaim): ReadonlySet<string> {
  let t = tokenCache.get(c);
  if (!t) {
    t = tokens(comparable(c));
    tokenCache.set(c, t);
  }
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
  if (kind === "feature")
    return (
      canonicalCapability(a.topic) === canonicalCapability(b.topic) &&
      possession(a.conditions, a.statement) === possession(b.conditions, b.statement)
    );
  if (kind === "fact") return a.metric === b.metric && a.value === b.value;
  if (kind === "performance") {
    if (a.metric !== b.metric || a.value == null || b.value == null) return false;
    return (
      Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value) && sameConditions(a.conditions, b.conditions)
    );
  }
  if (kind === "opinion" && String(a.conditions.stance ?? "") !== String(b.conditions.stance ?? "")) return false;
  return jaccard(comparableTokens(a), comparableTokens(b)) >= SAME_ASSERTION_THRESHOLD;
}

/** Structured kinds are "same" only when this key agrees too (see sameAssertion): an exact sub-block. */
function sameKey(c: IndexedClaim): string | null {
  const kind = c.kind.toLowerCase();
  if (kind === "performance")
    return JSON.stringify(
      Object.keys(c.conditions)
        .sort()
        .map((k) => [k, String(c.conditions[k])]),
    );
  if (kind === "feature") return String(possession(c.conditions, c.statement));
  if (kind === "fact") return String(c.value);
  return null;
}

/**
 * Contradictions only come from a sub-block: performance figures are comparable (OPEN) only under the
 * same conditions (conditionsDiffer's view: "before" ignored, missing = "?"), and opposite opinions
 * need the same normalized statement. Null: every block member may contradict.
 */
function contradictionKey(c: IndexedClaim): string | null {
  const kind = c.kind.toLowerCase();
  if (kind === "performance") {
    const stated = Object.keys(c.conditions)
      .filter((k) => k !== "before")
      .map((k) => [k, String(c.conditions[k] ?? "?")])
      .filter(([, v]) => v !== "?");
    return JSON.stringify(stated.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  if (kind === "opinion") return normalizeStatement(c.statement);
  return null;
}

export class ClaimIndex {
  private readonly blocks = new Map<string, IndexedClaim[]>();
  /** Structured claims by block + sameKey: findSame looks only there. */
  private readonly exact = new Map<string, IndexedClaim[]>();
  /** Free-text claims by block, then by token: findSame looks only at claims sharing a rare token. */
  private readonly postings = new Map<string, Map<string, IndexedClaim[]>>();
  /** Performance claims by block + conditions, opinions by block + statement (see contradictionKey). */
  private readonly contradictable = new Map<string, IndexedClaim[]>();
  /** Advice (recommendations, "avoid X for Y") by each content word of its use case, across technologies. */
  private readonly advice = new Map<string, IndexedClaim[]>();
  /**
   * Technology slug → kind (framework, database…) where the caller knows it (the catalogue's kinds):
   * only picks of one kind compete. Left empty, the shipped lexicon's categories stand in, so the
   * importer does not take "Django for X" and "PostgreSQL for X" for opposite advice.
   */
  readonly technologyKinds = new Map<string, string>();
  readonly kindOf: KindOf = (slug) => (this.technologyKinds.size ? this.technologyKinds.get(slug) : lexiconKind(slug));
  /** Insertion order, so a narrowed lookup returns the same first match as a block scan would. */
  private readonly order = new WeakMap<IndexedClaim, number>();
  /** Comparisons made so far: the cost of matching, reported by the benchmark. */
  comparisons = 0;
  /** The most comparisons one candidate needed. */
  maxComparisons = 0;
  /** Time spent matching candidates (same-assertion lookup + contradiction checks), reported by the benchmark. */
  matchMs = 0;
  size = 0;
  private added = 0;

  add(claim: IndexedClaim): void {
    const key = blockKey(claim);
    push(this.blocks, key, claim);
    this.order.set(claim, this.added++);
    this.size++;
    const comparable = contradictionKey(claim);
    if (comparable !== null) push(this.contradictable, `${key}#${comparable}`, claim);
    const advice = adviceOf(claim);
    if (advice) for (const word of useCaseKeys(advice)) push(this.advice, word, claim);
    const same = sameKey(claim);
    if (same !== null) {
      push(this.exact, `${key}#${same}`, claim);
      return;
    }
    let byToken = this.postings.get(key);
    if (!byToken) this.postings.set(key, (byToken = new Map()));
    for (const t of comparableTokens(claim)) push(byToken, t, claim);
  }

  /** Forgets a claim added earlier (the importer's, when the transaction that wrote it did not commit). */
  remove(claim: IndexedClaim): void {
    const key = blockKey(claim);
    if (!drop(this.blocks, key, claim)) return;
    this.size--;
    const comparable = contradictionKey(claim);
    if (comparable !== null) drop(this.contradictable, `${key}#${comparable}`, claim);
    const advice = adviceOf(claim);
    if (advice) for (const word of useCaseKeys(advice)) drop(this.advice, word, claim);
    const same = sameKey(claim);
    if (same !== null) {
      drop(this.exact, `${key}#${same}`, claim);
      return;
    }
    const byToken = this.postings.get(key);
    if (byToken) for (const t of comparableTokens(claim)) drop(byToken, t, claim);
  }

  /** Claims in the candidate's block (same kind, technologies and metric/topic). */
  block(c: Pick<IndexedClaim, "kind" | "technologies" | "metric" | "topic">): IndexedClaim[] {
    return this.blocks.get(blockKey(c)) ?? [];
  }

  /** Claims that may contradict it: same technologies, same metric (any topic) or same feature topic. */
  related(c: IndexedClaim): IndexedClaim[] {
    return this.block(c);
  }

  /**
   * The block members a contradiction check needs first, in block order: for performance figures
   * those measured under the same conditions (the only OPEN ones), for opinions those with the same
   * statement (the only ones at all). Null for kinds whose whole block may contradict.
   */
  comparable(c: IndexedClaim): IndexedClaim[] | null {
    const key = contradictionKey(c);
    return key === null ? null : (this.contradictable.get(`${blockKey(c)}#${key}`) ?? []);
  }

  /**
   * Advice that may oppose the candidate's: any technology, sharing a word of its use case (one use
   * case's words all lie within the other's, so they share every word of the shorter), in insertion order.
   */
  adviceAbout(c: IndexedClaim): IndexedClaim[] {
    const advice = adviceOf(c);
    if (!advice) return [];
    const found = new Set<IndexedClaim>();
    for (const word of useCaseKeys(advice)) for (const other of this.advice.get(word) ?? []) found.add(other);
    return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  /** The block members that can be the same assertion; what a full block scan would find, in block order. */
  private sameCandidates(c: IndexedClaim): IndexedClaim[] {
    const key = blockKey(c);
    const same = sameKey(c);
    if (same !== null) return this.exact.get(`${key}#${same}`) ?? [];
    const mine = comparableTokens(c);
    const byToken = this.postings.get(key);
    if (!mine.size || !byToken) return this.block(c);
    // Prefix filter: jaccard >= t means at most k - ceil(t*k) of the k tokens are unshared, so any
    // k - ceil(t*k) + 1 of them (the rarest, for the shortest lists) include a shared one.
    const need = mine.size - Math.ceil(SAME_ASSERTION_THRESHOLD * mine.size) + 1;
    const rare = [...mine]
      .map((t) => byToken.get(t) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, need);
    const found = new Set(rare.flat());
    return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }

  findSame(c: IndexedClaim): IndexedClaim | null {
    for (const existing of this.sameCandidates(c)) {
      this.comparisons++;
      if (sameAssertion(existing, c)) return existing;
    }
    return null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function drop<K, V>(map: Map<K, V[]>, key: K, value: V): boolean {
  const list = map.get(key);
  const at = list ? list.lastIndexOf(value) : -1;
  if (!list || at < 0) return false;
  list.splice(at, 1);
  if (!list.length) map.delete(key);
  return true;
}
