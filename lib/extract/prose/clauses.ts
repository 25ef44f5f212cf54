// The clauses of a sentence for the capability rule: cut at ";", ":", dashes and ", and/but/while", and
// again where a conjunction is followed by another technology.
import type { Mention } from "../technologies";

const SUBORDINATE_OPENING = /^(?:even though|although|though|while|whereas|since|because)\s/i;

export interface Clause {
  text: string;
  at: number;
}

/** A clause so far that ends in an item of a comma-separated list ("…, scalable"): its ", and" goes on with the list. */
const SERIAL_LIST_SO_FAR = /,\s+(?:[^\s,;:]+\s+){0,2}[^\s,;:]+$/;

/** The clauses of a sentence: cut at ";", ":" and ", and/but/while", each with its offset. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  const re = /(?:(?<!\s)\s*)?(?:;|:\s|,\s+(?:and|but|while|whereas|so)\s+|\s[-–—]\s)\s*/g;
  let from = 0;
  for (const m of text.matchAll(re)) {
    // "enable fast, scalable, and efficient retrieval": the last item of a list, not a new clause.
    if (/^\s*,\s+and\s/.test(m[0]) && SERIAL_LIST_SO_FAR.test(text.slice(from, m.index))) continue;
    out.push({ text: text.slice(from, m.index), at: from });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), at: from });
  // "Even though X supports A it is not B": after a fronted subordinate clause, the main clause may start at
  // its pronoun subject without a comma.
  if (SUBORDINATE_OPENING.test(text) && out.length === 1) {
    const main =
      /\s(?=(?:it|they)\s(?:is|are|was|were|does|do|doesn't|don't|has|have|can|cannot|can't|will|won't)\b)/i.exec(text);
    if (main)
      return [
        { text: text.slice(0, main.index), at: 0 },
        { text: text.slice(main.index + 1), at: main.index + 1 },
      ];
  }
  return out.filter((c) => c.text.trim().length >= 4);
}

// A conjunction that opens a clause of its own when a technology follows it: "… in one binary and Go has
// great concurrency primitives", "… since Sidekiq doesn't come with a cron feature".
const CONJUNCTION_BEFORE = /\s(and|but|while|whereas|because|since|although|though|so)\s+$/i;

/**
 * The clauses, each also cut where a conjunction is followed by a technology. "X and Y" is a pair of
 * subjects, not two clauses: "and" right after another name does not cut.
 */
export function innerClauses(text: string, clauses: Clause[], mentions: Mention[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    let from = clause.at;
    const end = clause.at + clause.text.length;
    for (const m of mentions) {
      if (m.start <= from + 4 || m.start >= end) continue;
      const conj = CONJUNCTION_BEFORE.exec(text.slice(Math.max(from, m.start - 16), m.start));
      if (!conj) continue;
      const conjAt = m.start - conj[0].length;
      if (/^and$/i.test(conj[1]) && mentions.some((o) => o.end === conjAt || o.end === conjAt - 1)) continue;
      out.push({ text: text.slice(from, conjAt), at: from });
      from = m.start;
    }
    out.push({ text: text.slice(from, end), at: from });
  }
  return out.filter((c) => c.text.trim().length >= 4);
}
