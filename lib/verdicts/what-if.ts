// "What would change this": the smallest single change to the evidence that makes another
// technology score highest, found by recomputing the affected scores (not a canned sentence).
// Candidates and their cost (how big a change to the record each is):
//  - add k independent sources to a challenger's strongest verified claim that does not also name
//    the winner (k up to MAX_SOURCES): cost k;
//  - verify a not-yet-verified (or disputed) claim that supports a challenger: cost 2 (a review);
//  - refute one of the winner's strongest supporting claims: cost 3 (overturning a verified finding
//    is the most consequential edit).
// Cheapest wins; equal costs prefer added sources, then verification, then refutation, then claim id.
import { changedClaim, claimStrength } from "./weights";
import { claimMicro, ranking, uniqueSlugs, winnerOf, type ClaimEntry, type Totals, type UseCaseInput } from "./scoring";
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

function trim(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The winner after replacing one claim's contribution, or null if it stays the same. */
function flipsTo(input: UseCaseInput, totals: Totals, winner: string, entry: ClaimEntry, change: EvidenceChange): string | null {
  const after = claimMicro(claimStrength(changedClaim(entry.claim, change, input.asOf), input.asOfMs), entry.relevance);
  const delta = after - entry.micro;
  if (delta === 0) return null;
  const micro = new Map(totals.micro);
  for (const slug of uniqueSlugs(entry.claim.technologySlugs)) micro.set(slug, (micro.get(slug) ?? 0) + delta);
  const next = winnerOf(micro);
  return next !== null && next !== winner ? next : null;
}

function strongest<T extends ClaimEntry>(entries: T[], limit: number): T[] {
  return [...entries].sort((a, b) => b.micro - a.micro || (a.claim.id < b.claim.id ? -1 : 1)).slice(0, limit);
}

function candidates(input: UseCaseInput, totals: Totals, winner: string): Candidate[] {
  const found: Candidate[] = [];
  const tryChange = (entry: ClaimEntry, change: EvidenceChange, cost: number, kind: string) => {
    const newWinner = flipsTo(input, totals, winner, entry, change);
    if (newWinner) found.push({ cost, rank: KIND_RANK[kind], claimId: entry.claim.id, change, newWinner, statement: entry.claim.statement });
    return newWinner !== null;
  };
  const forWinner = input.claims.filter((e) => e.micro > 0 && e.claim.technologySlugs.includes(winner));
  for (const entry of strongest(forWinner, CANDIDATES)) tryChange(entry, { type: "set-status", claimId: entry.claim.id, status: "REFUTED" }, REFUTE_COST, "refute");

  const unverified = input.claims
    .filter((e) => ["CANDIDATE", "DRAFT", "IN_REVIEW", "DISPUTED"].includes(e.claim.status) && e.claim.technologySlugs.some((s) => s !== winner))
    .map((e) => ({ ...e, micro: claimMicro(claimStrength({ ...e.claim, status: "VERIFIED" }, input.asOfMs), e.relevance) - e.micro, original: e }));
  for (const gain of strongest(unverified, CANDIDATES)) {
    if (gain.micro > 0) tryChange(gain.original, { type: "set-status", claimId: gain.claim.id, status: "VERIFIED" }, VERIFY_COST, "verify");
  }

  const challengers = ranking(totals.micro).map(([slug]) => slug).filter((slug) => slug !== winner).slice(0, CHALLENGERS);
  for (const slug of challengers) {
    const own = input.claims.filter(
      (e) => e.micro > 0 && e.claim.status === "VERIFIED" && e.claim.technologySlugs.includes(slug) && !e.claim.technologySlugs.includes(winner),
    );
    const [best] = strongest(own, 1);
    if (!best) continue;
    for (let count = 1; count <= MAX_SOURCES; count++) {
      if (tryChange(best, { type: "add-sources", claimId: best.claim.id, technologySlug: slug, count }, count, "add-sources")) break;
    }
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

export function whatWouldChange(input: UseCaseInput, totals: Totals, winner: string): WhatWouldChange | null {
  const [best] = candidates(input, totals, winner).sort(
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
