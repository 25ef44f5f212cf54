// The verdict engine over a whole evidence set, with incremental recomputation: an index from each
// claim (and decision) to the use cases it is relevant to, so changing one claim recomputes only
// the verdicts that depend on it. Results equal a full recomputation: contributions are integer
// millionths (order-free sums) and every tie is broken by id or slug.
import { RelevanceRules } from "./relevance";
import { claimMicro, type ClaimEntry, type DecisionEntry } from "./scoring";
import { buildVerdict } from "./verdict";
import { claimStrength, decisionStrength, toMicro } from "./weights";
import type { DecisionEvidence, Evidence, EvidenceClaim, UseCaseInfo, Verdict } from "./types";

export class VerdictEngine {
  private readonly rules: RelevanceRules;
  private readonly asOfMs: number;
  private readonly useCases = new Map<string, UseCaseInfo>();
  private readonly claims = new Map<string, EvidenceClaim>();
  private readonly decisions = new Map<string, DecisionEvidence>();
  private readonly claimStrengths = new Map<string, number>();
  /** claim id → use case slug → relevance: the dependency index. */
  private readonly claimUseCases = new Map<string, Map<string, number>>();
  private readonly decisionUseCases = new Map<string, Map<string, number>>();
  /** use case slug → claim id → relevance (the reverse index). */
  private readonly useCaseClaims = new Map<string, Map<string, number>>();
  private readonly useCaseDecisions = new Map<string, Map<string, number>>();
  private readonly results = new Map<string, Verdict>();

  constructor(private readonly evidence: Evidence) {
    this.asOfMs = Date.parse(evidence.asOf);
    this.rules = new RelevanceRules(evidence.useCases);
    for (const useCase of evidence.useCases) {
      this.useCases.set(useCase.slug, useCase);
      this.useCaseClaims.set(useCase.slug, new Map());
      this.useCaseDecisions.set(useCase.slug, new Map());
    }
    // A repeated id replaces the earlier entry, as an update would.
    for (const claim of evidence.claims) this.unindexClaim(claim.id), this.indexClaim(claim);
    for (const decision of evidence.decisions) this.unindexDecision(decision.id), this.indexDecision(decision);
    for (const slug of this.useCases.keys()) this.recompute(slug);
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
    return [...(this.claimUseCases.get(claimId)?.keys() ?? [])].sort();
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
    return this.recomputeAll([...before, ...(this.decisionUseCases.get(decision.id)?.keys() ?? [])]);
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
    this.claimStrengths.set(claim.id, claimStrength(claim, this.asOfMs));
    const relevant = new Map<string, number>();
    for (const { slug, weight } of this.rules.forClaim(claim)) {
      relevant.set(slug, weight);
      this.useCaseClaims.get(slug)?.set(claim.id, weight);
    }
    this.claimUseCases.set(claim.id, relevant);
  }

  private unindexClaim(claimId: string): string[] {
    const relevant = this.claimUseCases.get(claimId);
    for (const slug of relevant?.keys() ?? []) this.useCaseClaims.get(slug)?.delete(claimId);
    this.claimUseCases.delete(claimId);
    this.claims.delete(claimId);
    this.claimStrengths.delete(claimId);
    return [...(relevant?.keys() ?? [])];
  }

  private indexDecision(decision: DecisionEvidence): void {
    this.decisions.set(decision.id, decision);
    const relevant = new Map<string, number>();
    for (const { slug, weight } of this.rules.forDecision(decision)) {
      relevant.set(slug, weight);
      this.useCaseDecisions.get(slug)?.set(decision.id, weight);
    }
    this.decisionUseCases.set(decision.id, relevant);
  }

  private unindexDecision(decisionId: string): string[] {
    const relevant = this.decisionUseCases.get(decisionId);
    for (const slug of relevant?.keys() ?? []) this.useCaseDecisions.get(slug)?.delete(decisionId);
    this.decisionUseCases.delete(decisionId);
    this.decisions.delete(decisionId);
    return [...(relevant?.keys() ?? [])];
  }

  private recomputeAll(slugs: string[]): string[] {
    const unique = [...new Set(slugs)].sort();
    for (const slug of unique) this.recompute(slug);
    return unique;
  }

  private recompute(slug: string): void {
    const useCase = this.useCases.get(slug);
    if (!useCase) return;
    const claims: ClaimEntry[] = [];
    for (const [id, relevance] of this.useCaseClaims.get(slug) ?? []) {
      const claim = this.claims.get(id);
      if (claim) claims.push({ claim, relevance, micro: claimMicro(this.claimStrengths.get(id) ?? 0, relevance) });
    }
    const decisions: DecisionEntry[] = [];
    for (const [id, relevance] of this.useCaseDecisions.get(slug) ?? []) {
      const decision = this.decisions.get(id);
      if (decision) decisions.push({ decision, relevance, micro: toMicro(decisionStrength(decision) * relevance) });
    }
    this.results.set(slug, buildVerdict({
      useCaseSlug: slug, drivers: useCase.drivers, claims, decisions,
      asOf: this.evidence.asOf, asOfMs: this.asOfMs, names: this.evidence.technologyNames ?? {},
    }));
  }
}

/** Every use case's verdict from scratch. */
export function computeVerdicts(evidence: Evidence): Verdict[] {
  return new VerdictEngine(evidence).verdicts();
}
