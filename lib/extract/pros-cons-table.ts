// "### Pgcat" over "| Pros | Cons |": a table of one technology's pros and cons, each cell an item of its list
// (a capability it has or lacks, or a judgement), read as the pros and cons lists under its heading are.
import { featureItem } from "./feature-items";
import type { Span } from "./sentences";
import { clean } from "./tables/common";
import type { Table } from "./tables/shape";
import type { WalkState } from "./walk-state";

const PROS = /^(?:pros?|advantages?|strengths?|benefits?|upsides?|the good)$/i;
const CONS = /^(?:cons?|disadvantages?|weaknesses?|drawbacks?|downsides?|limitations?|the bad)$/i;

/** True when `table` is a pros-and-cons table of the section's one technology, its cells read as list items. */
export function readProsConsTable(state: WalkState, table: Table): boolean {
  const header = table.header.map(clean);
  if (header.length > 2 || !header.every((h) => PROS.test(h) || CONS.test(h))) return false;
  const [tech] = state.sectionTechs;
  if (state.sectionTechs.length !== 1 || !tech) return false;
  table.rows.forEach((row, ri) => {
    const line = table.spans[ri];
    let from = 0;
    row.forEach((cell, i) => {
      const text = cell.trim();
      const at = text ? line.text.indexOf(text, from) : -1;
      if (at < 0 || /^:?-+:?$/.test(text)) return;
      from = at + text.length;
      const span: Span = { text, start: line.start + at, end: line.start + at + text.length };
      featureItem(state.out, state.compared, tech, text, span, CONS.test(header[i] ?? ""));
    });
  });
  return true;
}
