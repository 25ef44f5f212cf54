// Per-use-case scoring state: the relevant claims and decisions grouped by technology (one
// TechBucket each), with the per-technology sums kept up to date as entries come and go, so a
// change costs O(its technologies) plus a binary search per ordered list it sits in.
import type { NeedName } from "./team-needs";
import { TechBucket, type ClaimEntry, type DecisionEntry } from "./bucket";
import { confidenceFrom } from "./confidence";
import { CitationIds, EvidenceTally } from "./tally";
import { toMicro } from "./weights";
import type { EvidenceClaim, TechnologyScore } from "./types";

export type { ClaimEntry, DecisionEntry } from "./bucket";

export const claimMicro = (strength: number, relevance: number): number => toMicro(strength * relevance);
/** The slugs without repeats, in order (a list already without repeats is returned as is: read it, never write to it). */
export function uniqueSlugs(slugs: string[]): string[] {
  for (let i = 1; i < slugs.length; i++) if (slugs.lastIndexOf(slugs[i], i - 1) >= 0) return [...new Set(slugs)];
  return slugs;
}

/** A verdict's recommendation and an editor's pick or two: older sets are counted again when asked for. */
const KEPT_TALLIES = 4;

/**
 * One use case's evidence, grouped by technology. The engine keeps each claim's entries (its
 * dependency index), so it hands back the exact entry to remove: no lookup by id here.
 */
export class UseCaseState {
  private readonly buckets = new Map<string, TechBucket>();
  /** The same buckets by the engine's technology number. */
  private readonly byId: (TechBucket | undefined)[] = [];
  private readonly wanted: ReadonlySet<string>;
  private readonly empty: TechBucket;
  /** Derived from the buckets on first read after a change (a change touches one or two). */
  private scored: Map<string, number> | null = null;
  private deferred: ClaimEntry[] = [];
  private ranked: [string, number][] | null = null;
  /**
   * Tallies of the technology sets asked about lately (the verdict's recommendation, an editor's
   * pick), by sorted slugs, oldest first; each kept up to date as claims come and go.
   */
  private readonly tallies = new Map<string, EvidenceTally>();

  /** `citations`: the engine's numbering of articles and source keys, shared by its use cases' tallies. */
  constructor(
    readonly slug: string,
    readonly drivers: string[],
    private readonly citations = new CitationIds(),
  ) {
    this.wanted = new Set(drivers);
    this.empty = new TechBucket(this.wanted);
  }

  /** A technology's evidence here (an empty bucket when there is none: read it, never write to it). */
  bucket(tech: string): TechBucket {
    return this.buckets.get(tech) ?? this.empty;
  }

  /** Every technology with evidence here (in no particular order). */
  technologies(): IterableIterator<[string, TechBucket]> {
    return this.buckets.entries();
  }

  /** Adds one claim's entry for one technology (a claim has one entry per technology it names). */
  addClaim(entry: ClaimEntry): void {
    this.writable(entry.techId, entry.tech).addClaim(entry);
    if (entry.micro === 0) return;
    this.scored = this.ranked = null;
    for (const tally of this.tallies.values()) if (tally.techs.includes(entry.tech)) tally.add(entry);
  }

  /** Queues an entry for placeDeferred (a full build fills one use case at a time). */
  defer(entry: ClaimEntry): void {
    this.deferred.push(entry);
  }

  placeDeferred(): void {
    for (const entry of this.deferred) this.addClaim(entry);
    this.deferred = [];
  }

  removeClaim(entry: ClaimEntry): void {
    this.byId[entry.techId]?.removeClaim(entry);
    if (entry.micro === 0) return;
    this.scored = this.ranked = null;
    for (const tally of this.tallies.values()) if (tally.techs.includes(entry.tech)) tally.remove(entry);
  }

  /**
   * The counts of the claims and team decisions for and against `techs` (see EvidenceTally): built from their buckets
   * the first time a set is asked about, then kept up to date by addClaim and removeClaim, so
   * rebuilding a verdict after an unrelated change does not recount its sources.
   */
  tally(techs: readonly string[]): EvidenceTally {
    const unique = [...new Set(techs)].sort();
    const key = unique.join("\u0000");
    let tally = this.tallies.get(key);
    if (tally) {
      // Most recently used last, so the oldest is the one to drop.
      this.tallies.delete(key);
      this.tallies.set(key, tally);
      return tally;
    }
    this.placeDeferred();
    tally = new EvidenceTally(unique, this.citations);
    for (const tech of unique) {
      const bucket = this.bucket(tech);
      for (const entry of bucket.supporting.unordered()) tally.fill(entry);
      for (const entry of bucket.against.unordered()) tally.fill(entry);
      for (const entry of bucket.decisionEntries()) tally.addDecision(entry);
    }
    this.tallies.set(key, tally);
    if (this.tallies.size > KEPT_TALLIES) this.tallies.delete(this.tallies.keys().next().value!);
    return tally;
  }

