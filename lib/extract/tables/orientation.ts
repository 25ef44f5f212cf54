// Which way round a table is, read from its content and not from its header words. A column holding one
// kind of value (all durations, all marks) beside rows of mixed kinds (a duration, then a size) says each
// column is an attribute and each row a compared thing; the reverse says the compared things run across the
// header. When the values do not tell (marks everywhere, descriptions everywhere), the axis whose cells are
// all names beside one holding phrases, or whose names recur in the rest of the document, holds them.
import { cellQuantity } from "../quantities";
import type { TechResolver } from "../technologies";
import { techOf, VERSION } from "./common";

/** What a cell holds, as far as the table's shape is concerned. */
export type ValueKind = "empty" | "mark" | "year" | "version" | "number" | "text" | `unit:${string}`;

// Support marks and their words: check marks, crosses, traffic-light and square emoji, yes/no/partial.
const MARK =
  /^(?:✅|✔️?|✓|☑️?|❌|✖️?|✗|✘|⚠️?|⛔|🚫|🛑|🔶|🟢|🔴|🟡|🟠|🟧|🟨|🟩|🟥|◐|●|○|➖|yes|no|y|n|y\*|n\*|~|partial(?:ly)?|limited|none|full|native|built[- ]in|supported|unsupported|n\/a|-|—|–)$/iu;
// A footnote after a mark ("🟧 (2)", "✅*", "✔¹") belongs to the mark.
const FOOTNOTE = /\s?(?:\(\d{1,2}\)|\[\d{1,2}\]|[*†‡¹²³⁴⁵])$/u;
const YEAR = /^(?:19[89]\d|20\d\d)$/;
const NUMBER = /^[~≈<>]?\d[\d,]{0,12}(?:\.\d{1,6})?\+?$/;

