// Which use cases a piece of evidence speaks to, how strongly (0..1), and why — by meaning: a use
// case is described by its needs (lib/verdicts/needs.ts: a label, the terms a claim uses for it,
// the metrics that measure it), and a claim counts where its topic, capability, context or figure
// matches one of them. The rules:
//  - A figure (a PERFORMANCE claim with a metric) counts only for the needs it measures: 0.8 where a
//    need's metrics name its metric ("throughput" for high traffic). A hello-world throughput
//    figure is no reason for a back office, whatever words it shares with one.
//  - A claim naming the use case itself (a multi-word keyword, two keywords, a one-word keyword
//    backed by one of its needs, or a keyword in the topic when nothing is named more specifically)
//    counts fully for its kind: RECOMMENDATION 1, PERFORMANCE 1, FEATURE 0.8, FACT 0.5, OPINION 0.3.
//  - A claim naming a need counts for every use case with that need: FEATURE 0.8, PERFORMANCE 0.8,
//    FACT 0.5, OPINION 0.3; a RECOMMENDATION 0.5 — made for another use case, it counts only
//    through the need the two share. A lone one-word keyword ("api") is too vague to count.
//  - Editors' hints (verdicts citing the claim) raise it to 1 where it already counts by meaning,
//    and make it count nowhere else.
//  - A figure measured on an empty endpoint ("hello world", "plaintext") counts for no need: it
//    measures a framework's fixed overhead, not how it carries any workload.
//  - Decisions: teams whose every driver (of the drivers any use case needs) is a need of the use
//    case; weight = shared / the use case's needs.
// Each match carries its reason ("needs an admin UI"), shown as "counts because: …". Relevance
// depends only on the claim and the use case, so the engine can index claim → use cases and
// recompute just those when a claim changes.
import { DRIVER_TERMS } from "./drivers";
import { isSyntheticWorkload, needsOfDrivers, type Need } from "./needs";
import { PhraseIndex, tokensOf } from "./text";
import type { DecisionEvidence, EvidenceClaim, UseCaseInfo } from "./types";

/** The use cases a piece of evidence counts for (sorted by slug), how much and why, position by position. */
export interface Relevant {
  useCases: string[];
  /** Each use case's position in `RelevanceRules.slugs`. */
  indices: number[];
  weights: number[];
  /** Completes "counts because: …" for each use case ("needs an admin UI"). */
  because: string[];
}

/** A claim naming the use case itself. */
const NAMED: Record<string, number> = { RECOMMENDATION: 1, PERFORMANCE: 1, FEATURE: 0.8, FACT: 0.5, OPINION: 0.3 };
/** A claim naming one of its needs; a recommendation made for another use case counts half, through the need. */
const BY_NEED: Record<string, number> = {
  RECOMMENDATION: 0.5,
  PERFORMANCE: 0.8,
  FEATURE: 0.8,
  FACT: 0.5,
  OPINION: 0.3,
};
const FIGURE = 0.8;
const HINT = 1;

let driverTermIndex: PhraseIndex<string> | null = null;
function driverTermIndexOf(): PhraseIndex<string> {
  if (!driverTermIndex) {
    driverTermIndex = new PhraseIndex<string>();
    for (const [driver, terms] of Object.entries(DRIVER_TERMS))
      for (const term of terms) driverTermIndex.add(term, driver);
  }
  return driverTermIndex;
}

/** A claim's statement and topic tokens, with an empty token between so no phrase spans both. */
const claimTokens = (claim: EvidenceClaim): string[] => [
  ...tokensOf(claim.statement),
  "",
  ...(claim.topic ? tokensOf(claim.topic) : []),
];

// Claims are immutable inputs, so the driver terms they name are worked out once per claim object.
const termCache = new WeakMap<EvidenceClaim, [string, string][]>();
/** The drivers a claim's statement or topic names, each with the alphabetically first matching term (hybrid rule B). */
export function driverTermsOf(claim: EvidenceClaim, knownTokens?: string[]): [string, string][] {
  let terms = termCache.get(claim);
  if (!terms) {
    const tokens = knownTokens ?? claimTokens(claim);
    terms = [...driverTermIndexOf().match(tokens)].map(
      ([driver, phrases]) => [driver, [...phrases].sort()[0]] as [string, string],
    );
    termCache.set(claim, terms);
  }
  return terms;
}

