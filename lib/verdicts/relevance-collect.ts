// Collecting one piece of evidence's relevance: the strongest weight and reason per use case,
// raised in any order, then read out in slug order. Use cases are numbers (their position in the
// sorted slugs) and the weights collect in one reused array, so a claim's relevance allocates its
// result arrays and nothing per use case. Split from relevance.ts.

/** The use cases a piece of evidence counts for (sorted by slug), how much and why, position by position. */
export interface Relevant {
  useCases: string[];
  /** Each use case's position in `RelevanceRules.slugs`. */
  indices: number[];
  weights: number[];
  /** Completes "counts because: …" for each use case ("needs an admin UI"). */
  because: string[];
}

export class RelevanceCollector {
  private readonly scratch: Float64Array;
  private readonly reason: string[];
  private readonly touched: number[] = [];

  constructor(private readonly slugs: readonly string[]) {
    this.scratch = new Float64Array(slugs.length);
    this.reason = new Array<string>(slugs.length).fill("");
  }

  /** Lifts an already raised weight to at least `weight`, keeping its reason (editors' hints). */
  lift(i: number, weight: number): void {
    if (this.scratch[i] > 0) this.scratch[i] = Math.max(this.scratch[i], weight);
  }

  /** Keeps the strongest reason a piece of evidence is relevant to a use case (weights are > 0). */
  raise(i: number, weight: number, because: string): void {
    if (weight <= 0) return;
    if (this.scratch[i] === 0) this.touched.push(i);
    if (weight <= this.scratch[i]) return;
    this.scratch[i] = weight;
    this.reason[i] = because;
  }

  /** The raised weights in slug order; resets the scratch arrays for the next piece of evidence. */
  collect(): Relevant {
    const indices = sortNumbers(this.touched).slice();
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

/** Sorts numbers in place, ascending (insertion sort: a claim touches a few use cases, and no work array is allocated). */
function sortNumbers(values: number[]): number[] {
  if (values.length > 64) return values.sort((a, b) => a - b);
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > v; j--) values[j + 1] = values[j];
    values[j + 1] = v;
  }
  return values;
}
