// "What would change this": the smallest single change to the evidence that makes another
// technology score highest, found by recomputing the affected scores (not a canned sentence).
// Candidates and their cost (how big a change to the record each is):
//  - add k independent sources to a challenger's strongest verified claim that does not also name
//    the winner (k up to MAX_SOURCES): cost k;
//  - verify a not-yet-verified (or disputed) claim of another technology: cost 2 (one review);
//    tried for the CANDIDATES claims whose verification would lift a technology the highest;
//  - refute one of the winner's strongest supporting claims: cost 3 (overturning a verified finding
//    is the most consequential edit).
// Challengers are the CHALLENGERS best-scoring other technologies. Cheapest wins; equal costs prefer
// added sources, then verification, then refutation, then claim id.
import { changedClaim, strengthVariant } from "./weights";
import { byGain, type TechBucket } from "./bucket";
import { claimMicro, type ClaimEntry, type UseCaseInput, type UseCaseState } from "./scoring";
import type { EvidenceChange, Evidence, WhatWouldChange } from "./types";

const MAX_SOURCES = 40;
const CANDIDATES = 5;
const CHALLENGERS = 3;
const VERIFY_COST = 2;
const REFUTE_COST = 3;
const KIND_RANK: Record<string, number> = { "add-sources": 0, verify: 1, refute: 2 };

interface Candidate {
  cost: number;
  rank: number;
  claimId: string;
  change: EvidenceChange;
  newWinner: string;
  statement: string;
}

const trim = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** The new winner after replacing one claim's contribution, or null if it stays the same. */
function flipsTo(input: UseCaseInput, winner: string, entry: ClaimEntry, change: EvidenceChange): string | null {
  const strength = change.type === "set-status"
    ? strengthVariant(entry.claim, input.asOfMs, change.status, 0)
    : strengthVariant(entry.claim, input.asOfMs, entry.claim.status, change.count);
  const delta = claimMicro(strength, entry.relevance) - entry.micro;
  if (delta === 0) return null;
  const next = input.state.winner(entry.techs, delta);
  return next !== null && next !== winner ? next : null;
}

interface Reach {
  entry: ClaimEntry;
  /** The highest score verifying the claim would give one of its technologies. */
  reach: number;
}
const reachOf = (state: UseCaseState, entry: ClaimEntry): Reach => ({ entry, reach: Math.max(...entry.techs.map((t) => state.scoreOf(t))) + entry.verifyGain });
const byReach = (a: Reach, b: Reach) => b.reach - a.reach || byGain(a.entry, b.entry);

/**
 * The CANDIDATES pending claims (not naming the winner) whose verification lifts a technology the
 * highest, from every technology, so a challenger with nothing verified yet is not overlooked.
 * Best first: a technology's claims reach at most its score plus its biggest gain, so technologies
 * are visited by that bound and the search stops once the CANDIDATES found all reach higher than
 * the next bound. Within a technology, reach follows gain: its first CANDIDATES by gain suffice.
 */
function verifyCandidates(state: UseCaseState, winner: string, ownClaim: (e: ClaimEntry) => boolean): ClaimEntry[] {
  const bounds: [number, TechBucket][] = [];
  for (const [tech, bucket] of state.technologies()) {
    const top = tech === winner ? undefined : bucket.unverified.peek();
    if (top) bounds.push([state.scoreOf(tech) + top.verifyGain, bucket]);
  }
  bounds.sort((a, b) => b[0] - a[0]);
  const found = new Map<string, Reach>();
  let best: Reach[] = [];
  for (const [bound, bucket] of bounds) {
    if (best.length >= CANDIDATES && best[CANDIDATES - 1].reach > bound) break;
    for (const entry of bucket.unverified.first(CANDIDATES, ownClaim)) found.set(entry.claim.id, reachOf(state, entry));
    best = [...found.values()].sort(byReach).slice(0, CANDIDATES);
  }
  return best.map((c) => c.entry);
}

function candidates(input: UseCaseInput, winner: string): Candidate[] {
  const { state } = input;
  const found: Candidate[] = [];
  const tryChange = (entry: ClaimEntry, change: EvidenceChange, cost: number, kind: string) => {
    const newWinner = flipsTo(input, winner, entry, change);
    if (newWinner) found.push({ cost, rank: KIND_RANK[kind], claimId: entry.claim.id, change, newWinner, statement: entry.claim.statement });
    return newWinner !== null;
  };
  for (const entry of state.bucket(winner).supporting.first(CANDIDATES)) {
    tryChange(entry, { type: "set-status", claimId: entry.claim.id, status: "REFUTED" }, REFUTE_COST, "refute");
  }

  const challengers = state.ranking().map(([slug]) => slug).filter((slug) => slug !== winner).slice(0, CHALLENGERS);
  const ownClaim = (e: ClaimEntry) => !e.techs.includes(winner);
  for (const entry of verifyCandidates(state, winner, ownClaim)) {
    tryChange(entry, { type: "set-status", claimId: entry.claim.id, status: "VERIFIED" }, VERIFY_COST, "verify");
  }

  for (const slug of challengers) {
    const [best] = state.bucket(slug).supporting.first(1, (e) => ownClaim(e) && e.claim.status === "VERIFIED");
    if (!best) continue;
    // More sources only raise this claim's technologies, so "does it flip?" is monotonic in the
    // count: binary search for the smallest count that flips.
    const change = (count: number): EvidenceChange => ({ type: "add-sources", claimId: best.claim.id, technologySlug: slug, count });
    if (!flipsTo(input, winner, best, change(MAX_SOURCES))) continue;
    let [low, high] = [1, MAX_SOURCES];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (flipsTo(input, winner, best, change(mid))) high = mid;
      else low = mid + 1;
    }
    tryChange(best, change(low), low, "add-sources");
  }
  return found;
}

function describe(input: UseCaseInput, c: Candidate): string {
  const name = (slug: string) => input.names[slug] ?? slug;
  const claim = `claim ${c.claimId} ("${trim(c.statement)}")`;
  if (c.change.type === "add-sources") {
    const n = c.change.count;
    return `${n} more independent source${n === 1 ? "" : "s"} supporting ${name(c.change.technologySlug)} on ${claim} would make ${name(c.newWinner)} the top choice`;
  }
  const what = c.change.status === "REFUTED" ? "refuted" : "verified";
  return `If ${claim} were ${what}, ${name(c.newWinner)} would become the top choice`;
}

export function whatWouldChange(input: UseCaseInput, winner: string): WhatWouldChange | null {
  const [best] = candidates(input, winner).sort(
    (a, b) => a.cost - b.cost || a.rank - b.rank || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
  );
  return best ? { description: describe(input, best), change: best.change, newWinner: best.newWinner } : null;
}

/** The evidence with a what-if change applied: what the suggestion means, as data. */
export function applyChange(evidence: Evidence, change: EvidenceChange): Evidence {
  return {
    ...evidence,
    claims: evidence.claims.map((claim) => (claim.id === change.claimId ? changedClaim(claim, change, evidence.asOf) : claim)),
  };
}
