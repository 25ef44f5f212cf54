// The verdict engine over a whole evidence set, with incremental recomputation: an index from each
// claim (and decision) to the use cases it is relevant to, so changing one claim updates only those
// use cases' per-technology sums and ordered lists (see bucket.ts) and rebuilds only their
// verdicts, each from the first few entries of those lists rather than from every claim. Results
// equal a full recomputation: contributions are integer millionths (order-free sums) and every
// tie is broken by id or slug.
import { CommonGround, commonGroupsOf, withoutCommonGround } from "./common-ground";
import { FigureGroups, figureGroupOf, signsOf } from "./directions";
import { claimWords, driverTermsOf, RelevanceRules, type Relevant } from "./relevance";
import { CitationIds } from "./tally";
import {
  claimMicro,
  uniqueSlugs,
  UseCaseState,
  type ClaimEntry,
  type DecisionEntry,
  type UseCaseInput,
} from "./scoring";
import { linksOf, type ClaimGroup, type Links } from "./links";
import { buildVerdict, explainRecommendation } from "./verdict";
import { claimStrength, decisionStrength, strengthVariant, toMicro, UNVERIFIED } from "./weights";
import type { DecisionEvidence, Evidence, EvidenceClaim, RecommendationExplanation, Verdict } from "./types";

/** Claims or decisions linked per step of a stepwise build (a few milliseconds' work). */
const STEP = 500;
const NO_LINKS: Links<never> = { useCases: [], entries: [] };
const NO_RELEVANCE: Relevant = { useCases: [], indices: [], weights: [], because: [] };
const sameSigns = (a: number[] | undefined, b: number[]) =>
  !!a && a.length === b.length && a.every((x, i) => x === b[i]);

export class VerdictEngine {
  private readonly rules: RelevanceRules;
  private readonly asOfMs: number;
  private readonly states = new Map<string, UseCaseState>();
  /** The same states by the relevance rules' use case number. */
  private readonly stateAt: UseCaseState[];
  private readonly claims = new Map<string, EvidenceClaim>();
  private readonly decisions = new Map<string, DecisionEvidence>();
  /** claim id → the use cases it counts for, with its entry there: the dependency index. */
  private readonly claimLinks = new Map<string, Links<ClaimGroup>>();
  /** Figures by comparable group: a figure's direction is its rank there. */
  private readonly figures = new FigureGroups();
  /** Feature claims by source and topic: support for a feature every compared technology has is neutral. */
  private readonly common = new CommonGround();
  private readonly decisionLinks = new Map<string, Links<DecisionEntry>>();
  private readonly results = new Map<string, Verdict>();
  /** A number per technology slug, so use cases find a technology's bucket by array index. */
  private readonly techIds = new Map<string, number>();

  private readonly names: Record<string, string>;

  /** `stepwise`: leave the work to `buildSteps` (see VerdictEngine.inSteps); otherwise it is all done here. */
  constructor(
    private readonly evidence: Evidence,
    stepwise = false,
  ) {
    this.asOfMs = Date.parse(evidence.asOf);
    this.names = evidence.technologyNames ?? {};
    this.rules = new RelevanceRules(evidence.useCases);
    const citations = new CitationIds();
    for (const useCase of evidence.useCases)
      this.states.set(useCase.slug, new UseCaseState(useCase.slug, useCase.drivers, citations));
    this.stateAt = this.rules.slugs.map((slug) => this.states.get(slug)!);
    if (!stepwise) for (const step of this.buildSteps()) void step;
  }

  /**
   * An engine whose full build runs as `steps` advance (each a few milliseconds of work), so a server
   * can answer requests between them (lib/editorial/engine.ts). The engine is ready when they end.
   */
  static inSteps(evidence: Evidence): { engine: VerdictEngine; steps: Iterable<void> } {
    const engine = new VerdictEngine(evidence, true);
    return { engine, steps: engine.buildSteps() };
  }

  private *buildSteps(): Generator<void> {
    // A repeated id replaces the earlier entry, as an update would.
    const claims = new Map(this.evidence.claims.map((claim) => [claim.id, claim]));
    // Every figure is in its group before any is ranked, so the order of claims does not matter.
    for (const claim of claims.values()) {
      this.figures.add(claim);
      this.common.add(claim);
    }
    yield;
    // Claims are linked first and placed use case by use case, so one use case's buckets stay in
    // the processor's cache while they fill (placing claim by claim jumps between use cases).
    let n = 0;
    for (const claim of claims.values()) {
      this.linkClaim(claim, true);
      if (++n % STEP === 0) yield;
    }
    for (const state of this.states.values()) {
      state.placeDeferred();
      yield;
    }
    for (const decision of this.evidence.decisions) {
      this.unindexDecision(decision.id);
      this.indexDecision(decision);
      if (++n % STEP === 0) yield;
    }
    for (const slug of this.states.keys()) {
      this.recompute(slug);
      yield;
    }
  }

