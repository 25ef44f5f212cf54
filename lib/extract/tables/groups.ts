// Rows grouped under a technology: "| **BigCache** | Set | 329.5 |" then "| | Get | 356.5 |", or "| sharp | stream |
// …" then "| sharp | file | …". The rows under it with an empty first cell (or its name again) are the same
// technology's, and the column that tells a group's rows apart (Set / Get, stream / file, cold / warm) is a case
// of the row's figures, not a claim about the technology.
import { clean, snake, type techOf } from "./common";
import { looseQuantity } from "./cell-figure";
import { valueKind } from "./orientation";

type Tech = ReturnType<typeof techOf>;

export interface RowGroups {
  /** Each row's technology, carried down to the rows of its group. */
  down: Tech[];
  /** The column naming each row's case within its group, and the condition key it becomes. */
  caseColumn: number;
  caseKey: string;
  /** Other columns of short words that recur from group to group ("Return | Post"): more of each row's case. */
  moreCases: number[];
}

/** Runs of rows: a row naming a technology, then the rows under it whose first cell is empty or names it again. */
function groupsOf(rows: string[][], keep: boolean[], down: Tech[]): number[][] {
  const groups: number[][] = [];
  rows.forEach((r, ri) => {
    if (!keep[ri]) return;
    const current = groups[groups.length - 1];
    const head = current?.length ? down[current[0]] : null;
    const same = down[ri] ? down[ri]?.slug === head?.slug : !clean(r[0] ?? "");
    if (current && head && same) current.push(ri);
    else groups.push(down[ri] ? [ri] : []);
  });
  return groups.filter((g) => g.length > 0);
}

/** A column naming a product's variants: its tiers, classes, plans, editions, modes, flavours. */
const VARIANT_HEADER =
  /^(?:(?:storage|service|pricing|price|access)\s)?(?:tiers?|class(?:es)?|plans?|editions?|modes?|variants?|flavou?rs?|models?|engines?|types?|kinds?|sizes?|configurations?|configs?)$/i;

/**
 * The column past the first whose short text cells differ within each group and repeat from group to group (the
 * same cases measured for every technology) or, under a header naming variants ("Tier", "Class", "Plan"), tell
 * apart the rows of two groups or more (each technology's own variants), beside at least one column of figures; -1 when there is none.
 */
function caseColumnOf(header: string[], rows: string[][], groups: number[][]): number {
  for (let c = 1; c < header.length; c++) {
    const values = groups.map((g) => g.map((ri) => clean(rows[ri][c] ?? "").toLowerCase()));
    const short = values.flat().every((v) => v && valueKind(v) === "text" && v.split(/\s+/).length <= 3);
    const distinctWithin = values.every((v) => new Set(v).size === v.length);
    const shared = [...new Set(values.flat())].filter((v) => values.filter((vs) => vs.includes(v)).length >= 2);
    // "| AWS S3 | Glacier |" over "| AWS S3 | Glacier Deep Archive |", then two classes of Azure: each group's
    // own variants, told apart in two groups or more, are cases too.
    const told = values.filter((v) => v.length >= 2).length;
    const variants = told >= 2 && VARIANT_HEADER.test(clean(header[c]));
    if (short && distinctWithin && (shared.length >= 2 || variants)) return c;
  }
  return -1;
}

/** Every cell of column `c` is a few words, and some of them recur in two groups or more. */
function recurringWords(rows: string[][], groups: number[][], c: number): boolean {
  const values = groups.map((g) => g.map((ri) => clean(rows[ri][c] ?? "").toLowerCase()));
  const short = values.flat().every((v) => v && valueKind(v) === "text" && v.split(/\s+/).length <= 3);
  return short && values.flat().some((v) => values.filter((vs) => vs.includes(v)).length >= 2);
}

/** A figure, in a unit the vocabulary knows or not ("90 days", "12 ms"). */
const isFigure = (cell: string): boolean =>
  !["text", "empty"].includes(valueKind(cell)) || looseQuantity(clean(cell)) !== null;

/** The table's row groups, when a technology heads two or more rows told apart by a column whose cases recur. */
export function rowGroups(header: string[], rows: string[][], keep: boolean[], down: Tech[]): RowGroups | null {
  // Every run counts for telling cases apart ("sharp | file" and "gm | file" share a case), one of them at least
  // a group of two rows.
  const groups = groupsOf(rows, keep, down);
  if (groups.length < 2 || !groups.some((g) => g.length >= 2)) return null;
  const caseColumn = caseColumnOf(header, rows, groups);
  const figures = header.some(
    (_, c) => c > 0 && c !== caseColumn && groups.every((g) => g.every((ri) => isFigure(rows[ri][c] ?? ""))),
  );
  if (caseColumn < 0 || !figures) return null;
  const carried = [...down];
  for (const g of groups) for (const ri of g) carried[ri] = down[g[0]];
  const moreCases = header.map((_, c) => c).filter((c) => c > 0 && c !== caseColumn && recurringWords(rows, groups, c));
  return { down: carried, caseColumn, caseKey: snake(clean(header[caseColumn])) || "case", moreCases };
}
