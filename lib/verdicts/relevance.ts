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
//  - A need is read from what a claim is about: a feature's words name capabilities; in any other
//    claim, a phrase that names a use case ("a back office by Friday") is that use case's name, never
//    the need that shares the phrase (an admin UI). needKeysOf gives a claim's needs by the same
//    reading, for the wizard's ticked needs too, so a need counts the same claims everywhere.
//  - A claim naming a need counts for every use case with that need: FEATURE 0.8, PERFORMANCE 0.8,
//    FACT 0.5, OPINION 0.3; a RECOMMENDATION 0.5 — made for another use case, it counts only
//    through the need the two share, named by the claim beyond the words naming its use case ("a
//    staff back office" names a back office, not an admin UI a CMS needs). A lone one-word keyword
//    ("api") is too vague to count.
//  - Editors' hints (verdicts citing the claim) raise it to 1 where it already counts by meaning,
//    and make it count nowhere else.
//  - A figure measured on an empty endpoint ("hello world", "plaintext") counts for no need: it
//    measures a framework's fixed overhead, not how it carries any workload.
//  - Decisions: teams whose every driver (of the drivers any use case needs) is a need of the use
//    case; weight = shared / the use case's needs.
// Each match carries its reason ("needs an admin UI"), shown as "counts because: …". Relevance
// depends only on the claim and the use case, so the engine can index claim → use cases and
// recompute just those when a claim changes. A claim's words are read in claim-words.ts, and one
// piece of evidence's weights collected in relevance-collect.ts (both re-exported here).
export { claimWords, driverTermsOf, type ClaimWords } from "./claim-words";
export type { Relevant } from "./relevance-collect";
import { claimWords, type ClaimWords } from "./claim-words";
import { isSyntheticWorkload, needsOfDrivers, type Need } from "./needs";
import { RelevanceCollector, type Relevant } from "./relevance-collect";
import { PhraseIndex, singulars, tokensOf, withoutPhrasesOf, type PhraseEntry } from "./text";
import type { NeedName } from "./team-needs";
import type { DecisionEvidence, EvidenceClaim, UseCaseInfo } from "./types";

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

/** One need shared by the use cases that describe it the same way (a driver's defaults are shared by many). */
interface NeedGroup {
  key: string;
  label: string;
  useCases: number[];
}

/** Keyword flags: the claim names the use case by a phrase or two keywords; a keyword is in its topic. */
const SEVERAL = 1;
const IN_TOPIC = 2;

/**
 * The ways evidence counts for a use case, in the words a page puts after its needs: the rules above, said
 * once (a claim naming one of the needs or the use case itself; a team decision made on these needs).
 */
export const WHAT_COUNTS =
  "A claim counts here when it speaks to one of these needs or names this use case; a team's decision counts when the needs it was made on are among these.";

const NAMES = (phrase: string) => `names this use case ("${phrase}")`;
const SHARED = (label: string) => `${label}, shared with the use case it recommends for`;

