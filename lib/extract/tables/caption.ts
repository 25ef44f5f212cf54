// A table's caption or lead-in: the unit it gives the table's bare numbers, and the test it names (a
// condition of every figure in the table).
import { cellQuantity, type Quantity } from "../quantities";
import type { Conditions } from "../types";

// "Times in seconds", "all figures in ms", "Results in ops/sec", "(MB, lower is better)", "### 10 users
// (requests / second)": the unit of the table's bare numbers: a word or two after "in"/"as", or the words in
// parentheses opening or closing the line, that the quantity grammar reads whole as a unit.
const CAPTION_UNIT =
  /\b(?:in|as)\s([^\s,;:()]{1,12}(?:\s(?:per|a)\s[a-z]{1,8})?)(?=$|[\s,;:.)])|^\(?([^\s,)]{1,8})[,)]|\(([^(),\n]{1,24})(?:,[^()\n]{0,60})?\)\s?:?$/gi;

// "Jobs per second, 8 workers", "### Requests per second (higher is better)": a caption opening on its unit.
const LEADING_WORDS =
  /^(?:#{1,6}\s)?([\p{L}/]{1,20}(?:\s[\p{L}/]{1,20}){0,3})(?=,|:|\s\(|\s(?:with|at|on|for|using|under|in)\s|$)/u;

/** The unit read whole from `words` ("requests per second", "MB"), or null. */
function unitWords(words: string): Quantity | null {
  for (const w of [words, words.toLowerCase()]) {
    const q = cellQuantity(`1 ${w}`);
    // The whole word is the unit ("in ops/sec"), never a unit read from the start of another word ("in 2024").
    if (q && q.unit && q.dimension !== "ratio" && q.end === w.length + 2) return q;
  }
  return null;
}

/** The unit a caption gives a table's bare numbers, or null. */
export function captionUnit(caption: string): Quantity | null {
  if (caption.length > 160) return null;
  const leading = LEADING_WORDS.exec(caption.trim());
  const opening = leading && unitWords(leading[1]);
  if (opening) return opening;
  for (const m of caption.trim().matchAll(CAPTION_UNIT)) {
    const q = unitWords((m[1] ?? m[2] ?? m[3]).trim().replace(/\.$/, ""));
    if (q) return q;
  }
  return null;
}

const TRAILING_PARENTHESES = /\s?\(([^()\n]{1,80})\)\s?:?$/;

/** "10 user concurrency (requests / second)" → "10 user concurrency": the unit in parentheses is no part of the case. */
export function withoutCaptionUnit(text: string): string {
  const m = TRAILING_PARENTHESES.exec(text);
  return m && m.index > 0 && captionUnit(`(${m[1]})`) ? text.slice(0, m.index).trim() : text;
}

// A lead-in that points at the table ("Here are the results:", "The table below shows…:") says nothing of the test.
const POINTER =
  /^(?:here|below|above|the following|following|this|these|see|as|we|our|i|you|results?|summary|overview|the (?:table|results?|numbers|chart))\b/i;

/**
 * A caption-like lead-in ("Build metrics:") or one stating the workload ("Logging an entry with ten fields:")
 * tells two otherwise identical tables apart: a condition of every figure in it. A pointer sentence does not.
 */
export function captionOf(leadIn: string): Conditions {
  const text = leadIn
    .replace(/^#{1,6}\s+/, "")
    // "1. SETs:" (a numbered item, kept as "- SETs:"): the item's words, not its bullet.
    .replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, "")
    .replace(/[*_`]+/g, "")
    .replace(/:$/, "")
    .trim();
  const words = text.split(/\s+/).length;
  if (!text || words > 14 || (words > 5 && (POINTER.test(text) || /[.!?]/.test(text)))) return {};
  return { table: text };
}

/**
 * The short line right above a table when it labels it ("Optimized build (-O3)", "**Non-optimized build**"), not a
 * sentence, a heading or a list item: two tables under one heading measured two setups, and their figures must say so.
 */
export function labelAbove(line: string | undefined): string {
  const t = (line ?? "").trim();
  return t && !/^(?:#|[-*+]\s)/.test(t) && !/[.!?,;]$/.test(t) && t.split(/\s+/).length <= 8 ? t : "";
}
