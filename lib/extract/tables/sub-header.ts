// A second header line, under the first: the columns' units ("| Name | Ratio | C.speed | D.speed |" then
// "|  |  | MB/s | MB/s |", lzbench's tables) or the measures of grouped columns ("| Broker | Publish | | Consume | |"
// then "|  | msg/s | p99 ms | msg/s | p99 ms |"). Read as part of the header ("C.speed (MB/s)", "Publish p99 (ms)"),
// so the figures under it carry their unit and measure, and the line itself is no row of a compared thing.
import { cellQuantity } from "../quantities";
import type { Table } from "./shape";

const UNITS_LABEL = /^(?:units?|unit of measure)$/i;

const plain = (cell: string): string => cell.replace(/\*\*|__|`/g, "").trim();

/** The cell's text when it is nothing but a unit ("MB/s", "(ms)", "[ops/sec]"), else null. */
function unitText(cell: string): string | null {
  const text = plain(cell)
    .replace(/^[([](.{1,16})[)\]]$/, "$1")
    .trim();
  if (!text || text.length > 16 || /^\d/.test(text)) return null;
  const q = cellQuantity(`1 ${text}`);
  return q && q.unit && q.end === text.length + 2 ? text : null;
}

/** A short label naming a measure ("p99 ms", "throughput"): words, no figure of its own. */
const isMeasureLabel = (cell: string): boolean => {
  const text = plain(cell);
  return text.length <= 30 && /\p{L}/u.test(text) && !/^[~≈<>]?\d/.test(text) && cellQuantity(text) === null;
};

type SubCell = { unit: string } | { label: string } | null;

/**
 * Each column's part of the header when `row` (the table's first line under `header`) is a second header
 * line, else null: a line of units, or, under a header with grouped columns (a label over empty cells),
 * a measure for every grouped column.
 */
export function subHeaderOf(header: readonly string[], row: readonly string[] | undefined): SubCell[] | null {
  if (!row) return null;
  const first = plain(row[0] ?? "");
  if (first && !UNITS_LABEL.test(first)) return null;
  const cells = row.slice(1).map(plain);
  const units = cells.map(unitText);
  if (units.some(Boolean) && cells.every((c, i) => c === "" || units[i] !== null))
    return units.map((u) => (u ? { unit: u } : null));
  const grouped = header.slice(1).some((h) => plain(h) === "");
  const measures = header.slice(1).every((h, i) => plain(h) !== "" || isMeasureLabel(cells[i] ?? ""));
  if (!grouped || !measures || !cells.every((c) => c === "" || isMeasureLabel(c))) return null;
  return cells.map((c, i) => (units[i] ? { unit: units[i] } : c ? { label: c } : null));
}

/** The table with a second header line folded into its header; the table itself when it has none. */
export function withSubHeader(table: Table): Table {
  const sub = table.rows.length >= 2 ? subHeaderOf(table.header, table.rows[0]) : null;
  if (!sub) return table;
  let group = "";
  const header = table.header.map((h, i) => {
    if (i === 0) return h;
    // A grouped column's label stands over its first column only: the ones after it share it.
    group = plain(h) || group;
    const part = sub[i - 1];
    if (!part) return h;
    if ("unit" in part) return `${group} (${part.unit})`.trim();
    // "p99 ms": the measure, then its unit, written the way a one-line header would ("Enqueue p99 (ms)").
    const cut = part.label.lastIndexOf(" ");
    const unit = cut > 0 ? unitText(part.label.slice(cut + 1)) : null;
    return unit ? `${group} ${part.label.slice(0, cut).trim()} (${unit})`.trim() : `${group} ${part.label}`.trim();
  });
  return { ...table, header, rows: table.rows.slice(1), spans: table.spans.slice(1) };
}
