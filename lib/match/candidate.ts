// One candidate claim against the index of existing claims: the claim it repeats, or else the few
// existing claims it may contradict. Counts every comparison on the index (the benchmark reports
// the mean and the maximum per candidate).
import {
  classifyContradiction,
  CONTRADICTING_KINDS,
  detectContradiction,
  type ContradictionProposal,
} from "./contradictions";
import type { ClaimIndex, IndexedClaim } from "./index";

/** At most this many proposals per candidate: a review queue of hundreds helps no editor. */
export const MAX_CONTRADICTIONS_PER_CLAIM = 3;

export interface Proposal extends ContradictionProposal {
  a: IndexedClaim;
  b: IndexedClaim;
}

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
 * The contradictions of a candidate, at most MAX_CONTRADICTIONS_PER_CLAIM: opposing advice first
 * (found across technologies by use case), then what a scan of the candidate's block would keep
 * (comparable OPEN ones first, then the others, each group in block order), found from the narrowest
 * lists: only performance figures can be NOT_COMPARABLE, and only under different conditions, so their
 * OPEN ones all sit in the same-conditions sub-block and the rest of the block is read only until the
 * few others are found.
 */
export function proposeContradictions(index: ClaimIndex, candidate: IndexedClaim): Proposal[] {
  const kind = candidate.kind.toLowerCase();
  if (!CONTRADICTING_KINDS.has(kind)) return [];
  const advice = firstContradictions(
    index,
    index.adviceAbout(candidate),
    candidate,
    MAX_CONTRADICTIONS_PER_CLAIM,
    undefined,
    "RECOMMENDATION",
  );
  if (kind === "recommendation" || advice.length === MAX_CONTRADICTIONS_PER_CLAIM) return advice;
  const room = MAX_CONTRADICTIONS_PER_CLAIM - advice.length;
  return [...advice, ...blockContradictions(index, candidate, kind, room)];
}

function blockContradictions(index: ClaimIndex, candidate: IndexedClaim, kind: string, limit: number): Proposal[] {
  const comparable = index.comparable(candidate);
  if (kind === "opinion") return firstContradictions(index, comparable ?? [], candidate, limit, undefined, "STANCE");
  if (kind !== "performance" || !comparable)
    return firstContradictions(index, index.related(candidate), candidate, limit, undefined, null);
  const open = firstContradictions(index, comparable, candidate, limit, "OPEN", null);
  if (open.length === limit) return open;
  return [
    ...open,
    ...firstContradictions(index, index.related(candidate), candidate, limit - open.length, "NOT_COMPARABLE", null),
  ];
}

/**
 * The first `limit` contradictions in `claims` (of that status, if given; of that kind, or of any
 * kind but RECOMMENDATION when null, since advice is looked up on its own), worded; each check counted.
 */
function firstContradictions(
  index: ClaimIndex,
  claims: readonly IndexedClaim[],
  candidate: IndexedClaim,
  limit: number,
  status: ContradictionProposal["status"] | undefined,
  only: ContradictionProposal["kind"] | null,
): Proposal[] {
  const found: Proposal[] = [];
  for (const existing of claims) {
    if (found.length >= limit) break;
    index.comparisons++;
    const kind = classifyContradiction(existing, candidate, index.kindOf);
    if (!kind || (status && kind.status !== status)) continue;
    if (only ? kind.kind !== only : kind.kind === "RECOMMENDATION") continue;
    const full = detectContradiction(existing, candidate, index.kindOf);
    if (full) found.push({ a: existing, b: candidate, ...full });
  }
  return found;
}