/** One need shared by the use cases that describe it the same way (a driver's defaults are shared by many). */
interface NeedGroup {
  key: string;
  label: string;
  useCases: number[];
}

const needSignature = (n: Need) => JSON.stringify([n.key, n.label, n.terms, n.metrics ?? []]);
const firstOf = (phrases: Set<string>) => [...phrases].sort()[0];

/** The needs a use case is described by: its own, or its drivers' defaults. */
export const needsOf = (useCase: UseCaseInfo): Need[] => useCase.needs ?? needsOfDrivers(useCase.drivers);

// Use cases are numbered in slug order, and weights collect in one reused array: working out a
// claim's relevance allocates its result arrays and nothing per use case.
export class RelevanceRules {
  /** The use case slugs, sorted: a use case's number is its position here. */
  readonly slugs: string[];
  private readonly indexOf = new Map<string, number>();
  private readonly keywords = new PhraseIndex<number>();
  private readonly groups: NeedGroup[] = [];
  /** Need terms → need group; metrics → need group. */
  private readonly needTerms = new PhraseIndex<number>();
  private readonly metrics = new PhraseIndex<number>();
  /** Need key → the use cases with it and the label they give it (team decisions match by key). */
  private readonly byKey = new Map<string, Array<[number, string]>>();
  private readonly needCount: number[] = [];
  private readonly scratch: Float64Array;
  private readonly reason: string[];
  private readonly touched: number[] = [];

