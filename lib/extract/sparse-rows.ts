// Examples as one flat array of feature indexes: row r is cols[starts[r]..starts[r + 1]). The learners'
// inner loops (learn.ts, unit-model.ts) then stay on typed arrays instead of maps of strings.

export interface SparseRows {
  /** Feature name → column. */
  index: Map<string, number>;
  starts: Int32Array;
  cols: Int32Array;
}

export function sparseRows(examples: readonly { features: Iterable<string> }[]): SparseRows {
  const index = new Map<string, number>();
  const starts = new Int32Array(examples.length + 1);
  const list: number[] = [];
  examples.forEach((e, r) => {
    for (const f of e.features) {
      let i = index.get(f);
      if (i === undefined) {
        i = index.size;
        index.set(f, i);
      }
      list.push(i);
    }
    starts[r + 1] = list.length;
  });
  return { index, starts, cols: Int32Array.from(list) };
}
