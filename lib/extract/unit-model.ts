// The learned unit classifier: multinomial logistic regression over the generic features of a unit
// (unit-features.ts), predicting none | performance | feature | recommendation | fact | opinion. Pure,
// deterministic (full-batch AdaGrad with L2, a fixed number of steps, examples in
// the order given), so `npm run eval:train` regenerates the shipped weights (unit-model.json) exactly.
import { sparseRows } from "./sparse-rows";

export const UNIT_KINDS = ["none", "performance", "feature", "recommendation", "fact", "opinion"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitExample {
  features: string[];
  kind: UnitKind;
}

export interface UnitModel {
  /** One bias per kind, in UNIT_KINDS order. */
  bias: number[];
  /** One weight per kind for each feature; features absent here are ignored. */
  weights: Record<string, number[]>;
  /** A unit whose best kind scores at least this (per kind) becomes a claim where the rules found none; >1 never. */
  add: Record<string, number>;
  /** A rule's claim on units whose "none" probability is at least this is dropped; >1 never. */
  drop: number;
  /** What it was trained on (batches and document counts), for the record. */
  trainedOn: string;
}

export interface FitOptions {
  steps?: number;
  rate?: number;
  l2?: number;
}
const FIT_DEFAULTS: Required<FitOptions> = { steps: 80, rate: 0.3, l2: 1e-4 };
const K = UNIT_KINDS.length;

/** Probabilities of each kind (UNIT_KINDS order) from the logits. */
function softmax(z: Float64Array | number[]): number[] {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  const e = Array.from(z, (v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Weights and biases fitted to the examples (the model's thresholds are chosen by the caller). */
export function fitUnitModel(examples: UnitExample[], options: FitOptions = {}): Pick<UnitModel, "bias" | "weights"> {
  const o = { ...FIT_DEFAULTS, ...options };
  const { index, starts, cols } = sparseRows(examples);
  const target = Int32Array.from(examples, (e) => UNIT_KINDS.indexOf(e.kind));
  const w = new Float64Array(index.size * K);
  const g2 = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  const bias = new Float64Array(K);
  const biasG2 = new Float64Array(K);
  const n = examples.length || 1;
  const z = new Float64Array(K);
  for (let step = 0; step < o.steps; step++) {
    grad.fill(0);
    const biasGrad = new Float64Array(K);
    for (let r = 0; r < examples.length; r++) {
      z.set(bias);
      for (let c = starts[r]; c < starts[r + 1]; c++) for (let k = 0; k < K; k++) z[k] += w[cols[c] * K + k];
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const err = (p[k] - (target[r] === k ? 1 : 0)) / n;
        biasGrad[k] += err;
        for (let c = starts[r]; c < starts[r + 1]; c++) grad[cols[c] * K + k] += err;
      }
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j] + o.l2 * w[j];
      g2[j] += g * g;
      if (g2[j] > 0) w[j] -= (o.rate * g) / Math.sqrt(g2[j]);
    }
    for (let k = 0; k < K; k++) {
      biasG2[k] += biasGrad[k] * biasGrad[k];
      if (biasG2[k] > 0) bias[k] -= (o.rate * biasGrad[k]) / Math.sqrt(biasG2[k]);
    }
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const row = Array.from(w.subarray(i * K, i * K + K), round);
    if (row.some((v) => Math.abs(v) >= 1e-3)) weights[f] = row;
  }
  return { bias: Array.from(bias, round), weights };
}

/** The probability of each kind (UNIT_KINDS order) for a unit with these features. */
export function scoreUnit(model: Pick<UnitModel, "bias" | "weights">, features: string[]): number[] {
  const z = [...model.bias];
  for (const f of features) {
    const row = model.weights[f];
    if (row) for (let k = 0; k < K; k++) z[k] += row[k];
  }
  return softmax(z);
}

/** The likeliest kind that is a claim, with its probability, and the probability of none. */
export function bestClaimKind(p: number[]): { kind: UnitKind; p: number; none: number } {
  let best = 1;
  for (let k = 2; k < K; k++) if (p[k] > p[best]) best = k;
  return { kind: UNIT_KINDS[best], p: p[best], none: p[0] };
}
