// The verdict engine over a whole evidence set, with incremental recomputation: an index from each
// claim (and decision) to the use cases it is relevant to, so changing one claim updates only those
// use cases' per-technology sums and ordered lists (see bucket.ts) and rebuilds only their
// verdicts, each from the first few entries of those lists rather than from every claim. Results
// equal a full recomputation: contributions are integer millionths (order-free sums) and every
// tie is broken by id or slug.
import { driverTermsOf, RelevanceRules, type Relevant } from "./relevance";
import { claimMicro, uniqueSlugs, UseCaseState, type ClaimEntry, type DecisionEntry } from "./scoring";
import { buildVerdict } from "./verdict";
import { claimStrength, decisionStrength, strengthVariant, toMicro, UNVERIFIED } from "./weights";
import type { DecisionEvidence, Evidence, EvidenceClaim, Verdict } from "./types";

/**
 * Where one claim or decision counts: the use cases (sorted by slug) and its entry in each. Use
 * cases with the same relevance share one entry (relevance takes a handful of values), which keeps
 * a full build to a few entry objects per claim instead of one per relevant use case.
 */
interface Links<E> {
  useCases: string[];
  entries: E[];
}

const NO_LINKS: Links<never> = { useCases: [], entries: [] };

/**
 * Links a piece of evidence to its use cases: `entryFor(weight)` makes the entry for one relevance,
 * made once per distinct relevance and shared by the use cases with that relevance.
 */
function linksOf<E extends { relevance: number }>(relevant: Relevant, entryFor: (relevance: number) => E): Links<E> {
  const distinct: E[] = [];
  const entries = relevant.weights.map((weight) => {
    for (const entry of distinct) if (entry.relevance === weight) return entry;
    const entry = entryFor(weight);
    distinct.push(entry);
    return entry;
  });
  return { useCases: relevant.useCases, entries };
}

export class VerdictEngine {
  private readonly rules: RelevanceRules;
  private readonly asOfMs: number;
  private readonly states = new Map<string, UseCaseState>();
  /** The same states by the relevance rules' use case number. */
  private readonly stateAt: UseCaseState[];
  private readonly claims = new Map<string, EvidenceClaim>();
  private readonly decisions = new Map<string, DecisionEvidence>();
  /** claim id → the use cases it counts for, with its entry there: the dependency index. */
  private readonly claimLinks = new Map<string, Links<ClaimEntry>>();
  private readonly decisionLinks = new Map<string, Links<DecisionEntry>>();
  private readonly results = new Map<string, Verdict>();
  /** A number per technology slug, so use cases find a technology's bucket by array index. */
  private readonly techIds = new Map<string, number>();

  constructor(private readonly evidence: Evidence) {
    this.asOfMs = Date.parse(evidence.asOf);
    this.rules = new RelevanceRules(evidence.useCases);
    for (const useCase of evidence.useCases) this.states.set(useCase.slug, new UseCaseState(useCase.slug, useCase.drivers));
    this.stateAt = this.rules.slugs.map((slug) => this.states.get(slug)!);
    // A repeated id replaces the earlier entry, as an update would.
    const claims = new Map(evidence.claims.map((claim) => [claim.id, claim]));
    // Claims are linked first and placed use case by use case, so one use case's buckets stay in
    // the processor's cache while they fill (placing claim by claim jumps between use cases).
    for (const claim of claims.values()) this.linkClaim(claim, true);
    for (const state of this.states.values()) state.placeDeferred();
    for (const decision of evidence.decisions) this.unindexDecision(decision.id), this.indexDecision(decision);
    for (const slug of this.states.keys()) this.recompute(slug);
  }

  /** All verdicts, by use case slug. */
  verdicts(): Verdict[] {
    return [...this.results.values()].sort((a, b) => (a.useCaseSlug < b.useCaseSlug ? -1 : 1));
  }

  verdict(useCaseSlug: string): Verdict | undefined {
    return this.results.get(useCaseSlug);
  }

  /** Use cases a claim currently counts for. */
  useCasesOfClaim(claimId: string): string[] {
    return [...(this.claimLinks.get(claimId) ?? NO_LINKS).useCases];
  }

  /** Adds or replaces a claim; returns the use cases whose verdicts were recomputed. */
  upsertClaim(claim: EvidenceClaim): string[] {
    const before = this.unindexClaim(claim.id);
    return this.recomputeAll([...before, ...this.indexClaim(claim)]);
  }

