// Which use cases a piece of evidence speaks to, and how strongly (0..1). The rules:
//  - Any claim whose useCaseHints name the use case: 1 (an editor said so).
//  - RECOMMENDATION: only a strong keyword match counts, 1: a multi-word keyword ("back office"),
//    two distinct keywords, or a keyword in the topic. A lone one-word hit ("api") is too vague.
//  - FEATURE: 0.8 on any keyword hit; otherwise 0.6 when the claim names a term of one of the use
//    case's drivers (needs-admin-ui ↔ "admin", realtime-websockets ↔ "websocket"; see DRIVER_TERMS).
//  - PERFORMANCE: 0.8 for every use case driven by high-traffic-io or ml-serving (throughput and
//    latency are what those use cases are chosen on), 1 on a strong keyword match.
//  - FACT 0.5 and OPINION 0.3, on a strong keyword match only.
//  - Decisions: teams whose drivers overlap the use case's drivers; weight = shared / use case drivers.
// Relevance depends only on the claim and the use case, so the engine can index claim → use cases
// and recompute just those when a claim changes.
import { DRIVER_TERMS, isDriverKey, PERFORMANCE_DRIVERS } from "./drivers";
import { PhraseIndex, tokensOf } from "./text";
import type { DecisionEvidence, EvidenceClaim, UseCaseInfo } from "./types";

export interface Relevance {
  slug: string;
  weight: number;
}

const STRONG_OTHER: Record<string, number> = { RECOMMENDATION: 1, PERFORMANCE: 1, FEATURE: 0.8, FACT: 0.5, OPINION: 0.3 };

export class RelevanceRules {
  private readonly keywords = new PhraseIndex<string>();
  private readonly driverTerms = new PhraseIndex<string>();
  private readonly byDriver = new Map<string, string[]>();
  private readonly performance: string[];
  private readonly known: Set<string>;
  private readonly driverCount = new Map<string, number>();

  constructor(useCases: UseCaseInfo[]) {
    const sorted = [...useCases].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    this.known = new Set(sorted.map((u) => u.slug));
    for (const useCase of sorted) {
      for (const keyword of useCase.keywords) this.keywords.add(keyword, useCase.slug);
      const drivers = [...new Set(useCase.drivers)];
      this.driverCount.set(useCase.slug, drivers.length);
      for (const driver of drivers) this.byDriver.set(driver, [...(this.byDriver.get(driver) ?? []), useCase.slug]);
    }
    for (const [driver, terms] of Object.entries(DRIVER_TERMS)) for (const term of terms) this.driverTerms.add(term, driver);
    this.performance = sorted.filter((u) => u.drivers.some((d) => PERFORMANCE_DRIVERS.includes(d))).map((u) => u.slug);
  }

  /** The use cases a claim is relevant to, sorted by slug. */
  forClaim(claim: EvidenceClaim): Relevance[] {
    const weights = new Map<string, number>();
    const raise = (slug: string, weight: number) => {
      if (weight > (weights.get(slug) ?? 0)) weights.set(slug, weight);
    };
    const statementTokens = tokensOf(claim.statement);
    const topicTokens = claim.topic ? tokensOf(claim.topic) : [];
    const hits = this.keywords.match([...statementTokens, "", ...topicTokens]);
    const topicHits = topicTokens.length ? this.keywords.match(topicTokens) : new Map<string, Set<string>>();
    for (const [slug, phrases] of hits) {
      const strong = phrases.size >= 2 || [...phrases].some((p) => p.includes(" ")) || topicHits.has(slug);
      if (strong) raise(slug, STRONG_OTHER[claim.kind] ?? 0);
      else if (claim.kind === "FEATURE") raise(slug, 0.8);
    }
    if (claim.kind === "FEATURE") {
      for (const driver of this.driverTerms.match([...statementTokens, "", ...topicTokens]).keys()) {
        for (const slug of this.byDriver.get(driver) ?? []) raise(slug, 0.6);
      }
    }
    if (claim.kind === "PERFORMANCE") for (const slug of this.performance) raise(slug, 0.8);
    for (const slug of claim.useCaseHints ?? []) if (this.known.has(slug)) raise(slug, 1);
    return [...weights].map(([slug, weight]) => ({ slug, weight })).sort((a, b) => (a.slug < b.slug ? -1 : 1));
  }

  /** The use cases a team decision speaks to: those sharing at least one driver with it. */
  forDecision(decision: DecisionEvidence): Relevance[] {
    const shared = new Map<string, number>();
    for (const driver of new Set(decision.drivers.filter(isDriverKey))) {
      for (const slug of this.byDriver.get(driver) ?? []) shared.set(slug, (shared.get(slug) ?? 0) + 1);
    }
    return [...shared]
      .map(([slug, count]) => ({ slug, weight: count / (this.driverCount.get(slug) || 1) }))
      .sort((a, b) => (a.slug < b.slug ? -1 : 1));
  }
}
