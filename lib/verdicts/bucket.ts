// One technology's evidence within one use case, kept in the shapes a verdict reads, so that
// rebuilding a verdict never scans all of a technology's claims:
//  - supporting / against: claims with a positive / negative contribution, strongest first (reasons,
//    counter-evidence, "refute this" and "add sources to this" what-ifs read the first few);
//  - unverified: claims one review could verify, by how much verifying would add ("verify this");
//  - pairs: verified recommendations naming exactly two technologies (hybrid rule A);
//  - features: how many verified FEATURE claims name each of the use case's drivers, per term
//    (hybrid rule B asks which drivers a technology covers and with which term);
//  - decisions, with their per-direction summary worked out once and dropped when one changes.
// Entries are immutable: a changed claim is a removal of its old entry and an insertion of a new one.
import { SortedList } from "./sorted";
import { latestOutcome, UNVERIFIED } from "./weights";
import type { DecisionEvidence, EvidenceClaim } from "./types";

/**
 * A claim's contribution to one of its technologies in the use cases where it is equally relevant
 * (the engine shares it). A claim has one entry per technology it names: it may speak for one and
 * against another ("6x faster than Y").
 */
export interface ClaimEntry {
  claim: EvidenceClaim;
  /** All of the claim's technologies; `tech` is the one this entry counts for. */
  techs: string[];
  tech: string;
  /** The engine's number for `tech` (an array index is cheaper than a hash). */
  techId: number;
  /** +1 the claim supports `tech`, −1 it speaks against it, 0 neutral. */
  sign: number;
  /** The sign came from the figure's rank in its group (it moves when other figures change). */
  ranked: boolean;
  /** The claim is a figure in a comparable group: changing it may move the ranks of the others. */
  grouped: boolean;
  relevance: number;
  /** Contribution to `tech`, in millionths (negative when the claim speaks against it). */
  micro: number;
  /** How much more it would contribute if verified (millionths); 0 unless its status is UNVERIFIED. */
  verifyGain: number;
  /** The drivers a verified FEATURE claim names, with their terms (hybrid rule B); empty otherwise. */
  featureTerms: [string, string][];
  /** The entries of the same claim for all its technologies at this relevance (this one included). */
  siblings: ClaimEntry[];
}

export interface DecisionEntry {
  decision: DecisionEvidence;
  techs: string[];
  techIds: number[];
  relevance: number;
  /** Which of the use case's needs the team's drivers share. */
  because: string;
  micro: number;
}

/** All of one direction's team decisions for a technology, as one reason summarizes them. */
export interface DecisionSummary {
  decisionIds: string[];
  micro: number;
  regretted: number;
  /** Why they count here: their reasons, distinct, in decision order. */
  because: string;
}

// Equal strength by what the claims say, then by id: ids differ between two installs of the same content
// (a fresh seed, a restore), and the page a reader sees must not.
const byId = (a: ClaimEntry, b: ClaimEntry) =>
  a.claim.statement < b.claim.statement
    ? -1
    : a.claim.statement > b.claim.statement
      ? 1
      : a.claim.id < b.claim.id
        ? -1
        : a.claim.id > b.claim.id
          ? 1
          : 0;
/** Strongest first (micro values are integers, so differences are exact); equal strength by statement, then id. */
export const bySupport = (a: ClaimEntry, b: ClaimEntry) => b.micro - a.micro || byId(a, b);
const byAgainst = (a: ClaimEntry, b: ClaimEntry) => a.micro - b.micro || byId(a, b);
export const byGain = (a: ClaimEntry, b: ClaimEntry) => b.verifyGain - a.verifyGain || byId(a, b);

export class TechBucket {
  /** The technology's score here (millionths) and how many non-zero pieces of evidence make it. */
  micro = 0;
  count = 0;
  readonly supporting = new SortedList<ClaimEntry>(bySupport);
  readonly against = new SortedList<ClaimEntry>(byAgainst);
  readonly unverified = new SortedList<ClaimEntry>(byGain);
  /** Strongest first, as hybrid rule A picks the strongest pair whose other half scores. */
  readonly pairs = new SortedList<ClaimEntry>(bySupport);
  /** driver → term → number of claims; only drivers of the use case, and only counts above zero. */
  private readonly features = new Map<string, Map<string, number>>();
  /** Unordered (a summary sorts them once); the engine never adds a decision twice. */
  private readonly decisions: DecisionEntry[] = [];
  /** Summaries per direction; undefined until asked for again after a decision changed. */
  private positive: DecisionSummary | null | undefined;
  private negative: DecisionSummary | null | undefined;