const plain = (cell: string): string =>
  cell
    .replace(/\*\*|__|`/g, "")
    .replace(/\ufe0f/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The kind of value a cell holds: a mark, a year, a version, a bare number, a quantity of one dimension, or text. */
export function valueKind(cell: string): ValueKind {
  const t = plain(cell);
  if (!t) return "empty";
  const bare = t.replace(FOOTNOTE, "").trim();
  if (MARK.test(bare) || /^(?:✅|✔|✓|❌|✗|✘|🟢|🔴|🟡|🟧|🔶|🛑|⛔|🚫)\s?\p{L}/u.test(bare)) return "mark";
  if (YEAR.test(bare)) return "year";
  const version = t.length <= 24 ? VERSION.exec(t) : null;
  if (version && version.index === 0 && version[0].length === t.length) return "version";
  if (NUMBER.test(bare)) return "number";
  const q = t.length <= 60 ? cellQuantity(t) : null;
  if (q) return q.unit ? `unit:${q.dimension ?? q.unit.toLowerCase()}` : "number";
  return "text";
}

// "N/A", "-", "—": no value at all, in a column of figures as in one of marks; never the kind that breaks a line.
const MISSING = /^(?:n\/a|-|—|–)$/i;

/** One kind of value along a line of cells (at least two filled): the line is one attribute's values. */
function uniform(kinds: ValueKind[]): boolean | null {
  const filled = kinds.filter((k) => k !== "empty");
  if (filled.length < 2) return null;
  return filled.every((k) => k === filled[0]);
}

/** The share of lines (of those that can tell) whose values are of one kind. */
function uniformShare(lines: ValueKind[][]): number | null {
  const told = lines.map(uniform).filter((u): u is boolean => u !== null);
  return told.length ? told.filter(Boolean).length / told.length : null;
}

/**
 * "down": each column holds one kind of value and the rows mix them (technologies down the first column);
 * "across": the reverse (technologies across the header); null when the values do not tell, as when every
 * cell is a mark or every cell a description. `body` is the value cells, the label column left out.
 */
export function axisByContent(body: string[][]): "down" | "across" | null {
  const kinds = body.map((r) => r.map((c) => (MISSING.test(plain(c)) ? "empty" : valueKind(c))));
  const width = Math.max(0, ...kinds.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => kinds.map((r) => r[i] ?? "empty"));
  const rowShare = uniformShare(kinds);
  const columnShare = uniformShare(columns);
  if (rowShare === null || columnShare === null) return null;
  // Only measured values say which way round: marks and descriptions look alike in both directions.
  const measured = kinds.flat().filter((k) => k.startsWith("unit:") || k === "number").length;
  if (measured * 2 < kinds.flat().filter((k) => k !== "empty").length) return null;
  if (columnShare >= 0.75 && rowShare <= 0.5) return "down";
  if (rowShare >= 0.75 && columnShare <= 0.5) return "across";
  return null;
}

/**
 * The column (past the first) whose cells name the compared things, when the first does not: a rank or a
 * use case may come first ("Rank | Library | Ops/sec"). At least two different names, in at least half
 * of the rows, and the only such column. -1 when there is none.
 */
export function nameColumn(rows: string[][], isName: (cell: string) => boolean): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const found: number[] = [];
  for (let i = 1; i < width; i++) {
    const cells = rows.map((r) => r[i] ?? "").filter((c) => c.trim());
    const named = cells.filter(isName);
    if (named.length >= 2 && named.length * 2 >= rows.length && new Set(named).size === named.length) found.push(i);
  }
  return found.length === 1 ? found[0] : -1;
}

/** The table with column `at` moved to the front: its cells become the row labels. */
export function withColumnFirst<T>(row: T[], at: number): T[] {
  return at <= 0 || at >= row.length ? row : [row[at], ...row.slice(0, at), ...row.slice(at + 1)];
}

export interface AxisNames {
  /** The header's cells past the corner that are names (null where a cell is not). */
  header: Array<string | null>;
  /** The first column's cells below the header that are names. */
  column: Array<string | null>;
}

/** At least half the filled value cells are support marks or figures: a feature matrix or a results table. */
function mostlyValues(values: string[][]): boolean {
  const kinds = values
    .flat()
    .map(valueKind)
    .filter((k) => k !== "empty");
  const valued = kinds.filter((k) => k === "mark" || k === "number" || k.startsWith("unit:"));
  return kinds.length >= 2 && valued.length * 2 >= kinds.length;
}

const allNamed = (cells: Array<string | null>): boolean => cells.length >= 2 && cells.every(Boolean);
const mostlyNamed = (cells: Array<string | null>): boolean => {
  const unnamed = cells.filter((c) => !c).length;
  return unnamed === 0 ? allNamed(cells) : cells.length - unnamed >= 3 && unnamed <= Math.max(1, cells.length / 5);
};

/**
 * Which axis holds the compared things when the values cannot tell: the one whose every cell is a name while
 * the other's are not all names; when both or neither are, the one whose names recur in the rest of the
 * document more (`recurs`), with at least two recurring.
 */
export function axisByNames(names: AxisNames, recurs: (name: string) => boolean): "down" | "across" | null {
  const acrossAll = allNamed(names.header);
  const downAll = allNamed(names.column);
  if (acrossAll && !downAll) return "across";
  if (downAll && !acrossAll) return "down";
  const count = (cells: Array<string | null>) => cells.filter((c) => c && recurs(c)).length;
  const across = count(names.header);
  const down = count(names.column);
  if (across >= 2 && across > down && across * 2 >= names.header.length) return "across";
  if (down >= 2 && down > across && down * 2 >= names.column.length) return "down";
  return null;
}

/**
 * The compared things of a table (its first row the header) that nothing else named, by its shape alone: the
 * names down the first column (unless `rowsAreCases`: its heading, "Operation", "Scenario", says its cells are
 * cases of one test), or down the one column of names, when the values say the rows are the compared things; the header's names when they say the columns are; otherwise the axis `axisByNames` picks.
 */
export function comparedNames(
  rows: string[][],
  nameOf: (cell: string) => string | null,
  recurs: (name: string) => boolean,
  rowsAreCases = false,
): string[] {
  const [header, ...body] = rows;
  if (!header || !body.length) return [];
  const names: AxisNames = { header: header.slice(1).map(nameOf), column: body.map((r) => nameOf(r[0] ?? "")) };
  const values = body.map((r) => r.slice(1));
  // A lower-case word ("speed", "size") is a package's name only where the document uses it again or the
  // values are measured in units: beside bare numbers and words it is as likely an attribute.
  const measured = values.flat().some((v) => valueKind(v).startsWith("unit:"));
  const plausible = (n: string | null) => (n && (/\p{Lu}/u.test(n) || measured || recurs(n)) ? n : null);
  const content = axisByContent(values);
  // Names alone decide only over a matrix of marks or figures: over descriptions, "Library | Reason" are column words.
  const axis = content ?? (mostlyValues(values) ? axisByNames(names, recurs) : null);
  if (axis === "across") return allNamed(names.header) ? (names.header as string[]) : [];
  if (axis !== "down") return recurringColumn(body, nameOf, recurs);
  // A corner such as "Operation" or "Scenario" says the first column lists cases of one test, not things. One
  // row (one in five of many) may be a reference that names nothing ("RAM sequential read") among three things.
  if (!rowsAreCases && mostlyNamed(names.column.map(plausible))) return names.column.filter(Boolean) as string[];
  // "Rank | Library | Ops/sec": the rows are things, named in a later column.
  const at = content ? nameColumn(body, (c) => nameOf(c) !== null) : -1;
  const column = at > 0 ? body.map((r) => plausible(nameOf(r[at] ?? ""))) : [];
  return allNamed(column) ? (column as string[]) : [];
}

/**
 * Over descriptions the values cannot tell: the one column whose every cell is a name that the document also
 * uses elsewhere ("Use case | Tool | Reason" under prose naming each tool) holds the compared things.
 */
function recurringColumn(
  body: string[][],
  nameOf: (cell: string) => string | null,
  recurs: (name: string) => boolean,
): string[] {
  const width = Math.max(0, ...body.map((r) => r.length));
  const columns: string[][] = [];
  for (let i = 0; i < width && body.length >= 2; i++) {
    const names = body.map((r) => nameOf(r[i] ?? ""));
    if (names.every((n) => n && recurs(n)) && new Set(names).size === names.length) columns.push(names as string[]);
  }
  return columns.length === 1 ? columns[0] : [];
}

/**
 * The column past the first whose cells are the compared technologies, when neither the header nor the first
 * column names any: at least two, in at least half the rows. -1 when there is none. A first column of labels
 * that only some rows' names show through ("go*", "c:clang*" beside "Language: Go, C") gives way to a later
 * column naming a technology in more rows, the same language in several rows (one per runtime) included.
 */
export function keyColumn(header: string[], rows: string[][], keep: boolean[], resolver: TechResolver): number {
  if (header.slice(1).some((h) => techOf(h, resolver))) return -1;
  const kept = rows.filter((_, ri) => keep[ri]);
  const named = (i: number) => kept.filter((r) => techOf(r[i] ?? "", resolver)).length;
  const first = named(0);
  // Only over figures it can read (cells with their units): bare numbers under "Timing" would leave only the
  // table's text columns to read, as features of each row.
  const measured = kept.some((r) => r.some((c) => valueKind(c).startsWith("unit:")));
  const fuller = measured ? fullerColumn(header, kept.length, named, first) : -1;
  return fuller > 0 || first ? fuller : nameColumn(kept, (c) => techOf(c, resolver) !== null);
}

/** The first column past the first naming a technology in the most rows (three in four at least), more than it. */
function fullerColumn(header: string[], rows: number, named: (i: number) => number, first: number): number {
  if (rows < 3) return -1;
  let best = -1;
  let most = first;
  for (let i = 1; i < header.length; i++) {
    const n = named(i);
    if (n > most && n * 4 >= rows * 3) [best, most] = [i, n];
  }
  return best;
}
