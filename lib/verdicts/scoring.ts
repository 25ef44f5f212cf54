// Per-use-case scoring: contributions of relevant claims and decisions summed per technology.
import { toMicro } from "./weights";
import type { DecisionEvidence, EvidenceClaim, TechnologyScore } from "./types";

export interface ClaimEntry {
  claim: EvidenceClaim;
  relevance: number;
  /** Contribution to each of the claim's technologies, in millionths. */
  micro: number;
}

export interface DecisionEntry {
  decision: DecisionEvidence;
  relevance: number;
  micro: number;
}

export interface UseCaseInput {
  useCaseSlug: string;
  drivers: string[];
  claims: ClaimEntry[];
  decisions: DecisionEntry[];
  asOf: string;
  asOfMs: number;
  names: Record<string, string>;
}

export const claimMicro = (strength: number, relevance: number): number => toMicro(strength * relevance);

export const uniqueSlugs = (slugs: string[]): string[] => [...new Set(slugs)];

export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface Totals {
  micro: Map<string, number>;
  count: Map<string, number>;
}

export function totalsOf(input: UseCaseInput): Totals {
  const micro = new Map<string, number>();
  const count = new Map<string, number>();
  const add = (slugs: string[], value: number) => {
    if (value === 0) return;
    for (const slug of uniqueSlugs(slugs)) {
      micro.set(slug, (micro.get(slug) ?? 0) + value);
      count.set(slug, (count.get(slug) ?? 0) + 1);
    }
  };
  for (const e of input.claims) add(e.claim.technologySlugs, e.micro);
  for (const e of input.decisions) add(e.decision.chosenTechnologySlugs, e.micro);
  return { micro, count };
}

/** Highest score first; equal scores by slug, so the order never depends on input order. */
export function ranking(micro: Map<string, number>): [string, number][] {
  return [...micro].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The top technology if it scores above zero. */
export function winnerOf(micro: Map<string, number>): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [slug, score] of micro) {
    if (score > bestScore || (score === bestScore && best !== null && score > 0 && slug < best)) {
      best = slug;
      bestScore = score;
    }
  }
  return best;
}

export function scoresOf(totals: Totals): TechnologyScore[] {
  return ranking(totals.micro).map(([technologySlug, micro]) => ({
    technologySlug,
    score: micro / 1e6,
    evidenceCount: totals.count.get(technologySlug) ?? 0,
  }));
}

/** Confidence from the margin over the best alternative and from how much evidence there is. */
export function confidenceOf(totals: Totals, recommended: string[]): number {
  if (recommended.length === 0) return 0;
  const inside = Math.min(...recommended.map((s) => totals.micro.get(s) ?? 0));
  let outside = 0;
  let volume = recommended.reduce((n, s) => n + (totals.count.get(s) ?? 0), 0);
  for (const [slug, micro] of totals.micro) {
    if (recommended.includes(slug)) continue;
    if (micro > outside) outside = micro;
  }
  for (const [slug, micro] of totals.micro) if (!recommended.includes(slug) && micro === outside && outside > 0) volume += totals.count.get(slug) ?? 0;
  if (inside <= 0) return 0;
  const margin = Math.max(0, (inside - outside) / inside);
  const amount = 1 - Math.exp(-volume / 8);
  return Math.round(Math.sqrt(margin) * amount * 1000) / 1000;
}
