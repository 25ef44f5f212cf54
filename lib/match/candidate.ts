// One candidate claim against the index of existing claims: the claim it repeats, or else the few
// existing claims it may contradict. Counts every comparison on the index (the benchmark reports
// the mean and the maximum per candidate).
import { classifyContradiction, CONTRADICTING_KINDS, detectContradiction, type ContradictionProposal } from "./contradictions";
import type { ClaimIndex, IndexedClaim } from "./index";

/** At most this many proposals per candidate: a review queue of hundreds helps no editor. */
export const MAX_CONTRADICTIONS_PER_CLAIM = 3;

export interface Proposal extends ContradictionProposal { a: IndexedClaim; b: IndexedClaim }

export interface CandidateMatch {
  /** The existing claim making the same assertion, if any (then no contradictions are looked for). */
  same: IndexedClaim | null;
  proposals: Proposal[];
}

export function matchCandidate(index: ClaimIndex, candidate: IndexedClaim): CandidateMatch {
  const before = index.comparisons;
  const same = index.findSame(candidate);
  const proposals = same ? [] : proposeContradictions(index, candidate);
  index.maxComparisons = Math.max(index.maxComparisons, index.comparisons - before);
  return { same, proposals };
}

/**
 * The proposals a scan of the whole block would keep (comparable OPEN ones first, then the others,
 * each group in block order), found from the narrowest lists: only performance figures can be
 * NOT_COMPARABLE, and only under different conditions, so their OPEN ones all sit in the
 * same-conditions sub-block and the rest of the block is read only until the few others are found.
 */
function proposeContradictions(index: ClaimIndex, candidate: IndexedClaim): Proposal[] {
  const kind = candidate.kind.toLowerCase();
  if (!CONTRADICTING_KINDS.has(kind)) return [];
  const comparable = index.comparable(candidate);
  if (kind === "opinion") return firstContradictions(index, comparable ?? [], candidate, MAX_CONTRADICTIONS_PER_CLAIM);
  if (kind !== "performance" || !comparable) return firstContradictions(index, index.related(candidate), candidate, MAX_CONTRADICTIONS_PER_CLAIM);
  const open = firstContradictions(index, comparable, candidate, MAX_CONTRADICTIONS_PER_CLAIM, "OPEN");
  if (open.length === MAX_CONTRADICTIONS_PER_CLAIM) return open;
  return [...open, ...firstContradictions(index, index.related(candidate), candidate, MAX_CONTRADICTIONS_PER_CLAIM - open.length, "NOT_COMPARABLE")];
}

/** The first `limit` contradictions (of that status, if given) in `claims`, worded; each check counted. */
function firstContradictions(index: ClaimIndex, claims: readonly IndexedClaim[], candidate: IndexedClaim, limit: number, status?: ContradictionProposal["status"]): Proposal[] {
  const found: Proposal[] = [];
  for (const existing of claims) {
    if (found.length >= limit) break;
    index.comparisons++;
    const kind = classifyContradiction(existing, candidate);
    if (!kind || (status && kind.status !== status)) continue;
    const full = detectContradiction(existing, candidate);
    if (full) found.push({ a: existing, b: candidate, ...full });
  }
  return found;
}
