// Stored article text is often markdown ("## Throughput", code fences, table rows). Where a page
// shows a short excerpt of it as running text (a quote in its context), the syntax is noise:
// these functions keep the words and drop the marks. Whole articles are rendered as HTML instead
// (lib/public/article-html.ts).
import { isTableRule } from "@/lib/text/table-rule";
import type { QuoteContext } from "./segments";

/** One line of markdown as the words a reader sees. */
export function plainLine(line: string): string {
  if (/^\s*(```|~~~)/.test(line) || isTableRule(line)) return "";
  let text = line
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/^\s*>\s?/, "")
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "");
  // A table row: its cells, separated as a reader would say them.
  if ((text.match(/\|/g) ?? []).length >= 2)
    text = text
      .split("|")
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(" · ");
  return text
    .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/!?\[([^\]\n]+)\]\([^)\s]+\)/g, "$1");
}

/**
 * A quote's context cut to the block it stands in (text before the previous line break and after
 * the next one belongs to other paragraphs, headings or rows), without markdown syntax.
 */
export function readableContext(context: QuoteContext): QuoteContext {
  if (!context.located) return context;
  const rawBefore = context.before.split("\n").pop() ?? "";
  const rawAfter = context.after.split("\n")[0];
  // What joined the excerpt to the quote: a table cell boundary, a space, or nothing (mid-word).
  const joinBefore = /\|\s*$/.test(rawBefore) ? " · " : /\s$/.test(rawBefore) ? " " : "";
  const joinAfter = /^\s*\|/.test(rawAfter) ? " · " : /^\s/.test(rawAfter) ? " " : "";
  // A row's outer pipes off (by slicing: /\s*\|$/ is quadratic on a long blank run).
  const edges = (text: string) => {
    let t = text.trim();
    if (t.startsWith("|")) t = t.slice(1).trimStart();
    if (t.endsWith("|")) t = t.slice(0, -1).trimEnd();
    return t;
  };
  const before = edges(plainLine(rawBefore));
  const after = edges(plainLine(rawAfter));
  const quote = context.quote
    .split("\n")
    .map(plainLine)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ");
  return {
    before: before ? before + joinBefore : "",
    quote: quote || context.quote,
    after: after ? joinAfter + after : "",
    located: true,
  };
}

/** A quoted table row read with its header: the header's cells over the row's, one column each. */
export interface QuoteTable {
  header: string[];
  row: string[];
}

/** A table line's cells as stored: "| a | b |" (empty cells kept), tab- or space-aligned columns. */
function storedCells(line: string): string[] {
  let t = line.trim();
  if (t.includes("|")) {
    if (t.startsWith("|")) t = t.slice(1);
    if (t.endsWith("|")) t = t.slice(0, -1);
    return t.split("|").map((c) => plainLine(c.trim()).trim());
  }
  return t.split(/\t+| {2,}/).map((c) => plainLine(c).trim());
}

/** A header or row in cells: one line split at its separators, or a flattened table's one cell per line. */
function cellsOf(text: string): string[] {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 1 ? lines.map((l) => plainLine(l).trim()) : storedCells(lines[0] ?? "");
}

/**
 * A table-row quote beside its header's cells, when both split into the same number of columns (at
 * least two); null otherwise (the header is then shown as its line above the quote).
 */
export function quoteTable(header: string, row: string): QuoteTable | null {
  const h = cellsOf(header);
  const r = cellsOf(row);
  return h.length >= 2 && h.length === r.length ? { header: h, row: r } : null;
}

/**
 * A table-row quote with each cell after its column's header ("Framework: Django · Requests/s: 3,900"),
 * so each figure says what it is; null when the header does not split into the row's columns.
 */
export function labelledRow(header: string, row: string): string | null {
  const table = quoteTable(header, row);
  if (!table) return null;
  return table.header.flatMap((h, i) => (table.row[i] ? [h ? `${h}: ${table.row[i]}` : table.row[i]] : [])).join(" · ");
}

/** A table's header as one line of words ("Framework · Requests/s · p95"). */
export const readableHeader = (header: string): string =>
  header
    .split("\n")
    .map(plainLine)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" · ");
