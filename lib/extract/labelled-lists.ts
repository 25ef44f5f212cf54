// A list written on one line after its label, as decision records and comparison pages write an option's
// arguments: "**Pros**: Native JSON storage, horizontal scaling, flexible schema" / "**Cons**: No ACID transactions
// across documents, poor Django integration" under the option's heading. Each comma-separated item is read as an
// item of a strengths or weaknesses list about the section's technology.
import { readListItem } from "./list-items";
import type { Span } from "./sentences";
import type { ListKind, WalkState } from "./walk-state";

const LABELLED =
  /^(?:[*_]{1,2})?(pros|advantages|strengths|benefits|cons|disadvantages|weaknesses|drawbacks)(?:[*_]{1,2})?[ \t]{0,3}:(?:[*_]{1,2})?[ \t]{1,3}(\S.{2,400})$/i;
const NEGATIVE = /^(?:cons|disadvantages|weaknesses|drawbacks)$/i;

/** The items of a one-line list, each with where it starts in the line: split at commas outside parentheses. */
function items(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (i < text.length && !((ch === "," || ch === ";") && depth === 0)) continue;
    // "…, and flexible schema.": the item without its leading conjunction and its full stop.
    const m = ITEM.exec(text.slice(from, i));
    if (m && m[2].length >= 3) out.push({ text: m[2], at: from + m[1].length });
    from = i + 1;
  }
  return out;
}

const ITEM = /^(\s*(?:(?:and|or)\s+)?)(\S(?:.*?\S)?)\.?\s*$/is;

/** Reads "Pros: a, b, c" about the section's one technology; false when the line is not such a list. */
export function readLabelledList(state: WalkState, t: string, span: Span): boolean {
  const m = LABELLED.exec(t);
  if (!m || state.sectionTechs.length !== 1) return false;
  const body = m[2];
  const offset = span.start + t.length - body.length;
  const kind: ListKind = NEGATIVE.test(m[1]) ? "weaknesses" : "strengths";
  const saved = state.list;
  state.list = { kind, techs: state.sectionTechs };
  for (const item of items(body)) {
    const start = offset + item.at;
    readListItem(state, `- ${item.text}`, { text: item.text, start, end: start + item.text.length });
  }
  state.list = saved;
  state.parent = null;
  return true;
}
