// "What would change this": the smallest single change to the evidence that makes another
// technology score highest, found by recomputing the affected scores (not a canned sentence).
// Candidates and their cost (how big a change to the record each is):
//  - add k independent sources to a challenger's strongest verified claim (k up to MAX_SOURCES, a
//    handful: "32 more sources" is no plausible change): cost k;
//  - verify a not-yet-verified (or disputed) claim of another technology: cost 2 (one review);
//    tried for the CANDIDATES claims whose verification would lift a technology the highest;
//  - refute one of the winner's strongest supporting claims: cost 3 (overturning a verified finding
//    is the most consequential edit).
// A change moves each of the claim's technologies by the claim's direction for it; figures are
// left out (changing one moves the ranks of its whole group). The description names the claim, its
// direction and the size of the score change.
// Challengers are the CHALLENGERS best-scoring other technologies. Cheapest wins; equal costs prefer
// added sources, then verification, then refutation, then claim id.
import { changedClaim, sourceFactor, strengthVariant } from "./weights";
import { byGain, type TechBucket } from "./bucket";
import { claimMicro, type ClaimEntry, type UseCaseInput, type UseCaseState } from "./scoring";
import type { EvidenceChange, Evidence, WhatWouldChange } from "./types";
import { commonInANewSource } from "./common-ground";

/** More than a few new independent sources for one claim is not a plausible change to the record. */
export const MAX_SOURCES = 3;
/**
 * The most one plausible change can multiply a claim's weight: MAX_SOURCES more independent sources
 * behind a claim that had none. Where an option trails by more than this factor, no single plausible
 * change to the evidence puts it ahead (the wizard's "what would raise it" reads this too, R10).
 */
export const PLAUSIBLE_GROWTH = sourceFactor(MAX_SOURCES) / sourceFactor(0);
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
  /** The technology the change moves most, the claim's direction for it and the score change. */
  technologySlug: string;
  direction: "supports" | "against";
  scoreChange: number;
}

const trim = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** How the change moves each of the claim's technologies' scores (millionths, position by position with entry.siblings). */
function deltasOf(input: UseCaseInput, entry: ClaimEntry, change: EvidenceChange): number[] {
  const strength =
    change.type === "set-status"
      ? strengthVariant(entry.claim, input.asOfMs, change.status, 0)
      : strengthVariant(entry.claim, input.asOfMs, entry.claim.status, change.count);
  return entry.siblings.map((e) => claimMicro(strength * e.sign, e.relevance) - e.micro);
}

/** The new winner after replacing one claim's contribution, or null if it stays the same. */
function flipsTo(input: UseCaseInput, winner: string, entry: ClaimEntry, change: EvidenceChange): string | null {
  // A figure's change would also move the ranks of its group: not a single, local change.
  if (entry.grouped) return null;
  const deltas = deltasOf(input, entry, change);
  if (deltas.every((d) => d === 0)) return null;
  const next = input.state.winner(
    entry.siblings.map((e) => e.tech),
    deltas,
  );
  return next !== null && next !== winner ? next : null;
}

interface Reach {
  entry: ClaimEntry;
  /** The highest score verifying the claim would give one of its technologies. */
  reach: number;
}
const reachOf = (state: UseCaseState, entry: ClaimEntry): Reach => ({
  entry,
  reach: state.scoreOf(entry.tech) + entry.verifyGain,
});
const byReach = (a: Reach, b: Reach) =>
  b.reach - a.reach ||
  byGain(a.entry, b.entry) ||
  (a.entry.tech < b.entry.tech ? -1 : a.entry.tech > b.entry.tech ? 1 : 0);

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
    for (const entry of bucket.unverified.first(CANDIDATES, ownClaim))
      found.set(`${entry.claim.id}\u0000${entry.tech}`, reachOf(state, entry));
    best = [...found.values()].sort(byReach).slice(0, CANDIDATES);
  }
  return best.map((c) => c.entry);
}