  /** All verdicts, by use case slug. */
  verdicts(): Verdict[] {
    return [...this.results.values()].sort((a, b) => (a.useCaseSlug < b.useCaseSlug ? -1 : 1));
  }

  verdict(useCaseSlug: string): Verdict | undefined {
    return this.results.get(useCaseSlug);
  }

  /** Why `recommended` (the engine's pick or an editor's) for this use case, from the evidence as it stands. */
  explain(useCaseSlug: string, recommended: string[]): RecommendationExplanation | undefined {
    const state = this.states.get(useCaseSlug);
    const verdict = this.results.get(useCaseSlug);
    if (!state || !verdict) return undefined;
    return explainRecommendation(this.inputOf(state), verdict, recommended);
  }

  /**
   * Whether a claim is advice made for another use case ("pick Django for a staff back office"),
   * counting for this one only through a need the two share. Where it counts it is shown, its "counts
   * because" naming the shared need (review 5, R7); the wizard's ticked needs do not count it again.
   */
  recommendsElsewhere(claimId: string, useCaseSlug: string): boolean {
    const claim = this.claims.get(claimId);
    if (!claim || claim.kind !== "RECOMMENDATION" || this.rules.madeFor(claim, useCaseSlug)) return false;
    return this.rules.slugs.some((slug) => slug !== useCaseSlug && this.rules.madeFor(claim, slug));
  }

  /**
   * The use cases a claim speaks to by meaning (its topic, capability or figure matches their needs),
   * whether or not it can move a score there: a claim neutral for every technology it names is linked
   * nowhere, yet a reader may ask why a need it speaks to moved nothing.
   */
  useCasesByMeaning(claim: EvidenceClaim): string[] {
    return this.rules.forClaim(claim).useCases;
  }

  /** Use cases a claim currently counts for. */
  useCasesOfClaim(claimId: string): string[] {
    return [...(this.claimLinks.get(claimId) ?? NO_LINKS).useCases];
  }

  /** Adds or replaces a claim; returns the use cases whose verdicts were recomputed. */
  upsertClaim(claim: EvidenceClaim): string[] {
    const old = this.claims.get(claim.id);
    const before = this.unindexClaim(claim.id);
    const after = this.indexClaim(claim);
    return this.recomputeAll([...before, ...after, ...this.rerank([old, claim])]);
  }

  removeClaim(claimId: string): string[] {
    const old = this.claims.get(claimId);
    const before = this.unindexClaim(claimId);
    return this.recomputeAll([...before, ...this.rerank([old])]);
  }

