// Snippets with the matched words marked, computed in one place for both databases (FTS5's
// snippet() and PostgreSQL's ts_headline mark differently and return HTML-ish text; this returns
// plain parts the page renders as <mark> elements and the API as JSON, nothing to escape).
import { fold } from "./query";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** [start, end) of each word of `text` that one of the terms starts (prefix search, like the indexes). */
function matches(text: string, terms: string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (terms.some((t) => word.startsWith(t))) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/** Moves a cut to the nearest whitespace so words stay whole. */
function toWordBoundary(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  while (i > 0 && i < text.length && !/\s/.test(text[i])) i += direction;
  return Math.max(0, Math.min(text.length, i));
}

/**
 * Up to `length` characters of `text` around its first match (the start when nothing matches),
 * split into plain and matched parts; an ellipsis marks text left out.
 */
export function snippet(text: string, terms: string[], length = 220): SnippetPart[] {
  const clean = text.replace(/\s+/g, " ").trim();
  const hits = matches(clean, terms);
  let from = 0;
  let to = clean.length;
  if (clean.length > length) {
    const first = hits[0]?.[0] ?? 0;
    from = first < length / 3 ? 0 : toWordBoundary(clean, first - Math.floor(length / 3), -1);
    to = toWordBoundary(clean, Math.min(clean.length, from + length), 1);
  }
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (part) parts.push({ text: part, match });
  };
  let at = from;
  for (const [start, end] of hits) {
    if (end <= from || start >= to) continue;
    push(clean.slice(at, Math.max(at, start)), false);
    push(clean.slice(Math.max(at, start), Math.min(end, to)), true);
    at = Math.min(end, to);
  }
  push(clean.slice(at, to), false);
  if (from > 0) parts.unshift({ text: "…", match: false });
  if (to < clean.length) parts.push({ text: "…", match: false });
  return parts;
}
