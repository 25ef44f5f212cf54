// The importer learns from editors: logistic regression over the named binary features of
// learn-features.ts, trained on the review queue's decisions (kept = verified/accepted/edited/merged,
// rejected = retracted). Pure, dependency-free and deterministic: the same examples in the same order
// give the same weights, the same scores and the same threshold. Trains in milliseconds (full-batch
// AdaGrad with L2, a fixed number of steps), so the model is derived from the examples when needed.

import { describeFeature } from "./learn-features";
import { sparseRows } from "./sparse-rows";

export { describeFeature } from "./learn-features";

export interface Example {
  features: string[];
  keep: boolean;
}

/** How often editors kept candidates with one feature: the reasons a score shows come from these. */
export interface FeatureStats {
  kept: number;
  total: number;
}

export interface Model {
  bias: number;
  weights: Map<string, number>;
  stats: Map<string, FeatureStats>;
  examples: number;
  kept: number;
  /** Candidates scoring under it are hidden; null while there are too few examples to trust (keep everything). */
  threshold: number | null;
}

export interface TrainOptions {
  /** Steps of full-batch AdaGrad. */
  steps?: number;
  rate?: number;
  /** L2 penalty per weight (against the mean log loss). */
  l2?: number;
  /** Fewer examples than this (or fewer than MIN_CLASS of either side): no threshold, nothing hidden. */
  minExamples?: number;
  /** Precision the kept candidates should reach (issue #16: 0.85). */
  precision?: number;
  /** The threshold never hides more than this share of what editors kept (measured out of fold). */
  maxLostRecall?: number;
  folds?: number;
}

export const DEFAULTS: Required<TrainOptions> = {
  steps: 100,
  rate: 0.3,
  l2: 1e-3,
  minExamples: 50,
  precision: 0.85,
  maxLostRecall: 0.2,
  folds: 5,
};
/** At least this many kept and this many rejected examples before anything is hidden. */
export const MIN_CLASS = 5;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

interface Weights {
  bias: number;
  weights: Map<string, number>;
}

function fit(examples: Example[], o: Required<TrainOptions>): Weights {
  const { index, starts, cols } = sparseRows(examples);
  const labels = Float64Array.from(examples, (e) => (e.keep ? 1 : 0));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  let bias = 0;
  let biasG2 = 0;
  const n = examples.length || 1;
  for (let step = 0; step < o.steps; step++) {
    grad.fill(0);
    let biasGrad = 0;
    for (let r = 0; r < examples.length; r++) {
      let z = bias;
      for (let k = starts[r]; k < starts[r + 1]; k++) z += w[cols[k]];
      const err = (sigmoid(z) - labels[r]) / n;
      biasGrad += err;
      for (let k = starts[r]; k < starts[r + 1]; k++) grad[cols[k]] += err;
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] + o.l2 * w[i];
      g2[i] += g * g;
      if (g2[i] > 0) w[i] -= (o.rate * g) / Math.sqrt(g2[i]);
    }
    biasG2 += biasGrad * biasGrad;
    if (biasG2 > 0) bias -= (o.rate * biasGrad) / Math.sqrt(biasG2);
  }
  const weights = new Map<string, number>();
  for (const [f, i] of index) weights.set(f, w[i]);
  return { bias, weights };
}

const scoreWith = (m: Weights, features: string[]): number =>
  sigmoid(features.reduce((z, f) => z + (m.weights.get(f) ?? 0), m.bias));

/** The keep score of a candidate: the probability, as learned, that an editor keeps it. */
export function score(model: Model, features: string[]): number {
  return scoreWith(model, features);
}

/** Whether the importer hides the candidate (never while the model has no threshold). */
export function hides(model: Model, features: string[]): boolean {
  return model.threshold !== null && score(model, features) < model.threshold;
}

