// Rows grouped under a technology named once: "| **BigCache** | Set | 329.5 |" then "| | Get | 356.5 |". The
// rows under it with an empty first cell are the same technology's, and the column that tells a group's rows
// apart (Set / Get, read / write, cold / warm) is a case of the row's figures, not a claim about the technology.
import { clean, snake, type techOf } from "./common";
import { valueKind } from "./orientation";

type Tech = ReturnType<typeof techOf>;

export interface RowGroups {
  /** Each row's technology, carried down to the rows of its group. */
  down: Tech[];
  /** The column naming each row's case within its group, and the condition key it becomes. */
  caseColumn: number;
  caseKey: string;
}

/** Runs of rows: a row naming a technology, then the rows under it whose first cell is empty. */
function groupsOf(rows: string[][], keep: boolean[], down: Tech[]): number[][] {
  const groups: number[][] = [];
  rows.forEach((r, ri) => {
    if (!keep[ri]) return;
    if (down[ri]) groups.push([ri]);
    else if (!clean(r[0] ?? "") && groups.length) groups[groups.length - 1].push(ri);
    else groups.push([]);
  });
  return groups.filter((g) => g.length > 0);
}

/**
 * The column past the first whose short text cells differ within each group and repeat from group to group (the
 * same cases measured for every technology), beside at least one column of figures; -1 when there is none.
 */
function caseColumnOf(header: string[], rows: string[][], groups: number[][]): number {
  for (let c = 1; c < header.length; c++) {
    const values = groups.map((g) => g.map((ri) => clean(rows[ri][c] ?? "").toLowerCase()));
    const short = values.flat().every((v) => v && valueKind(v) === "text" && v.split(/\s+/).length <= 3);
    const distinctWithin = values.every((v) => new Set(v).size === v.length);
    const shared = values[0].filter((v) => values.filter((vs) => vs.includes(v)).length >= 2);
    if (short && distinctWithin && shared.length >= 2) return c;
  }
  return -1;
}

/** The table's row groups, when at least two technologies each head two or more rows told apart by one column. */
export function rowGroups(header: string[], rows: string[][], keep: boolean[], down: Tech[]): RowGroups | null {
  const groups = groupsOf(rows, keep, down).filter((g) => g.length >= 2);
  if (groups.length < 2 || groups.some((g) => !down[g[0]])) return null;
  const caseColumn = caseColumnOf(header, rows, groups);
  const figures = header.some(
    (_, c) =>
      c > 0 &&
      c !== caseColumn &&
      groups.every((g) => g.every((ri) => !["text", "empty"].includes(valueKind(rows[ri][c] ?? "")))),
  );
  if (caseColumn < 0 || !figures) return null;
  const carried = [...down];
  for (const g of groups) for (const ri of g) carried[ri] = down[g[0]];
  return { down: carried, caseColumn, caseKey: snake(clean(header[caseColumn])) || "case" };
}
