// Per-use-case scoring state: the relevant claims and decisions grouped by technology, with the
// per-technology sums kept up to date as entries come and go (so a change costs O(its technologies)).
import { toMicro } from "./weights";
import type { DecisionEvidence, EvidenceClaim, TechnologyScore } from "./types";

export interface ClaimEntry {
  claim: EvidenceClaim;
  techs: string[];
  relevance: number;
  /** Contribution to each of the claim's technologies, in millionths. */
  micro: number;
}

export interface DecisionEntry {
  decision: DecisionEvidence;
  techs: string[];
  relevance: number;
  micro: number;
}

export const claimMicro = (strength: number, relevance: number): number => toMicro(strength * relevance);
export const uniqueSlugs = (slugs: string[]): string[] => [...new Set(slugs)];

type Keyed = { id: string };

/** Adds or removes one entry under each of its technologies. */
function regroup<E>(byTech: Map<string, Map<string, E>>, techs: string[], id: string, entry: E | null): void {
  for (const tech of techs) {
    let bucket = byTech.get(tech);
    if (entry) {
      if (!bucket) byTech.set(tech, (bucket = new Map()));
      bucket.set(id, entry);
    } else if (bucket?.delete(id) && bucket.size === 0) byTech.delete(tech);
  }
}

/**
 * One use case's evidence, grouped by technology. The engine keeps each claim's entries (its
 * dependency index), so it hands back the exact entry to remove: no lookup by id here.
 */
export class UseCaseState {
  readonly claimsByTech = new Map<string, Map<string, ClaimEntry>>();
  readonly decisionsByTech = new Map<string, Map<string, DecisionEntry>>();
  /** Score per technology (millionths) and how many non-zero pieces of evidence make it. */
  readonly micro = new Map<string, number>();
  readonly count = new Map<string, number>();

  constructor(readonly slug: string, readonly drivers: string[]) {}

  private tally(techs: string[], micro: number, sign: 1 | -1): void {
    if (micro === 0) return;
    for (const tech of techs) {
      const count = (this.count.get(tech) ?? 0) + sign;
      if (count === 0) {
        this.count.delete(tech);
        this.micro.delete(tech);
      } else {
        this.count.set(tech, count);
        this.micro.set(tech, (this.micro.get(tech) ?? 0) + sign * micro);
      }
    }
  }

  addClaim(entry: ClaimEntry): void {
    regroup(this.claimsByTech, entry.techs, entry.claim.id, entry);
    this.tally(entry.techs, entry.micro, 1);
  }

  removeClaim(entry: ClaimEntry): void {
    regroup<ClaimEntry>(this.claimsByTech, entry.techs, entry.claim.id, null);
    this.tally(entry.techs, entry.micro, -1);
  }

  addDecision(entry: DecisionEntry): void {
    regroup(this.decisionsByTech, entry.techs, entry.decision.id, entry);
    this.tally(entry.techs, entry.micro, 1);
  }

  removeDecision(entry: DecisionEntry): void {
    regroup<DecisionEntry>(this.decisionsByTech, entry.techs, entry.decision.id, null);
    this.tally(entry.techs, entry.micro, -1);
  }

  claimsOf(tech: string): ClaimEntry[] {
    return [...(this.claimsByTech.get(tech)?.values() ?? [])];
  }

  decisionsOf(tech: string): DecisionEntry[] {
    return [...(this.decisionsByTech.get(tech)?.values() ?? [])];
  }
}

export interface UseCaseInput {
  state: UseCaseState;
  asOf: string;
  asOfMs: number;
  names: Record<string, string>;
}

export const byKey = <T extends Keyed>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Highest score first; equal scores by slug, so the order never depends on input order. */
export function ranking(micro: Map<string, number>): [string, number][] {
  return [...micro].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The top technology if it scores above zero (ties to the first slug); with `delta` added to the
 * scores of `shifted`, for what-if questions without copying the scores.
 */
export function winnerOf(micro: Map<string, number>, shifted: string[] = [], delta = 0): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const consider = (slug: string, score: number) => {
    if (score > bestScore || (score === bestScore && best !== null && slug < best)) {
      best = slug;
      bestScore = score;
    }
  };
  for (const [slug, score] of micro) consider(slug, shifted.includes(slug) ? score + delta : score);
  for (const slug of shifted) if (!micro.has(slug)) consider(slug, delta);
  return best;
}

export function scoresOf(state: UseCaseState): TechnologyScore[] {
  return ranking(state.micro).map(([technologySlug, micro]) => ({
    technologySlug,
    score: micro / 1e6,
    evidenceCount: state.count.get(technologySlug) ?? 0,
  }));
}

/** Confidence from the margin over the best alternative and from how much evidence there is. */
export function confidenceOf(state: UseCaseState, recommended: string[]): number {
  if (recommended.length === 0) return 0;
  const inside = Math.min(...recommended.map((s) => state.micro.get(s) ?? 0));
  if (inside <= 0) return 0;
  const runnerUp = ranking(state.micro).find(([slug]) => !recommended.includes(slug));
  const outside = Math.max(0, runnerUp?.[1] ?? 0);
  const volume = [...recommended, ...(runnerUp ? [runnerUp[0]] : [])].reduce((n, s) => n + (state.count.get(s) ?? 0), 0);
  const margin = Math.max(0, (inside - outside) / inside);
  const amount = 1 - Math.exp(-volume / 8);
  return Math.round(Math.sqrt(margin) * amount * 1000) / 1000;
}
