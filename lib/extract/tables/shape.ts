// Tables in normalized text, whatever shape they arrived in: pipe rows ("| a | b |", with or without the
// outer pipes), columns separated by tabs or runs of spaces, and tables flattened one cell per line (a
// header of N short lines, then rows of N lines, or every cell followed by a blank line) as copy-paste and
// some HTML-to-text tools leave them.
import type { Span } from "../sentences";
import { legendOf } from "./legend";
import { valueTailTable } from "./value-tail";

export interface Table {
  header: string[];
  rows: string[][];
  /** Each row's source: the line, or for a flattened table the row's lines; each carries the header's place. */
  spans: Span[];
  /** Where the header is in the document: its line, or for a flattened table its lines. */
  headerSpan: Place;
  /** Line numbers covered, header included. */
  firstLine: number;
  lastLine: number;
  /** The line before the table when it introduces it ("Build metrics:"). */
  leadIn: string;
  /** The short line of text just before the table, colon or not ("Times in seconds, lower is better."). */
  caption?: string;
  /** What the marks its legend explains mean, as the usual marks ("⁉️" -> "⚠️"): tables/legend.ts. */
  legend?: Map<string, string>;
}

export interface Place {
  start: number;
  end: number;
}

export interface Line {
  text: string;
  /** Offset of the trimmed text in the document. */
  start: number;
}

const MAX_CELLS = 30;
const MAX_ROWS = 500;
const MAX_LINE = 2000;

// Inline markup around a cell's words ("<a href=… title=\"…\">Automated Scaling</a>", "<code>", "<sup>"): the words
// are the cell; a line break (<br>) stays, it separates values.
const INLINE_TAG = /<\/?(?:a|abbr|span|code|b|i|em|strong|sup|sub|kbd|small|u|mark)(?:\s[^<>]{0,400})?>/gi;
const cellText = (c: string): string => (c.includes("<") ? c.replace(INLINE_TAG, "") : c).trim();

