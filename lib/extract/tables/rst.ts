// reStructuredText's simple tables: a border of "=" groups above and below the header and at the end, each group
// a column; a row's cells are the text under each group (the last column runs to the end of the line), so a
// cell may hold single spaces ("Boost Format 1.80") that a split on runs of spaces would cut.
import type { Line, Table } from "./shape";

const BORDER = /^=+(?: +=+)+$/;
const MAX_ROWS = 500;

/** Where each column starts and ends in the border's raw line. */
function columnsOf(border: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of border.matchAll(/=+/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The row's cells under the border's columns; the last one runs to the line's end. */
function cellsUnder(line: string, columns: Array<[number, number]>): string[] {
  return columns.map(([from], k) => line.slice(from, k + 1 < columns.length ? columns[k + 1][0] : undefined).trim());
}

/**
 * A simple table starting at line i: border, header, border, rows, border; or, where the top border was lost
 * (a markdown reader takes a line of "=" for markup), header, border, rows, border. Null for anything else.
 */
export function rstSimpleTable(lines: Line[], raw: string[], i: number): Table | null {
  const bordered = BORDER.test(lines[i].text);
  const at = bordered ? i + 1 : i;
  if (!lines[at]?.text || BORDER.test(lines[at].text) || !BORDER.test(lines[at + 1]?.text ?? "")) return null;
  const columns = columnsOf(raw[at + 1]);
  const header = cellsUnder(raw[at], columns);
  const rows: string[][] = [];
  const spans: Table["spans"] = [];
  let j = at + 2;
  for (; j < lines.length && lines[j].text && !BORDER.test(lines[j].text) && rows.length < MAX_ROWS; j++) {
    rows.push(cellsUnder(raw[j], columns));
    spans.push({ text: lines[j].text, start: lines[j].start, end: lines[j].start + lines[j].text.length });
  }
  if (!rows.length || !BORDER.test(lines[j]?.text ?? "")) return null;
  const head = lines[at];
  return {
    header,
    rows,
    spans,
    headerSpan: { start: head.start, end: head.start + head.text.length },
    firstLine: i,
    lastLine: j,
    leadIn: "",
  };
}