  constructor(useCases: UseCaseInfo[]) {
    // A repeated slug is one use case; its last description wins, as in the engine.
    const bySlug = new Map(useCases.map((u) => [u.slug, u]));
    this.slugs = [...bySlug.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const groupOf = new Map<string, number>();
    this.slugs.forEach((slug, i) => {
      const useCase = bySlug.get(slug)!;
      this.indexOf.set(slug, i);
      for (const keyword of useCase.keywords) this.keywords.add(keyword, i);
      const needs = needsOf(useCase);
      this.needCount.push(new Set(needs.map((n) => n.key)).size);
      for (const need of needs) {
        this.byKey.set(need.key, [...(this.byKey.get(need.key) ?? []), [i, need.label]]);
        const signature = needSignature(need);
        let g = groupOf.get(signature);
        if (g === undefined) {
          groupOf.set(signature, (g = this.groups.length));
          this.groups.push({ key: need.key, label: need.label, useCases: [] });
          for (const term of need.terms) this.needTerms.add(term, g);
          for (const metric of need.metrics ?? []) this.metrics.add(metric, g);
        }
        this.groups[g].useCases.push(i);
      }
    });
    this.scratch = new Float64Array(this.slugs.length);
    this.reason = new Array<string>(this.slugs.length).fill("");
  }

  /** The use cases a claim is relevant to, and why. */
  forClaim(claim: EvidenceClaim): Relevant {
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    if (figure) {
      // A figure measures what its metric measures, whatever else its sentence mentions; one taken
      // on an empty endpoint measures a framework's fixed overhead, no need at all.
      if (isSyntheticWorkload(figure)) return this.collect();
      const measured = [...this.metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys()].sort(
        (a, b) => a - b,
      );
      for (const g of measured) {
        const group = this.groups[g];
        for (const i of group.useCases) this.raise(i, FIGURE, `${group.label} (a ${figure.metric} figure)`);
      }
      this.raiseHinted(claim);
      return this.collect();
    }
    const topicTokens = claim.topic ? tokensOf(claim.topic) : [];
    const tokens = [...tokensOf(claim.statement), "", ...topicTokens];
    // Each use case's first matching need (in the order needs were described), by label.
    const needOf = new Map<number, string>();
    const matched = [...this.needTerms.match(tokens).keys()];
    if (claim.kind === "PERFORMANCE") matched.push(...this.metrics.match(tokens).keys());
    for (const g of matched.sort((a, b) => a - b))
      for (const i of this.groups[g].useCases) if (!needOf.has(i)) needOf.set(i, this.groups[g].label);

    const hits = this.keywords.match(tokens);
    const topicHits = topicTokens.length ? this.keywords.match(topicTokens) : null;
    const named = new Map<number, string>();
    const loose: Array<[number, string]> = [];
    for (const [i, phrases] of hits) {
      if (phrases.size >= 2 || [...phrases].some((p) => p.includes(" ")) || needOf.has(i))
        named.set(i, firstOf(phrases));
      else if (topicHits?.has(i)) loose.push([i, firstOf(phrases)]);
    }
    // A lone one-word keyword in the topic counts only when no use case is named more specifically:
    // "streaming inference api" is about inference, not about public APIs.
    if (named.size === 0) for (const [i, phrase] of loose) named.set(i, phrase);

    for (const [i, phrase] of named)
      this.raise(i, NAMED[claim.kind] ?? 0, needOf.get(i) ?? `names this use case ("${phrase}")`);
    const elsewhere = claim.kind === "RECOMMENDATION" && named.size > 0;
    for (const [i, label] of needOf) {
      if (!named.has(i))
        this.raise(
          i,
          BY_NEED[claim.kind] ?? 0,
          elsewhere ? `${label}, shared with the use case it recommends for` : label,
        );
    }
    this.raiseHinted(claim);
    return this.collect();
  }

  /**
   * Whether a claim is advice made for this use case specifically: it names the use case by a phrase
   * ("back office") or by two of its words, or editors cited it there. A lone word it shares with a
   * need ("a chat bot with an admin" and a back office's "admin") makes it count, not made for it.
   */
  madeFor(claim: EvidenceClaim, slug: string): boolean {
    const i = this.indexOf.get(slug);
    if (i === undefined) return false;
    if (claim.useCaseHints?.includes(slug)) return true;
    const phrases = this.keywords.match(claimTokens(claim)).get(i);
    return !!phrases && (phrases.size >= 2 || [...phrases].some((p) => p.includes(" ")));
  }

  /**
   * Editors' citations weigh a claim fully where it already counts by meaning, and nowhere else: a
   * citation does not make another use case's advice, or a figure measuring none of the needs,
   * relevant (the use case's needs are what editors change for that). The reason stays the match.
   */
  private raiseHinted(claim: EvidenceClaim): void {
    for (const slug of claim.useCaseHints ?? []) {
      const i = this.indexOf.get(slug);
      if (i !== undefined && this.scratch[i] > 0) this.scratch[i] = Math.max(this.scratch[i], HINT);
    }
  }

  /**
   * The use cases a team decision speaks to: those that need every driver it was decided on (free-text
   * drivers aside). A decision made on a need the use case does not have was made for another use
   * case: a marketplace team's "short time to first release" is no evidence for a content site, and a
   * model-serving team's outcome none for a JSON API because both needed high traffic. The drivers
   * are named as the use case names its needs, so one need reads the same on its page.
   */
  forDecision(decision: DecisionEvidence): Relevant {
    const drivers = [...new Set(decision.drivers)].filter((d) => this.byKey.has(d));
    if (drivers.length === 0) return this.collect();
    const shared = new Map<number, string[]>();
    for (const driver of drivers)
      for (const [i, label] of this.byKey.get(driver)!) shared.set(i, [...(shared.get(i) ?? []), label]);
    for (const [i, labels] of shared) {
      if (labels.length < drivers.length) continue;
      this.raise(
        i,
        labels.length / (this.needCount[i] || 1),
        `a team decided on it for the same ${labels.length === 1 ? "reason" : "reasons"} (${labels.join("; ")})`,
      );
    }
    return this.collect();
  }

  /** Keeps the strongest reason a piece of evidence is relevant to a use case (weights are > 0). */
  private raise(i: number, weight: number, because: string): void {
    if (weight <= 0) return;
    if (this.scratch[i] === 0) this.touched.push(i);
    if (weight <= this.scratch[i]) return;
    this.scratch[i] = weight;
    this.reason[i] = because;
  }

  /** The raised weights in slug order; resets the scratch arrays for the next piece of evidence. */
  private collect(): Relevant {
    const indices = this.touched.sort((a, b) => a - b).slice();
    const out: Relevant = {
      useCases: new Array<string>(indices.length),
      indices,
      weights: new Array<number>(indices.length),
      because: new Array<string>(indices.length),
    };
    indices.forEach((i, k) => {
      out.useCases[k] = this.slugs[i];
      out.weights[k] = this.scratch[i];
      out.because[k] = this.reason[i];
      this.scratch[i] = 0;
      this.reason[i] = "";
    });
    this.touched.length = 0;
    return out;
  }
}
