// Which use cases a piece of evidence speaks to, and how strongly (0..1). The rules:
//  - Any claim whose useCaseHints name the use case: 1 (an editor said so).
//  - RECOMMENDATION: a strong keyword match counts 1: a multi-word keyword ("back office"), two
//    distinct keywords, a one-word keyword backed by a need of the use case the claim names
//    ("inference" for a use case driven by ml-serving), or a keyword in the topic when no use case
//    is named more specifically. A lone one-word hit ("api") is too vague. A recommendation for another use case counts only through the needs the
//    two share: 0.5 when it names a term of one of this use case's drivers.
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

/** The use cases a piece of evidence counts for (sorted by slug) and how much, position by position. */
export interface Relevant {
  useCases: string[];
  /** Each use case's position in `RelevanceRules.slugs`. */
  indices: number[];
  weights: number[];
}

const STRONG_OTHER: Record<string, number> = { RECOMMENDATION: 1, PERFORMANCE: 1, FEATURE: 0.8, FACT: 0.5, OPINION: 0.3 };
/** A recommendation made for another use case, counted through a need both share. */
const SHARED_NEED = 0.5;

let driverTermIndex: PhraseIndex<string> | null = null;
function driverTermIndexOf(): PhraseIndex<string> {
  if (!driverTermIndex) {
    driverTermIndex = new PhraseIndex<string>();
    for (const [driver, terms] of Object.entries(DRIVER_TERMS)) for (const term of terms) driverTermIndex.add(term, driver);
  }
  return driverTermIndex;
}

/** A claim's statement and topic tokens, with an empty token between so no phrase spans both. */
const claimTokens = (claim: EvidenceClaim): string[] => [...tokensOf(claim.statement), "", ...(claim.topic ? tokensOf(claim.topic) : [])];

// Claims are immutable inputs, so the driver terms they name are worked out once per claim object.
const termCache = new WeakMap<EvidenceClaim, [string, string][]>();
/** The drivers a claim's statement or topic names, each with the alphabetically first matching term. */
export function driverTermsOf(claim: EvidenceClaim, knownTokens?: string[]): [string, string][] {
  let terms = termCache.get(claim);
  if (!terms) {
    const tokens = knownTokens ?? claimTokens(claim);
    terms = [...driverTermIndexOf().match(tokens)].map(([driver, phrases]) => [driver, [...phrases].sort()[0]] as [string, string]);
    termCache.set(claim, terms);
  }
  return terms;
}

// Use cases are numbered in slug order, and weights collect in one reused array: working out a
// claim's relevance allocates its two result arrays and nothing per use case.
export class RelevanceRules {
  /** The use case slugs, sorted: a use case's number is its position here. */
  readonly slugs: string[];
  private readonly indexOf = new Map<string, number>();
  private readonly keywords = new PhraseIndex<number>();
  private readonly byDriver = new Map<string, number[]>();
  private readonly performance: number[] = [];
  private readonly driverCount: number[] = [];
  private readonly scratch: Float64Array;
  private readonly touched: number[] = [];

  constructor(useCases: UseCaseInfo[]) {
    // A repeated slug is one use case; its last description wins, as in the engine.
    const bySlug = new Map(useCases.map((u) => [u.slug, u]));
    this.slugs = [...bySlug.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.slugs.forEach((slug, i) => {
      const useCase = bySlug.get(slug)!;
      this.indexOf.set(slug, i);
      for (const keyword of useCase.keywords) this.keywords.add(keyword, i);
      const drivers = [...new Set(useCase.drivers)];
      this.driverCount.push(drivers.length);
      for (const driver of drivers) this.byDriver.set(driver, [...(this.byDriver.get(driver) ?? []), i]);
      if (drivers.some((d) => PERFORMANCE_DRIVERS.includes(d))) this.performance.push(i);
    });
    this.scratch = new Float64Array(this.slugs.length);
  }

  /** The use cases a claim is relevant to. */
  forClaim(claim: EvidenceClaim): Relevant {
    const topicTokens = claim.topic ? tokensOf(claim.topic) : [];
    const tokens = [...tokensOf(claim.statement), "", ...topicTokens];
    const hits = this.keywords.match(tokens);
    const topicHits = topicTokens.length ? this.keywords.match(topicTokens) : null;
    const needs = claim.kind === "FEATURE" || claim.kind === "RECOMMENDATION" ? driverTermsOf(claim, tokens) : [];
    const needed = new Set<number>();
    if (claim.kind === "RECOMMENDATION") for (const [driver] of needs) for (const i of this.byDriver.get(driver) ?? []) needed.add(i);
    const specific: number[] = [];
    const loose: number[] = [];
    for (const [i, phrases] of hits) {
      if (phrases.size >= 2 || [...phrases].some((p) => p.includes(" ")) || needed.has(i)) specific.push(i);
      else if (topicHits?.has(i)) loose.push(i);
      else if (claim.kind === "FEATURE") this.raise(i, 0.8);
    }
    for (const i of specific) this.raise(i, STRONG_OTHER[claim.kind] ?? 0);
    // A lone one-word keyword in the topic counts only when no use case is named more specifically:
    // "streaming inference api" is about inference, not about public APIs.
    for (const i of loose) {
      if (specific.length === 0) this.raise(i, STRONG_OTHER[claim.kind] ?? 0);
      else if (claim.kind === "FEATURE") this.raise(i, 0.8);
    }
    if (claim.kind === "FEATURE") {
      for (const [driver] of needs) for (const i of this.byDriver.get(driver) ?? []) this.raise(i, 0.6);
    }
    for (const i of needed) this.raise(i, SHARED_NEED);
    if (claim.kind === "PERFORMANCE") for (const i of this.performance) this.raise(i, 0.8);
    for (const slug of claim.useCaseHints ?? []) {
      const i = this.indexOf.get(slug);
      if (i !== undefined) this.raise(i, 1);
    }
    return this.collect();
  }

  /** The use cases a team decision speaks to: those sharing at least one driver with it. */
  forDecision(decision: DecisionEvidence): Relevant {
    const shared = new Map<number, number>();
    for (const driver of new Set(decision.drivers.filter(isDriverKey))) {
      for (const i of this.byDriver.get(driver) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    for (const [i, count] of shared) this.raise(i, count / (this.driverCount[i] || 1));
    return this.collect();
  }

  /** Keeps the strongest reason a piece of evidence is relevant to a use case (weights are > 0). */
  private raise(i: number, weight: number): void {
    if (weight <= this.scratch[i]) return;
    if (this.scratch[i] === 0) this.touched.push(i);
    this.scratch[i] = weight;
  }

  /** The raised weights in slug order; resets the scratch array for the next piece of evidence. */
  private collect(): Relevant {
    const indices = this.touched.sort((a, b) => a - b).slice();
    const out: Relevant = { useCases: new Array<string>(indices.length), indices, weights: new Array<number>(indices.length) };
    indices.forEach((i, k) => {
      out.useCases[k] = this.slugs[i];
      out.weights[k] = this.scratch[i];
      this.scratch[i] = 0;
    });
    this.touched.length = 0;
    return out;
  }
}
