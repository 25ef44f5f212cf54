// A row that only names a case, every other cell empty ("| Array with 256 doubles | | | |"), heads the rows under
// it ("| encode | 22,082 | … |", "| decode | … |"): each of them measures that case. Read as part of their label
// ("encode (Array with 256 doubles)") so two "encode" rows of different cases stay two figures, and the heading
// row itself is no attribute with nothing in it.
import type { TechResolver } from "../technologies";
import type { Table } from "./shape";

const plain = (cell: string): string => cell.replace(/\*\*|__|`/g, "").trim();
const isGroupRow = (row: readonly string[]): boolean =>
  plain(row[0] ?? "") !== "" && row.length > 2 && row.slice(1).every((c) => plain(c) === "");

/**
 * The table with its case rows folded into the labels under them, when it has them: at least two case rows, the
 * others all rows of figures, and no label among them naming a technology (a row of things is not a case).
 */
export function withGroupRows(table: Table, resolver: TechResolver): Table {
  const groups = table.rows.filter(isGroupRow);
  if (groups.length < 2) return table;
  // Only a results table's: every other row holds figures (a row of marks the reader could not see, an icon or an
  // image, is empty too, and heads nothing).
  const valued = table.rows.filter((r) => !isGroupRow(r) && !r.every((c) => /^:?-{2,}:?$/.test(c.trim()) || !c.trim()));
  if (valued.length < groups.length || !valued.every((r) => r.slice(1).some((c) => /\d/.test(c)))) return table;
  if ([...groups, ...valued].some((r) => resolver.wholeName(plain(r[0] ?? "")))) return table;
  const rows: string[][] = [];
  const spans: Table["spans"] = [];
  let group = "";
  table.rows.forEach((row, i) => {
    if (isGroupRow(row)) {
      group = plain(row[0]);
      return;
    }
    rows.push(group && plain(row[0] ?? "") ? [`${plain(row[0])} (${group})`, ...row.slice(1)] : row);
    spans.push(table.spans[i]);
  });
  return { ...table, rows, spans };
}