  /** `wanted`: the use case's drivers (features naming other drivers do not matter here). */
  constructor(private readonly wanted: ReadonlySet<string>) {}

  addClaim(entry: ClaimEntry): void {
    this.placeClaim(entry, 1);
  }

  removeClaim(entry: ClaimEntry): void {
    this.placeClaim(entry, -1);
  }

  addDecision(entry: DecisionEntry): void {
    if (entry.micro === 0) return;
    this.micro += entry.micro;
    this.count += 1;
    this.decisions.push(entry);
    this.positive = this.negative = undefined;
  }

  removeDecision(entry: DecisionEntry): void {
    const at = this.decisions.indexOf(entry);
    if (at < 0) return;
    this.micro -= entry.micro;
    this.count -= 1;
    this.decisions[at] = this.decisions[this.decisions.length - 1];
    this.decisions.pop();
    this.positive = this.negative = undefined;
  }

  /** The team decisions counted here (non-zero), in no particular order. Read-only. */
  decisionEntries(): readonly DecisionEntry[] {
    return this.decisions;
  }

  /** The use case's drivers this technology's verified FEATURE claims cover, each with its first term. */
  coveredDrivers(): Map<string, string> {
    const covered = new Map<string, string>();
    for (const [driver, terms] of this.features) covered.set(driver, [...terms.keys()].sort()[0]);
    return covered;
  }

  decisionSummary(positive: boolean): DecisionSummary | null {
    if (positive) return this.positive === undefined ? (this.positive = this.summarize(true)) : this.positive;
    return this.negative === undefined ? (this.negative = this.summarize(false)) : this.negative;
  }

  private summarize(positive: boolean): DecisionSummary | null {
    const matching = this.decisions.filter((e) => e.micro > 0 === positive);
    if (matching.length === 0) return null;
    matching.sort((a, b) => (a.decision.id < b.decision.id ? -1 : 1));
    return {
      decisionIds: matching.map((e) => e.decision.id),
      micro: matching.reduce((n, e) => n + e.micro, 0),
      regretted: matching.filter((e) => latestOutcome(e.decision)?.result === "REGRETTED").length,
      because: [...new Set(matching.map((e) => e.because))].join("; "),
    };
  }

  // Hot during a full build (once per claim, use case and technology): no closures, no arrays.
  private placeClaim(entry: ClaimEntry, sign: 1 | -1): void {
    const { micro, claim } = entry;
    if (micro !== 0) {
      this.micro += sign * micro;
      this.count += sign;
      const list = micro > 0 ? this.supporting : this.against;
      if (sign > 0) list.insert(entry);
      else list.remove(entry);
    }
    if (entry.verifyGain > 0 && UNVERIFIED.has(claim.status)) {
      if (sign > 0) this.unverified.insert(entry);
      else this.unverified.remove(entry);
    }
    if (micro <= 0 || claim.status !== "VERIFIED") return;
    if (claim.kind === "RECOMMENDATION" && entry.techs.length === 2 && entry.siblings.every((e) => e.micro > 0)) {
      if (sign > 0) this.pairs.insert(entry);
      else this.pairs.remove(entry);
    } else {
      for (const [driver, term] of entry.featureTerms) if (this.wanted.has(driver)) this.countTerm(driver, term, sign);
    }
  }

  private countTerm(driver: string, term: string, sign: 1 | -1): void {
    let terms = this.features.get(driver);
    if (!terms) this.features.set(driver, (terms = new Map()));
    const count = (terms.get(term) ?? 0) + sign;
    if (count > 0) terms.set(term, count);
    else terms.delete(term);
    if (terms.size === 0) this.features.delete(driver);
  }
}
