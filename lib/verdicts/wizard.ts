// The "which one should we pick?" wizard: the ticked drivers weight the use cases they point at
// (DRIVER_USE_CASES), and each use case's verdict scores, normalized to its strongest technology,
// add up into one ranking. Same engine, same evidence as the public verdicts.
import { computeVerdicts } from "./engine";
import { DRIVER_USE_CASES, isDriverKey } from "./drivers";
import type { Evidence, Verdict } from "./types";

export interface WizardRecommendation {
  recommended: string[];
  label: string;
  confidence: number;
  ranking: { technologySlug: string; score: number }[];
  useCases: { slug: string; weight: number; verdict: Verdict }[];
}

export function useCaseWeights(drivers: string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const driver of new Set(drivers)) {
    if (!isDriverKey(driver)) continue;
    for (const [slug, weight] of Object.entries(DRIVER_USE_CASES[driver])) weights.set(slug, (weights.get(slug) ?? 0) + (weight ?? 0));
  }
  return weights;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function recommendForDrivers(drivers: string[], evidence: Evidence, verdicts: Verdict[] = computeVerdicts(evidence)): WizardRecommendation {
  const weights = useCaseWeights(drivers);
  const useCases = verdicts
    .filter((v) => (weights.get(v.useCaseSlug) ?? 0) > 0)
    .map((verdict) => ({ slug: verdict.useCaseSlug, weight: round(weights.get(verdict.useCaseSlug) ?? 0), verdict }))
    .sort((a, b) => b.weight - a.weight || (a.slug < b.slug ? -1 : 1));
  const combined = new Map<string, number>();
  for (const { weight, verdict } of useCases) {
    const top = Math.max(0, ...verdict.scores.map((s) => Math.abs(s.score)));
    if (top === 0) continue;
    for (const s of verdict.scores) combined.set(s.technologySlug, (combined.get(s.technologySlug) ?? 0) + (weight * s.score) / top);
  }
  const ranking = [...combined]
    .map(([technologySlug, score]) => ({ technologySlug, score: round(score) }))
    .sort((a, b) => b.score - a.score || (a.technologySlug < b.technologySlug ? -1 : 1));
  const [first, second] = ranking;
  if (!first || first.score <= 0) return { recommended: [], label: "No recommendation yet", confidence: 0, ranking, useCases };
  // The heaviest use case that already recommends the winner as part of a hybrid keeps the pair.
  const hybrid = useCases.find((u) => u.verdict.recommended.length > 1 && u.verdict.recommended.includes(first.technologySlug));
  const recommended = hybrid ? hybrid.verdict.recommended : [first.technologySlug];
  const label = hybrid ? hybrid.verdict.label : evidence.technologyNames?.[first.technologySlug] ?? first.technologySlug;
  const margin = Math.max(0, (first.score - Math.max(0, second?.score ?? 0)) / first.score);
  const totalWeight = useCases.reduce((n, u) => n + u.weight, 0);
  const meanConfidence = useCases.reduce((n, u) => n + u.weight * u.verdict.confidence, 0) / (totalWeight || 1);
  return { recommended, label, confidence: round(Math.sqrt(margin) * meanConfidence), ranking, useCases };
}