  removeClaim(claimId: string): string[] {
    return this.recomputeAll(this.unindexClaim(claimId));
  }

  upsertDecision(decision: DecisionEvidence): string[] {
    const before = this.unindexDecision(decision.id);
    return this.recomputeAll([...before, ...this.indexDecision(decision)]);
  }

  removeDecision(decisionId: string): string[] {
    return this.recomputeAll(this.unindexDecision(decisionId));
  }

  /** The evidence as it stands now (after incremental changes). */
  currentEvidence(): Evidence {
    return { ...this.evidence, claims: [...this.claims.values()], decisions: [...this.decisions.values()] };
  }

  /** Returns the use cases the claim now counts for. */
  private indexClaim(claim: EvidenceClaim): string[] {
    return this.linkClaim(claim, false).useCases;
  }

  /** Works out (and records) where a claim counts and its entries there, and places them (or defers that). */
  private linkClaim(claim: EvidenceClaim, defer: boolean): Links<ClaimEntry> {
    this.claims.set(claim.id, claim);
    const strength = claimStrength(claim, this.asOfMs);
    // What verifying it would add, for the "verify this claim" what-if (worked out once per change).
    const verified = UNVERIFIED.has(claim.status) ? strengthVariant(claim, this.asOfMs, "VERIFIED", 0) : null;
    const techs = uniqueSlugs(claim.technologySlugs);
    const techIds = this.idsOf(techs);
    const featureTerms = claim.kind === "FEATURE" && claim.status === "VERIFIED" ? driverTermsOf(claim) : [];
    const relevant = this.rules.forClaim(claim);
    const links = linksOf(relevant, (weight): ClaimEntry => {
      const micro = claimMicro(strength, weight);
      const verifyGain = verified === null ? 0 : claimMicro(verified, weight) - micro;
      return { claim, techs, techIds, relevance: weight, micro, verifyGain, featureTerms: micro > 0 ? featureTerms : [] };
    });
    relevant.indices.forEach((i, k) => (defer ? this.stateAt[i].defer(links.entries[k]) : this.stateAt[i].addClaim(links.entries[k])));
    this.claimLinks.set(claim.id, links);
    return links;
  }

  /** Returns the use cases the claim counted for. */
  private unindexClaim(claimId: string): string[] {
    const links = this.claimLinks.get(claimId) ?? NO_LINKS;
    links.useCases.forEach((slug, i) => this.states.get(slug)?.removeClaim(links.entries[i]));
    this.claimLinks.delete(claimId);
    this.claims.delete(claimId);
    return links.useCases;
  }

  private indexDecision(decision: DecisionEvidence): string[] {
    this.decisions.set(decision.id, decision);
    const strength = decisionStrength(decision);
    const techs = uniqueSlugs(decision.chosenTechnologySlugs);
    const techIds = this.idsOf(techs);
    const relevant = this.rules.forDecision(decision);
    const links = linksOf(relevant, (weight): DecisionEntry => ({ decision, techs, techIds, relevance: weight, micro: toMicro(strength * weight) }));
    relevant.indices.forEach((i, k) => this.stateAt[i].addDecision(links.entries[k]));
    this.decisionLinks.set(decision.id, links);
    return links.useCases;
  }

  private unindexDecision(decisionId: string): string[] {
    const links = this.decisionLinks.get(decisionId) ?? NO_LINKS;
    links.useCases.forEach((slug, i) => this.states.get(slug)?.removeDecision(links.entries[i]));
    this.decisionLinks.delete(decisionId);
    this.decisions.delete(decisionId);
    return links.useCases;
  }

  private idsOf(techs: string[]): number[] {
    return techs.map((slug) => {
      let id = this.techIds.get(slug);
      if (id === undefined) this.techIds.set(slug, (id = this.techIds.size));
      return id;
    });
  }

  private recomputeAll(slugs: string[]): string[] {
    const unique = [...new Set(slugs)].sort();
    for (const slug of unique) this.recompute(slug);
    return unique;
  }

  private recompute(slug: string): void {
    const state = this.states.get(slug);
    if (!state) return;
    this.results.set(slug, buildVerdict({ state, asOf: this.evidence.asOf, asOfMs: this.asOfMs, names: this.evidence.technologyNames ?? {} }));
  }
}

/** Every use case's verdict from scratch. */
export function computeVerdicts(evidence: Evidence): Verdict[] {
  return new VerdictEngine(evidence).verdicts();
}