  addDecision(entry: DecisionEntry): void {
    for (let i = 0; i < entry.techs.length; i++) this.writable(entry.techIds[i], entry.techs[i]).addDecision(entry);
    if (entry.micro === 0) return;
    this.scored = this.ranked = null;
    for (const tally of this.tallies.values()) tally.addDecision(entry);
  }

  removeDecision(entry: DecisionEntry): void {
    for (const id of entry.techIds) this.byId[id]?.removeDecision(entry);
    if (entry.micro === 0) return;
    this.scored = this.ranked = null;
    for (const tally of this.tallies.values()) tally.removeDecision(entry);
  }

  /** Score per technology (millionths), for the technologies with at least one non-zero piece of evidence. */
  scores(): ReadonlyMap<string, number> {
    if (!this.scored) {
      this.scored = new Map();
      for (const [tech, bucket] of this.buckets) if (bucket.count > 0) this.scored.set(tech, bucket.micro);
    }
    return this.scored;
  }

  scoreOf(tech: string): number {
    return this.scores().get(tech) ?? 0;
  }

  /** How many non-zero pieces of evidence make a technology's score. */
  countOf(tech: string): number {
    return this.buckets.get(tech)?.count ?? 0;
  }

  /** Highest score first; equal scores by slug. Worked out once per change, not once per question. */
  ranking(): [string, number][] {
    return (this.ranked ??= ranking(this.scores()));
  }

  /**
   * The top technology if it scores above zero (ties to the first slug); with `deltas[i]` added to
   * the score of `shifted[i]`, for what-if questions without copying the scores. The best technology
   * not shifted is the first one in the ranking, so this costs O(shifted), not O(technologies).
   */
  winner(shifted: readonly string[] = [], deltas: readonly number[] = []): string | null {
    let best: string | null = null;
    let bestScore = 0;
    for (const [slug, score] of this.ranking()) {
      if (shifted.includes(slug)) continue;
      if (score > 0) [best, bestScore] = [slug, score];
      break;
    }
    for (let i = 0; i < shifted.length; i++) {
      const slug = shifted[i];
      const score = this.scoreOf(slug) + (deltas[i] ?? 0);
      if (score > bestScore || (score === bestScore && best !== null && slug < best)) [best, bestScore] = [slug, score];
    }
    return best;
  }

  private writable(id: number, tech: string): TechBucket {
    let bucket = this.byId[id];
    if (!bucket) {
      bucket = new TechBucket(this.wanted);
      this.byId[id] = bucket;
      this.buckets.set(tech, bucket);
    }
    return bucket;
  }
}

export interface UseCaseInput {
  state: UseCaseState;
  asOf: string;
  asOfMs: number;
  names: Record<string, string>;
  /** Whether a claim is advice made for this use case specifically (RelevanceRules.madeFor). */
  madeFor?: (claim: EvidenceClaim) => boolean;
  /** Programming languages by slug (Evidence.technologyLanguages); combinations are inferred only within one. */
  languages?: Record<string, string>;
  /**
   * Why a claim counts for this use case ("needs an admin UI"): kept with the claim's links, read
   * only for the few reasons a verdict shows, so the shared entries of every claim do not carry it.
   */
  becauseOf?: (claim: EvidenceClaim) => string;
  /** The use case's needs (key and label), so a team decision's reason says how many of them the team shared. */
  needs?: readonly NeedName[];
}

/** Highest score first; equal scores by slug, so the order never depends on input order. */
export function ranking(micro: ReadonlyMap<string, number>): [string, number][] {
  return [...micro].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function scoresOf(state: UseCaseState): TechnologyScore[] {
  return state.ranking().map(([technologySlug, micro]) => ({
    technologySlug,
    score: micro / 1e6,
    evidenceCount: state.countOf(technologySlug),
  }));
}

/** Confidence from the margin over the best alternative and from how much evidence there is (confidence.ts). */
export function confidenceOf(state: UseCaseState, recommended: string[]): number {
  if (recommended.length === 0) return 0;
  const inside = Math.min(...recommended.map((s) => state.scoreOf(s)));
  if (inside <= 0) return 0;
  const runnerUp = state.ranking().find(([slug]) => !recommended.includes(slug));
  const volume = [...recommended, ...(runnerUp ? [runnerUp[0]] : [])].reduce((n, s) => n + state.countOf(s), 0);
  return confidenceFrom(inside, runnerUp?.[1] ?? 0, volume);
}