/** "| a | b |" or "a | b | c" -> cells; null for a line that is not a pipe row. */
export function pipeCells(t: string): string[] | null {
  if (t.length > MAX_LINE || !t.includes("|")) return null;
  // "| City64 | 64 | 22.0 GB/s | 10": a row may leave off its closing pipe, as GitHub's tables allow.
  if (/^\|.*\|$/.test(t) || (t.startsWith("| ") && t.includes(" | ")))
    return t
      .slice(1, t.endsWith("|") ? -1 : undefined)
      .split("|")
      .map(cellText)
      .slice(0, MAX_CELLS);
  // "--- | :---:" separates a header from its rows; kept as a row so the run goes on, dropped when read.
  if (/^\|?\s?:?-{2,}:?\s?(?:\|\s?:?-{2,}:?\s?)+\|?$/.test(t))
    return t
      .split("|")
      .map((c) => c.trim())
      .filter(Boolean);
  // Without outer pipes a row needs at least two " | " separators, or one with short cells, to tell it from prose.
  if (/^[-#>]/.test(t) || !t.includes(" | ")) return null;
  const cells = t.split(" | ").map(cellText);
  return cells.length >= 3 || cells.every((c) => c.length <= 40) ? cells.slice(0, MAX_CELLS) : null;
}

/** Columns separated by tabs or 2+ spaces (plain-text benchmark output). */
function spacedCells(raw: string): string[] | null {
  if (raw.length > 400 || (!raw.includes("\t") && !raw.includes("  "))) return null;
  const t = raw.trim();
  if (t.length > 300 || /^[-#>|]/.test(t)) return null;
  const cells = t
    .split(/\t+| {2,}/)
    .map((c) => c.trim())
    .filter(Boolean);
  return cells.length >= 2 && cells.length <= 12 && cells.every((c) => c.length <= 40) ? cells : null;
}

const spanOf = (line: Line): Span => ({ text: line.text, start: line.start, end: line.start + line.text.length });
/** From the first line's start to the last line's end (a header flattened one cell per line). */
const linesSpan = (first: Line, last: Line): Place => ({ start: first.start, end: last.start + last.text.length });

/** Consecutive lines read by one cell splitter, all with the same number of cells (a header and rows). */
function runOf(
  lines: Line[],
  raw: string[],
  i: number,
  split: (l: Line, raw: string) => string[] | null,
  sameWidth: boolean,
): Table | null {
  const header = split(lines[i], raw[i]);
  if (!header) return null;
  const rows: string[][] = [];
  const spans: Span[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const cells = lines[j].text ? split(lines[j], raw[j]) : null;
    if (!cells || (sameWidth && cells.length !== header.length)) break;
    // No article's table is this long: the rest is machine output, covered but not read.
    if (rows.length >= MAX_ROWS) continue;
    rows.push(cells);
    spans.push(spanOf(lines[j]));
  }
  return { header, rows, spans, headerSpan: linesSpan(lines[i], lines[i]), firstLine: i, lastLine: j - 1, leadIn: "" };
}

/** Most value cells read as values (quantities, yes/no): a run of short prose lines is not a table. */
function valuesRead(rows: string[][], looksLikeValue: (cell: string) => boolean): boolean {
  const values = rows.flatMap((r) => r.slice(1));
  return values.length > 0 && values.filter(looksLikeValue).length * 2 >= values.length;
}

// A flattened cell: short, not a sentence, not a list item or heading.
const SHORT_CELL = /^(?![-#>|])[^.!?:;]{1,40}$|^[^!?;]{1,12}$/;

/** Exactly n short lines from `at`, then a blank line or the end: one more row of a flattened table. */
function blockOf(lines: Line[], at: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!lines[at + k]?.text || !SHORT_CELL.test(lines[at + k].text)) return false;
  return !lines[at + n]?.text;
}

/** Header of N short lines, an optional blank, then k·N short lines (k ≥ 1) in which numbers appear. */
function flattened(lines: Line[], i: number, looksLikeValue: (cell: string) => boolean): Table | null {
  let n = 0;
  while (i + n < lines.length && n < 9 && lines[i + n].text && SHORT_CELL.test(lines[i + n].text)) n++;
  if (n < 2 || n > 8) return null;
  let j = i + n;
  if (j < lines.length && !lines[j].text) j++;
  const body: Line[] = [];
  for (; j < lines.length && body.length < MAX_ROWS * 8; j++) {
    // Rows may be set apart by one blank line ("Django / 5.1 / 8/10", blank, "Flask / …"): only at a row's end.
    if (
      !lines[j].text &&
      body.length % n === 0 &&
      j + 1 < lines.length &&
      lines[j + 1].text &&
      SHORT_CELL.test(lines[j + 1].text) &&
      blockOf(lines, j + 1, n)
    )
      continue;
    if (!lines[j].text || !SHORT_CELL.test(lines[j].text)) break;
    body.push(lines[j]);
  }
  while (j > i && !lines[j - 1].text) j--;
  // The header may run into the body when no blank line separates them: only an exact multiple is trusted.
  if (body.length < n || body.length % n !== 0) return null;
  const rows: string[][] = [];
  const spans: Span[] = [];
  for (let r = 0; r < body.length; r += n) {
    const group = body.slice(r, r + n);
    rows.push(group.map((l) => l.text));
    spans.push({
      text: group.map((l) => l.text).join("\n"),
      start: group[0].start,
      end: group[n - 1].start + group[n - 1].text.length,
    });
  }
  if (!valuesRead(rows, looksLikeValue)) return null;
  return {
    header: lines.slice(i, i + n).map((l) => l.text),
    rows,
    spans,
    headerSpan: linesSpan(lines[i], lines[i + n - 1]),
    firstLine: i,
    lastLine: j - 1,
    leadIn: "",
  };
}

// The corner cell of a comparison whose header names the compared things: what its rows are.
const CORNER =
  /^(?:features?|criteri(?:on|a)|aspects?|metrics?|categor(?:y|ies)|comparison|attributes?|dimensions?|capabilit(?:y|ies)|properties)$/i;

/**
 * A comparison flattened with a blank line after every cell (or one cell per line), as a web page's table
 * copied as text leaves it: a corner cell ("Feature"), then the compared technologies (at least two, each a name `isName`
 * knows), then rows of as many cells, each starting with its label. Only whole rows are kept.
 */
function spacedOut(lines: Line[], i: number, isName: (cell: string) => boolean, step: 1 | 2 = 2): Table | null {
  if (!CORNER.test(lines[i].text.replace(/[*_:]/g, "").trim())) return null;
  // Cells: short lines, not sentences, each followed by a blank line (or the end); with step 1, one cell
  // per line and no blank between them (the same table copied without the blank lines).
  const cells: number[] = [];
  for (let j = i; j < lines.length && cells.length < MAX_CELLS * 40; j += step) {
    const t = lines[j].text;
    if (!t || t.length > 80 || /[.!?]$/.test(t) || (step === 2 && lines[j + 1]?.text)) break;
    cells.push(j);
  }
  let n = 1;
  while (n < cells.length && n <= MAX_CELLS && isName(lines[cells[n]].text)) n++;
  if (n < 3) return null;
  const rowCount = Math.min(MAX_ROWS, Math.floor((cells.length - n) / n));
  const rows: string[][] = [];
  const spans: Span[] = [];
  for (let r = 0; r < rowCount; r++) {
    const at = cells.slice(n + r * n, n + (r + 1) * n);
    // A row's label is an attribute, never one of the compared names: otherwise the cells are misaligned.
    if (isName(lines[at[0]].text)) break;
    rows.push(at.map((k) => lines[k].text));
    const last = lines[at[n - 1]];
    spans.push({
      text: at.map((k) => lines[k].text).join("\n"),
      start: lines[at[0]].start,
      end: last.start + last.text.length,
    });
  }
  if (rows.length < 2) return null;
  return {
    header: cells.slice(0, n).map((k) => lines[k].text),
    rows,
    spans,
    headerSpan: linesSpan(lines[cells[0]], lines[cells[n - 1]]),
    firstLine: i,
    lastLine: cells[n + rows.length * n - 1],
    leadIn: "",
  };
}

// The rule under a table's header: "-----|:---:|---", with or without outer pipes.
const RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/;

/**
 * Every table in the document's lines (raw = the untrimmed lines, for column spacing). Lines inside code
 * fences are tables only when printed as a markdown table with its rule. `looksLikeValue` says whether a flattened cell reads as a table value.
 */
export function findTables(
  lines: Line[],
  raw: string[],
  looksLikeValue: (cell: string) => boolean,
  columns?: (header: string, k: number) => string[] | null,
  isName?: (cell: string) => boolean,
): Table[] {
  const out: Table[] = [];
  let inCode = false;
  let lastText = "";
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.startsWith("```")) {
      inCode = !inCode;
      continue;
    }
    if (!t) continue;
    if (inCode) {
      // A tool's report printed as a markdown table ("Metric | filebeat | vector" over a "---|---" rule) is a
      // table in a code block too; nothing else there is.
      const printed = RULE.test(lines[i + 1]?.text ?? "")
        ? runOf(lines, raw, i, (l) => pipeCells(l.text), false)
        : null;
      if (printed?.rows.length) {
        out.push({ ...printed, spans: printed.spans.map((s) => ({ ...s, header: printed.headerSpan })), leadIn: "" });
        i = printed.lastLine;
      }
      continue;
    }
    const spaced = runOf(lines, raw, i, (_l, r) => spacedCells(r), true);
    // A flattened table starts a block: after a blank line or a lead-in ("Results:"), never mid-paragraph.
    const opensBlock = i === 0 || !lines[i - 1].text || lines[i - 1].text.endsWith(":");
    const table =
      runOf(lines, raw, i, (l) => pipeCells(l.text), false) ??
      (spaced && valuesRead(spaced.rows, looksLikeValue) ? spaced : null) ??
      (opensBlock ? (flattened(lines, i, looksLikeValue) ?? (isName ? spacedOut(lines, i, isName) : null)) : null) ??
      (isName ? spacedOut(lines, i, isName, 1) : null) ??
      (columns ? valueTailTable(lines, i, columns) : null);
    if (table && table.rows.length) {
      // Each row carries where its header is: a row quoted alone does not say which column is which.
      const spans = table.spans.map((s) => ({ ...s, header: table.headerSpan }));
      const caption = lastText.slice(0, 160);
      const legend = legendOf(lines, table.lastLine, caption);
      out.push({ ...table, spans, leadIn: lastText.endsWith(":") ? lastText : "", caption, legend });
      i = table.lastLine;
      lastText = "";
      continue;
    }
    lastText = t;
  }
  return out;
}