  /**
   * After a figure changed, the other figures of its old and new group whose rank moved are
   * linked again; returns the use cases they count (or counted) for. Groups are small (one setup).
   */
  private rerank(changed: Array<EvidenceClaim | undefined>): string[] {
    const keys = new Set(changed.map((c) => (c ? figureGroupOf(c) : null)).filter((k): k is string => k !== null));
    const commonKeys = new Set(changed.flatMap((c) => (c ? commonGroupsOf(c) : [])));
    const ids = new Set(changed.map((c) => c?.id));
    const members = new Map<string, EvidenceClaim>();
    for (const key of keys) for (const member of this.figures.members(key)) members.set(member.id, member);
    for (const key of commonKeys) for (const member of this.common.members(key)) members.set(member.id, member);
    const touched: string[] = [];
    for (const member of [...members.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (ids.has(member.id)) continue;
      const { signs } = this.signsFor(member, uniqueSlugs(member.technologySlugs));
      if (sameSigns(this.claimLinks.get(member.id)?.signs, signs)) continue;
      touched.push(...this.unindexClaim(member.id), ...this.indexClaim(member));
    }
    return touched;
  }

  /** A claim's sign per technology: its stated direction or figure rank, less support for common ground. */
  private signsFor(claim: EvidenceClaim, techs: string[]): { signs: number[]; ranked: boolean } {
    const { signs, ranked } = signsOf(claim, techs, this.names, this.figures);
    return { signs: withoutCommonGround(claim, signs, this.common, this.names), ranked };
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
  private linkClaim(claim: EvidenceClaim, defer: boolean): Links<ClaimGroup> {
    this.claims.set(claim.id, claim);
    this.figures.add(claim);
    this.common.add(claim);
    const strength = claimStrength(claim, this.asOfMs);
    // What verifying it would add, for the "verify this claim" what-if (worked out once per change).
    const verified = UNVERIFIED.has(claim.status) ? strengthVariant(claim, this.asOfMs, "VERIFIED", 0) : null;
    const techs = uniqueSlugs(claim.technologySlugs);
    const techIds = this.idsOf(techs);
    const { signs, ranked } = this.signsFor(claim, techs);
    const grouped = figureGroupOf(claim) !== null;
    // A claim that can move no score (neutral for every technology it names, or refuted or retracted)
    // is linked nowhere: its entries would change nothing, and nothing needs recomputing when it changes.
    const inert = signs.every((sign) => sign === 0) || (strength === 0 && !verified);
    const featured = claim.kind === "FEATURE" && claim.status === "VERIFIED";
    const words = featured || !inert ? claimWords(claim) : undefined;
    const featureTerms = featured ? driverTermsOf(claim, words) : [];
    const relevant = inert ? NO_RELEVANCE : this.rules.forClaim(claim, words);
    const links: Links<ClaimGroup> = linksOf(relevant, (weight): ClaimGroup => {
      const siblings: ClaimEntry[] = [];
      for (let t = 0; t < techs.length; t++) {
        const micro = claimMicro(strength * signs[t], weight);
        const verifyGain = verified === null ? 0 : claimMicro(verified * signs[t], weight) - micro;
        siblings.push({
          claim,
          techs,
          tech: techs[t],
          techId: techIds[t],
          sign: signs[t],
          ranked,
          grouped,
          relevance: weight,
          micro,
          verifyGain,
          featureTerms: micro > 0 ? featureTerms : [],
          siblings,
        });
      }
      return { relevance: weight, entries: siblings };
    });
    links.signs = signs;
    links.because = relevant.because;
    relevant.indices.forEach((i, k) => {
      const state = this.stateAt[i];
      for (const entry of links.entries[k].entries) defer ? state.defer(entry) : state.addClaim(entry);
    });
    this.claimLinks.set(claim.id, links);
    return links;
  }

  /** Returns the use cases the claim counted for. */
  private unindexClaim(claimId: string): string[] {
    const links = this.claimLinks.get(claimId) ?? NO_LINKS;
    links.useCases.forEach((slug, i) => {
      const state = this.states.get(slug);
      for (const entry of links.entries[i].entries) state?.removeClaim(entry);
    });
    this.claimLinks.delete(claimId);
    const old = this.claims.get(claimId);
    if (old) {
      this.figures.remove(old);
      this.common.remove(old);
    }
    this.claims.delete(claimId);
    return links.useCases;
  }

  private indexDecision(decision: DecisionEvidence): string[] {
    this.decisions.set(decision.id, decision);
    const strength = decisionStrength(decision);
    const techs = uniqueSlugs(decision.chosenTechnologySlugs);
    const techIds = this.idsOf(techs);
    const relevant = this.rules.forDecision(decision);
    const links = linksOf(
      relevant,
      (weight, because): DecisionEntry => ({
        decision,
        techs,
        techIds,
        relevance: weight,
        because,
        micro: toMicro(strength * weight),
      }),
      true,
    );
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

  private inputOf(state: UseCaseState): UseCaseInput {
    return {
      state,
      asOf: this.evidence.asOf,
      asOfMs: this.asOfMs,
      names: this.names,
      languages: this.evidence.technologyLanguages,
      madeFor: (claim) => this.rules.madeFor(claim, state.slug),
      becauseOf: (claim) => this.becauseOf(claim, state.slug),
      needs: this.rules.needNamesOf(state.slug),
    };
  }

  /** The keys of the use case's needs a claim speaks to (RelevanceRules.needKeysOf): the one reading of a need's claims. */
  needKeysOf(claim: EvidenceClaim, useCaseSlug: string): string[] {
    return this.rules.needKeysOf(claim, useCaseSlug);
  }

  /** Why a claim counts for a use case ("needs an admin UI"; "" where it does not count): the verdict pages' "counts because". */
  countsBecause(claimId: string, useCaseSlug: string): string {
    const claim = this.claims.get(claimId);
    return claim ? this.becauseOf(claim, useCaseSlug) : "";
  }

  /** Why a linked claim counts for a use case, as worked out when it was linked ("" where it does not count). */
  private becauseOf(claim: EvidenceClaim, useCaseSlug: string): string {
    const links = this.claimLinks.get(claim.id);
    const k = links ? links.useCases.indexOf(useCaseSlug) : -1;
    return k < 0 ? "" : (links?.because?.[k] ?? "");
  }

  private recomputeAll(slugs: string[]): string[] {
    const unique = [...new Set(slugs)].sort();
    for (const slug of unique) this.recompute(slug);
    return unique;
  }

  private recompute(slug: string): void {
    const state = this.states.get(slug);
    if (!state) return;
    this.results.set(slug, buildVerdict(this.inputOf(state)));
  }
}

/** Every use case's verdict from scratch. */
export function computeVerdicts(evidence: Evidence): Verdict[] {
  return new VerdictEngine(evidence).verdicts();
}
