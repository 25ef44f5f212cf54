// The verdict engine over a whole evidence set, with incremental recomputation: an index from each
// claim (and decision) to the use cases it is relevant to, so changing one claim updates only those
// use cases' sums (O(its technologies)) and rebuilds only their verdicts. Results equal a full
// recomputation: contributions are integer millionths (order-free sums) and every tie is broken
// by id or slug.
import { RelevanceRules } from "./relevance";
import { claimMicro, uniqueSlugs, UseCaseState, type ClaimEntry, type DecisionEntry } from "./scoring";
import { buildVerdict } from "./verdict";
import { claimStrength, decisionStrength, toMicro } from "./weights";
import type { DecisionEvidence, Evidence, EvidenceClaim, Verdict } from "./types";

export class VerdictEngine {
  private readonly rules: RelevanceRules;
  private readonly asOfMs: number;
  private readonly states = new Map<string, UseCaseState>();
  private readonly claims = new Map<string, EvidenceClaim>();
  private readonly decisions = new Map<string, DecisionEvidence>();
  /** claim id → the use cases it counts for, with its entry there: the dependency index. */
  private readonly claimUseCases = new Map<string, [string, ClaimEntry][]>();
  private readonly decisionUseCases = new Map<string, [string, DecisionEntry][]>();
  private readonly results = new Map<string, Verdict>();

  constructor(private readonly evidence: Evidence) {
    this.asOfMs = Date.parse(evidence.asOf);
    this.rules = new RelevanceRules(evidence.useCases);
    for (const useCase of evidence.useCases) this.states.set(useCase.slug, new UseCaseState(useCase.slug, useCase.drivers));
    // A repeated id replaces the earlier entry, as an update would.
    for (const claim of evidence.claims) this.unindexClaim(claim.id), this.indexClaim(claim);
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
    return (this.claimUseCases.get(claimId) ?? []).map(([slug]) => slug);
  }

  /** Adds or replaces a claim; returns the use cases whose verdicts were recomputed. */
  upsertClaim(claim: EvidenceClaim): string[] {
    const before = this.unindexClaim(claim.id);
    this.indexClaim(claim);
    return this.recomputeAll([...before, ...this.useCasesOfClaim(claim.id)]);
  }

  removeClaim(claimId: string): string[] {
    return this.recomputeAll(this.unindexClaim(claimId));
  }

  upsertDecision(decision: DecisionEvidence): string[] {
    const before = this.unindexDecision(decision.id);
    this.indexDecision(decision);
    return this.recomputeAll([...before, ...(this.decisionUseCases.get(decision.id) ?? []).map(([slug]) => slug)]);
  }

  removeDecision(decisionId: string): string[] {
    return this.recomputeAll(this.unindexDecision(decisionId));
  }

  /** The evidence as it stands now (after incremental changes). */
  currentEvidence(): Evidence {
    return { ...this.evidence, claims: [...this.claims.values()], decisions: [...this.decisions.values()] };
  }

  private indexClaim(claim: EvidenceClaim): void {
    this.claims.set(claim.id, claim);
    const strength = claimStrength(claim, this.asOfMs);
    const techs = uniqueSlugs(claim.technologySlugs);
    const entries: [string, ClaimEntry][] = [];
    for (const { slug, weight } of this.rules.forClaim(claim)) {
      const state = this.states.get(slug);
      if (!state) continue;
      const entry: ClaimEntry = { claim, techs, relevance: weight, micro: claimMicro(strength, weight) };
      state.addClaim(entry);
      entries.push([slug, entry]);
    }
    this.claimUseCases.set(claim.id, entries);
  }

  private unindexClaim(claimId: string): string[] {
    const entries = this.claimUseCases.get(claimId) ?? [];
    for (const [slug, entry] of entries) this.states.get(slug)?.removeClaim(entry);
    this.claimUseCases.delete(claimId);
    this.claims.delete(claimId);
    return entries.map(([slug]) => slug);
  }

  private indexDecision(decision: DecisionEvidence): void {
    this.decisions.set(decision.id, decision);
    const strength = decisionStrength(decision);
    const techs = uniqueSlugs(decision.chosenTechnologySlugs);
    const entries: [string, DecisionEntry][] = [];
    for (const { slug, weight } of this.rules.forDecision(decision)) {
      const state = this.states.get(slug);
      if (!state) continue;
      const entry: DecisionEntry = { decision, techs, relevance: weight, micro: toMicro(strength * weight) };
      state.addDecision(entry);
      entries.push([slug, entry]);
    }
    this.decisionUseCases.set(decision.id, entries);
  }

  private unindexDecision(decisionId: string): string[] {
    const entries = this.decisionUseCases.get(decisionId) ?? [];
    for (const [slug, entry] of entries) this.states.get(slug)?.removeDecision(entry);
    this.decisionUseCases.delete(decisionId);
    this.decisions.delete(decisionId);
    return entries.map(([slug]) => slug);
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