const needSignature = (n: Need) => JSON.stringify([n.key, n.label, n.terms, n.metrics ?? []]);

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
  /** Each use case's needs, key and label, in the order described (a decision reason names those a team lacked). */
  private readonly needNames: NeedName[][] = [];
  /** madeFor's answers per claim object (verdicts ask it of the same pairs after every change). */
  private readonly namedBy = new WeakMap<EvidenceClaim, ReadonlySet<number>>();
  /** Reasons in words, by form and phrase (see wording). */
  private readonly said = new Map<(text: string) => string, Map<string, string>>();
  /** forDecision's answers by the decision's known drivers. */
  private readonly byDrivers = new Map<string, Relevant>();
  /** The weights and reasons of the piece of evidence being matched. */
  private readonly out: RelevanceCollector;
  /** Per use case while a claim is matched: its first need group named (-1: none), its keyword phrases. */
  private readonly needGroup: Int32Array;
  private readonly seenPhrase: string[];
  private readonly namedPhrase: string[];
  private readonly keywordFlags: Uint8Array;

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
      this.needNames.push([...new Map(needs.map((n) => [n.key, { key: n.key, label: n.label }])).values()]);
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
    const n = this.slugs.length;
    this.out = new RelevanceCollector(this.slugs);
    this.needGroup = new Int32Array(n).fill(-1);
    this.seenPhrase = new Array<string>(n).fill("");
    this.namedPhrase = new Array<string>(n).fill("");
    this.keywordFlags = new Uint8Array(n);
  }

  /** A use case's needs (key and label), none for an unknown slug. */
  needNamesOf(slug: string): readonly NeedName[] {
    const i = this.indexOf.get(slug);
    return i === undefined ? [] : this.needNames[i];
  }

  /** The use cases a claim is relevant to, and why. */
  forClaim(claim: EvidenceClaim, words?: ClaimWords): Relevant {
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    if (figure) {
      // A figure measures what its metric measures, whatever else its sentence mentions; one taken
      // on an empty endpoint measures a framework's fixed overhead, no need at all.
      if (isSyntheticWorkload(figure)) return this.out.collect();
      const measured = [...this.metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys()].sort(
        (a, b) => a - b,
      );
      for (const g of measured) {
        const group = this.groups[g];
        for (const i of group.useCases) this.out.raise(i, FIGURE, `${group.label} (a ${figure.metric} figure)`);
      }
      this.raiseHinted(claim);
      return this.out.collect();
    }
    const { all: tokens, topic: topicTokens } = words ?? claimWords(claim);
    // Each use case's first matching need (in the order needs were described), then the use cases
    // the claim names; each use case is raised once below, so the order of raises does not matter.
    const needs = this.needsNamed(this.needWordsOf(claim, tokens), claim.kind === "PERFORMANCE");
    const named = this.useCasesNamed(tokens, topicTokens);
    const kindWeight = NAMED[claim.kind] ?? 0;
    for (const i of named) {
      const g = this.needGroup[i];
      this.out.raise(i, kindWeight, g >= 0 ? this.groups[g].label : this.wording(NAMES, this.namedPhrase[i]));
    }
    const elsewhere = claim.kind === "RECOMMENDATION" && named.length > 0;
    const beyond = elsewhere ? this.needsBeyondNaming(tokens, named) : null;
    const needWeight = BY_NEED[claim.kind] ?? 0;
    for (const i of needs) {
      if (this.namedPhrase[i] !== "" || (beyond && !beyond.has(i))) continue;
      const label = this.groups[this.needGroup[i]].label;
      this.out.raise(i, needWeight, elsewhere ? this.wording(SHARED, label) : label);
    }
    for (const i of needs) this.needGroup[i] = -1;
    for (const i of named) this.namedPhrase[i] = "";
    this.raiseHinted(claim);
    return this.out.collect();
  }

  /**
   * The keys of a use case's needs a claim speaks to, as forClaim reads it: a figure through the needs
   * its metric measures (none for one on an empty endpoint), any other claim through the needs its
   * words name, a use case's own name aside (H5). The one answer to "which claims are about this need"
   * for the verdicts and the wizard alike (review 8, H7).
   */
  needKeysOf(claim: EvidenceClaim, slug: string, words?: ClaimWords): string[] {
    const i = this.indexOf.get(slug);
    if (i === undefined) return [];
    const found: PhraseEntry<number>[] = [];
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    if (figure) {
      if (!isSyntheticWorkload(figure))
        this.metrics.hits(singulars(tokensOf(`${figure.metric} ${figure.unit}`)), found);
    } else {
      const needWords = this.needWordsOf(claim, (words ?? claimWords(claim)).all);
      this.needTerms.hits(needWords, found);
      if (claim.kind === "PERFORMANCE") this.metrics.hits(needWords, found);
    }
    const keys = new Set<string>();
    for (const { value: g } of found) if (this.groups[g].useCases.includes(i)) keys.add(this.groups[g].key);
    return [...keys];
  }

  /**
   * The words a claim's needs are read from. A need is matched on what the claim is about: a
   * feature's words name a capability ("a back office in an afternoon" is its admin), but advice, a
   * fact or an opinion that names a use case by its phrase ("need a back office by Friday") is about
   * that use case, whatever need shares the phrase: those words are the use case's name, not a
   * capability it has (review 8, H5).
   */
  private needWordsOf(claim: EvidenceClaim, tokens: string[]): string[] {
    return claim.kind === "FEATURE" ? tokens : withoutPhrasesOf(this.keywords, tokens);
  }

  /**
   * The use cases with a need the words name (by its terms, or for a figure its metrics), each with
   * its first such need (the lowest group) in `needGroup`; the caller resets those entries to -1.
   */
  private needsNamed(words: string[], figure: boolean): number[] {
    const found: PhraseEntry<number>[] = [];
    this.needTerms.hits(words, found);
    if (figure) this.metrics.hits(words, found);
    const touched: number[] = [];
    for (const { value: g } of found) {
      for (const i of this.groups[g].useCases) {
        const current = this.needGroup[i];
        if (current < 0) touched.push(i);
        if (current < 0 || g < current) this.needGroup[i] = g;
      }
    }
    return touched;
  }

  /**
   * The use cases the words name: by a phrase, two of their keywords, or a keyword backed by one of
   * their needs (`needGroup`); failing all of those, by a lone keyword in the topic. Each one's
   * alphabetically first phrase goes in `namedPhrase`; the caller resets those entries to "".
   */
  private useCasesNamed(words: string[], topic: string[]): number[] {
    const found: PhraseEntry<number>[] = [];
    this.keywords.hits(words, found);
    if (found.length === 0) return [];
    const touched: number[] = [];
    for (const { value: i, phrase } of found) {
      const seen = this.seenPhrase[i];
      if (seen === "") {
        touched.push(i);
        this.seenPhrase[i] = this.namedPhrase[i] = phrase;
      } else if (phrase !== seen) this.keywordFlags[i] |= SEVERAL;
      if (phrase < this.namedPhrase[i]) this.namedPhrase[i] = phrase;
      if (phrase.includes(" ")) this.keywordFlags[i] |= SEVERAL;
    }
    if (topic.length) {
      const inTopic: PhraseEntry<number>[] = [];
      this.keywords.hits(topic, inTopic);
      for (const { value: i } of inTopic) this.keywordFlags[i] |= IN_TOPIC;
    }
    const named = touched.filter((i) => this.keywordFlags[i] & SEVERAL || this.needGroup[i] >= 0);
    // A lone one-word keyword in the topic counts only when no use case is named more specifically:
    // "streaming inference api" is about inference, not about public APIs.
    const chosen = named.length ? named : touched.filter((i) => this.keywordFlags[i] & IN_TOPIC);
    const keep = new Set(chosen);
    for (const i of touched) {
      this.seenPhrase[i] = "";
      this.keywordFlags[i] = 0;
      if (!keep.has(i)) this.namedPhrase[i] = "";
    }
    return chosen;
  }

  /**
   * The use cases with a need named by the words outside the phrases that name the use cases a
   * recommendation is made for (`named`). "Django is recommended for a staff back office" names a
   * back office, and "back office" is also an admin-UI term: read as a need, that bare "pick X for U"
   * would count for every use case needing an admin UI. A recommendation for another use case counts
   * only through a need the claim itself speaks about beyond naming its use case (issue 11, R2).
   */
  private needsBeyondNaming(words: string[], named: number[]): Set<number> {
    const masked = words.slice();
    const isNamed = new Set(named);
    this.keywords.spans(words, (entry, start, end) => {
      if (isNamed.has(entry.value) && this.namesSituation(entry.phrase, entry.value))
        for (let k = start; k < end; k++) masked[k] = "";
    });
    const found: PhraseEntry<number>[] = [];
    this.needTerms.hits(masked, found);
    return new Set(found.flatMap(({ value: g }) => this.groups[g].useCases));
  }

  /**
   * Whether a keyword names the use case's situation rather than one thing it needs: a phrase of
   * several words ("back office", "json api"), or a word of its own name, the slug ("cms" in
   * content-site-cms, "backoffice" in back-office-tool). "admin" names what a back office needs.
   */
  private namesSituation(phrase: string, i: number): boolean {
    if (phrase.includes(" ")) return true;
    const slug = this.slugs[i];
    // A run-together spelling of the name ("backoffice"), long enough not to be a chance substring.
    return slug.split("-").includes(phrase) || (phrase.length >= 6 && slug.split("-").join("").includes(phrase));
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
    return this.namedSpecifically(claim).has(i);
  }

  /** The use cases a claim's words name by a phrase or two of their keywords, worked out once per claim object. */
  private namedSpecifically(claim: EvidenceClaim): ReadonlySet<number> {
    let named = this.namedBy.get(claim);
    if (!named) {
      const found = new Set<number>();
      for (const [i, phrases] of this.keywords.matchSingulars(claimWords(claim).all))
        if (phrases.size >= 2 || [...phrases].some((p) => p.includes(" "))) found.add(i);
      this.namedBy.set(claim, (named = found));
    }
    return named;
  }

  /**
   * Editors' citations weigh a claim fully where it already counts by meaning, and nowhere else: a
   * citation does not make another use case's advice, or a figure measuring none of the needs,
   * relevant (the use case's needs are what editors change for that). The reason stays the match.
   */
  private raiseHinted(claim: EvidenceClaim): void {
    for (const slug of claim.useCaseHints ?? []) {
      const i = this.indexOf.get(slug);
      if (i !== undefined) this.out.lift(i, HINT);
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
    if (drivers.length === 0) return this.out.collect();
    // Relevance depends on the drivers alone (in their order, which the reason follows), and teams
    // decide on a handful of needs: decisions with the same drivers share one answer (read-only).
    const key = drivers.join("\u0000");
    let relevant = this.byDrivers.get(key);
    if (!relevant) {
      relevant = this.forDrivers(drivers);
      if (this.byDrivers.size >= 10_000) this.byDrivers.clear();
      this.byDrivers.set(key, relevant);
    }
    return relevant;
  }

  private forDrivers(drivers: string[]): Relevant {
    const shared = new Map<number, string[]>();
    for (const driver of drivers)
      for (const [i, label] of this.byKey.get(driver)!) {
        const labels = shared.get(i);
        if (labels) labels.push(label);
        else shared.set(i, [label]);
      }
    for (const [i, labels] of shared) {
      if (labels.length < drivers.length) continue;
      this.out.raise(
        i,
        labels.length / (this.needCount[i] || 1),
        `a team decided on it for the same ${labels.length === 1 ? "reason" : "reasons"} (${labels.join("; ")})`,
      );
    }
    return this.out.collect();
  }

  /** A reason in words, made once per phrase or label (claims share a few dozen; each keeps its reason). */
  private wording(form: (text: string) => string, text: string): string {
    let said = this.said.get(form);
    if (!said || said.size >= 10_000) this.said.set(form, (said = new Map()));
    let words = said.get(text);
    if (words === undefined) said.set(text, (words = form(text)));
    return words;
  }
}
