// "What would change this": the smallest single change to the evidence that makes another
// technology score highest, found by recomputing the affected scores (not a canned sentence).
// Candidates and their cost (how big a change to the record each is):
//  - add k independent sources to a challenger's strongest verified claim that does not also name
//    the winner (k up to MAX_SOURCES): cost k;
//  - verify a not-yet-verified (or disputed) claim of a challenger: cost 2 (one review);
//  - refute one of the winner's strongest supporting claims: cost 3 (overturning a verified finding
//    is the most consequential edit).
// Challengers are the CHALLENGERS best-scoring other technologies. Cheapest wins; equal costs prefer
// added sources, then verification, then refutation, then claim id.
import { changedClaim, strengthVariant } from "./weights";
import { claimMicro, ranking, winnerOf, type ClaimEntry, type UseCaseInput } from "./scoring";
import type { EvidenceChange, Evidence, WhatWouldChange } from "./types";

const MAX_SOURCES = 40;
const CANDIDATES = 5;
const CHALLENGERS = 3;
const VERIFY_COST = 2;
const REFUTE_COST = 3;
const KIND_RANK: Record<string, number> = { "add-sources": 0, verify: 1, refute: 2 };
const UNVERIFIED = new Set(["CANDIDATE", "DRAFT", "IN_REVIEW", "DISPUTED"]);

interface Candidate {
  cost: number;
  rank: number;
  claimId: string;
  change: EvidenceChange;
  newWinner: string;
  statement: string;
}

const trim = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
const byMicro = (a: { micro: number; claim: { id: string } }, b: { micro: number; claim: { id: string } }) =>
  b.micro - a.micro || (a.claim.id < b.claim.id ? -1 : 1);

/** The new winner after replacing one claim's contribution, or null if it stays the same. */
function flipsTo(input: UseCaseInput, winner: string, entry: ClaimEntry, change: EvidenceChange): string | null {
  const strength = change.type === "set-status"
    ? strengthVariant(entry.claim, input.asOfMs, change.status, 0)
    : strengthVariant(entry.claim, input.asOfMs, entry.claim.status, change.count);
  const delta = claimMicro(strength, entry.relevance) - entry.micro;
  if (delta === 0) return null;
  const next = winnerOf(input.state.micro, entry.techs, delta);
  return next !== null && next !== winner ? next : null;
}

function candidates(input: UseCaseInput, winner: string): Candidate[] {
  const found: Candidate[] = [];
  const tryChange = (entry: ClaimEntry, change: EvidenceChange, cost: number, kind: string) => {
    const newWinner = flipsTo(input, winner, entry, change);
    if (newWinner) found.push({ cost, rank: KIND_RANK[kind], claimId: entry.claim.id, change, newWinner, statement: entry.claim.statement });
    return newWinner !== null;
  };
  const supporting = input.state.claimsOf(winner).filter((e) => e.micro > 0).sort(byMicro).slice(0, CANDIDATES);
  for (const entry of supporting) tryChange(entry, { type: "set-status", claimId: entry.claim.id, status: "REFUTED" }, REFUTE_COST, "refute");

  const challengers = ranking(input.state.micro).map(([slug]) => slug).filter((slug) => slug !== winner).slice(0, CHALLENGERS);
  const own = new Map(challengers.map((slug) => [slug, input.state.claimsOf(slug).filter((e) => !e.techs.includes(winner))]));
  const unverified = [...new Map([...own.values()].flat().filter((e) => UNVERIFIED.has(e.claim.status)).map((e) => [e.claim.id, e])).values()]
    .map((e) => ({ entry: e, claim: e.claim, micro: claimMicro(strengthVariant(e.claim, input.asOfMs, "VERIFIED", 0), e.relevance) - e.micro }))
    .filter((g) => g.micro > 0)
    .sort(byMicro)
    .slice(0, CANDIDATES);
  for (const gain of unverified) tryChange(gain.entry, { type: "set-status", claimId: gain.claim.id, status: "VERIFIED" }, VERIFY_COST, "verify");

  for (const slug of challengers) {
    const [best] = (own.get(slug) ?? []).filter((e) => e.micro > 0 && e.claim.status === "VERIFIED").sort(byMicro);
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