function candidates(input: UseCaseInput, winner: string): Candidate[] {
  const { state } = input;
  const found: Candidate[] = [];
  const tryChange = (entry: ClaimEntry, change: EvidenceChange, cost: number, kind: string) => {
    const newWinner = flipsTo(input, winner, entry, change);
    if (newWinner) {
      // Described from the technology the candidate was found for (the winner for "refute", the
      // challenger otherwise), or from the one it moves most when that one does not move.
      const deltas = deltasOf(input, entry, change);
      let most = entry.siblings.indexOf(entry);
      if (deltas[most] === 0)
        deltas.forEach((d, i) => {
          if (
            Math.abs(d) > Math.abs(deltas[most]) ||
            (Math.abs(d) === Math.abs(deltas[most]) && entry.siblings[i].tech < entry.siblings[most].tech)
          )
            most = i;
        });
      const moved = entry.siblings[most];
      found.push({
        cost,
        rank: KIND_RANK[kind],
        claimId: entry.claim.id,
        change,
        newWinner,
        statement: entry.claim.statement,
        technologySlug: moved.tech,
        direction: moved.sign < 0 ? "against" : "supports",
        scoreChange: deltas[most] / 1e6,
      });
    }
    return newWinner !== null;
  };
  for (const entry of state.bucket(winner).supporting.first(CANDIDATES)) {
    tryChange(entry, { type: "set-status", claimId: entry.claim.id, status: "REFUTED" }, REFUTE_COST, "refute");
  }

  const challengers = state
    .ranking()
    .map(([slug]) => slug)
    .filter((slug) => slug !== winner)
    .slice(0, CHALLENGERS);
  // Claims naming the winner too are fine: the change moves each technology by its own direction.
  const ownClaim = (e: ClaimEntry) => !e.grouped;
  for (const entry of verifyCandidates(state, winner, ownClaim)) {
    tryChange(entry, { type: "set-status", claimId: entry.claim.id, status: "VERIFIED" }, VERIFY_COST, "verify");
  }

  for (const slug of challengers) {
    const [best] = state
      .bucket(slug)
      .supporting.first(
        1,
        (e) => ownClaim(e) && e.claim.status === "VERIFIED" && !commonInANewSource(e.claim, input.names),
      );
    if (!best) continue;
    // More sources only raise this claim's technologies, so "does it flip?" is monotonic in the
    // count: binary search for the smallest count that flips.
    const change = (count: number): EvidenceChange => ({
      type: "add-sources",
      claimId: best.claim.id,
      technologySlug: slug,
      count,
    });
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
  const claim = `claim ${c.claimId} ("${trim(c.statement)}", ${c.direction === "supports" ? "for" : "against"} ${name(c.technologySlug)})`;
  const size = `${c.scoreChange > 0 ? "+" : "−"}${Math.abs(c.scoreChange).toFixed(2)} to ${name(c.technologySlug)}'s score`;
  if (c.change.type === "add-sources") {
    const n = c.change.count;
    return `${n} more independent source${n === 1 ? "" : "s"} backing ${claim} would make ${name(c.newWinner)} the top choice (${size})`;
  }
  const what = c.change.status === "REFUTED" ? "refuted" : "verified";
  return `If ${claim} were ${what}, ${name(c.newWinner)} would become the top choice (${size})`;
}

export function whatWouldChange(input: UseCaseInput, winner: string): WhatWouldChange | null {
  const [best] = candidates(input, winner).sort(
    (a, b) =>
      a.cost - b.cost ||
      a.rank - b.rank ||
      (a.statement < b.statement ? -1 : a.statement > b.statement ? 1 : 0) ||
      (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0) ||
      (a.technologySlug < b.technologySlug ? -1 : a.technologySlug > b.technologySlug ? 1 : 0),
  );
  return best
    ? {
        description: describe(input, best),
        change: best.change,
        newWinner: best.newWinner,
        technologySlug: best.technologySlug,
        direction: best.direction,
        scoreChange: Math.round(best.scoreChange * 1000) / 1000,
      }
    : null;
}

/** The evidence with a what-if change applied: what the suggestion means, as data. */
export function applyChange(evidence: Evidence, change: EvidenceChange): Evidence {
  return {
    ...evidence,
    claims: evidence.claims.map((claim) =>
      claim.id === change.claimId ? changedClaim(claim, change, evidence.asOf) : claim,
    ),
  };
}