/**
 * The lowest score a kept candidate needs, from out-of-fold scores (each example scored by a model that
 * did not see it). Candidates are hidden from the lowest score up to the cut:
 * - far enough that the candidates left reach the precision target (none when all of them already do),
 * - and on while what is hidden is rejected at least as often as the target, up to a rejected one (a
 *   pattern editors keep rejecting is hidden even when the rest is precise enough),
 * - but never so far that more than `maxLostRecall` of what editors kept is hidden.
 * The cut sits halfway between the last hidden score and the first kept one.
 */
export function chooseThreshold(
  scored: Array<{ score: number; keep: boolean }>,
  o: Pick<Required<TrainOptions>, "precision" | "maxLostRecall">,
): number {
  const asc = [...scored].sort((a, b) => a.score - b.score);
  const n = asc.length;
  const positives = asc.filter((s) => s.keep).length;
  let precise = -1;
  let rejected = -1;
  let hiddenKept = 0;
  for (let i = 0; i < n; i++) {
    // Hiding asc[0..i): only between two different scores.
    if (i === 0 || asc[i - 1].score < asc[i].score) {
      const lost = positives ? hiddenKept / positives : 0;
      if (lost > o.maxLostRecall) break;
      if (precise < 0 && (positives - hiddenKept) / (n - i) >= o.precision) precise = i;
      if (i >= MIN_CLASS && !asc[i - 1].keep && (i - hiddenKept) / i >= o.precision) rejected = i;
    }
    if (asc[i].keep) hiddenKept++;
  }
  const cut = Math.max(precise, rejected);
  return cut <= 0 ? 0 : (asc[cut - 1].score + asc[cut].score) / 2;
}

function statsOf(examples: Example[]): Map<string, FeatureStats> {
  const stats = new Map<string, FeatureStats>();
  for (const e of examples) {
    for (const f of e.features) {
      const s = stats.get(f) ?? { kept: 0, total: 0 };
      s.total++;
      if (e.keep) s.kept++;
      stats.set(f, s);
    }
  }
  return stats;
}

/** Trains on the examples in their order. */
export function train(examples: Example[], options: TrainOptions = {}): Model {
  const o = { ...DEFAULTS, ...options };
  const kept = examples.filter((e) => e.keep).length;
  const fitted = fit(examples, o);
  const enough = examples.length >= o.minExamples && kept >= MIN_CLASS && examples.length - kept >= MIN_CLASS;
  return {
    ...fitted,
    stats: statsOf(examples),
    examples: examples.length,
    kept,
    threshold: enough ? chooseThreshold(outOfFold(examples, o), o) : null,
  };
}

/** Every example scored by a model trained on the other folds (example i is in fold i mod k). */
function outOfFold(examples: Example[], o: Required<TrainOptions>): Array<{ score: number; keep: boolean }> {
  const out: Array<{ score: number; keep: boolean }> = [];
  for (let k = 0; k < o.folds; k++) {
    const model = fit(
      examples.filter((_, i) => i % o.folds !== k),
      o,
    );
    examples.forEach((e, i) => {
      if (i % o.folds === k) out.push({ score: scoreWith(model, e.features), keep: e.keep });
    });
  }
  return out;
}

export interface Reason {
  feature: string;
  text: string;
  weight: number;
}

/**
 * Why a candidate scores as it does: the features that move its score most, each with how editors
 * decided before ("rejected 7 of 8 times: worded like “[technology] has … built in” (feature)").
 */
export function reasons(model: Model, features: string[], n = 2): Reason[] {
  return features
    .map((f) => ({ f, w: model.weights.get(f) ?? 0, s: model.stats.get(f) }))
    .filter(
      (x): x is { f: string; w: number; s: FeatureStats } =>
        x.s !== undefined && x.s.total >= 2 && Math.abs(x.w) > 0.05,
    )
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w) || a.f.localeCompare(b.f))
    .slice(0, n)
    .map(({ f, w, s }) => ({
      feature: f,
      weight: w,
      text:
        w < 0
          ? `rejected ${s.total - s.kept} of ${s.total} times: ${describeFeature(f)}`
          : `kept ${s.kept} of ${s.total} times: ${describeFeature(f)}`,
    }));
}
