// A second header line that gives the columns' units: "| Name | Ratio | C.speed | D.speed |" then
// "|      |       |  MB/s   |  MB/s   |" (lzbench's tables, many benchmark READMEs). Read as part of
// the header ("C.speed (MB/s)"), so the bare numbers under it carry their unit and the line itself is
// no row of a technology.
import { cellQuantity } from "../quantities";
import type { Table } from "./shape";

const UNITS_LABEL = /^(?:units?|unit of measure)$/i;

/** The cell's text when it is nothing but a unit ("MB/s", "(ms)", "[ops/sec]"), else null. */
function unitText(cell: string): string | null {
  const text = cell
    .replace(/\*\*|__|`/g, "")
    .trim()
    .replace(/^[([](.{1,16})[)\]]$/, "$1")
    .trim();
  if (!text || text.length > 16 || /^\d/.test(text)) return null;
  const q = cellQuantity(`1 ${text}`);
  return q && q.unit && q.end === text.length + 2 ? text : null;
}

/** Each column's unit when `row` (a table's first line under its header) is a units line, else null. */
export function unitsOfRow(row: readonly string[] | undefined): Array<string | null> | null {
  if (!row) return null;
  const label = row[0]?.replace(/\*\*|__/g, "").trim() ?? "";
  if (label && !UNITS_LABEL.test(label)) return null;
  const cells = row.slice(1).map((c) => c.trim());
  const units = cells.map(unitText);
  return units.some(Boolean) && cells.every((c, i) => c === "" || units[i] !== null) ? units : null;
}

/** The table with a units line under its header folded into the header; the table itself when it has none. */
export function withUnitRow(table: Table): Table {
  const units = table.rows.length >= 2 ? unitsOfRow(table.rows[0]) : null;
  if (!units) return table;
  const header = table.header.map((h, i) => {
    const unit = i > 0 ? units[i - 1] : null;
    return unit ? `${h.trim()} (${unit})`.trim() : h;
  });
  return { ...table, header, rows: table.rows.slice(1), spans: table.spans.slice(1) };
}
