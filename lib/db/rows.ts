// Multi-row INSERTs for bulk writes (the importer, batched revisions). Each Prisma call costs a
// query-compiler pass over all of its arguments (measured ~4x a raw insert for a document's 21
// revisions), so bulk rows go in as one parameterized statement per chunk instead.
// Rows are complete records (every column; callers type them with the generated model types, so a
// new column fails to compile until it is supplied): the caller knows exactly what was stored and can
// snapshot it for its revision without reading it back.
// The same SQL runs on SQLite and PostgreSQL: parameters are sent untyped, so PostgreSQL casts each
// one to its column's type (enum, jsonb, timestamp); Json columns are given as JSON text.
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Tx } from "./client";

export type BulkTable = "Article" | "Claim" | "Citation" | "Contradiction" | "Revision" | "Technology";

/** Below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;

type Cell = string | number | boolean | Date | null;

function cell(value: unknown, json: boolean, column: string): Cell {
  if (json) return JSON.stringify(value ?? null);
  if (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  throw new TypeError(
    `insertRows: column "${column}" holds a ${typeof value}; declare it as a Json column or convert it first.`,
  );
}

/**
 * Inserts complete rows into `table`, in as few statements as the parameter limit allows. Every row
 * must have the same columns (the first row's keys); `jsonColumns` are stored as JSON text.
 */
export async function insertRows<T extends object>(
  tx: Tx,
  table: BulkTable,
  rows: readonly T[],
  jsonColumns: ReadonlyArray<keyof T & string> = [],
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]) as Array<keyof T & string>;
  const json = new Set<string>(jsonColumns);
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let from = 0; from < rows.length; from += perStatement) {
    const values = rows.slice(from, from + perStatement).map((row) => {
      const record = row as Record<string, unknown>;
      if (Object.keys(record).length !== columns.length)
        throw new TypeError(`insertRows: every "${table}" row needs the same ${columns.length} columns.`);
      return Prisma.sql`(${Prisma.join(
        columns.map((c) => {
          if (!(c in record)) throw new TypeError(`insertRows: a "${table}" row has no "${c}".`);
          return cell(record[c], json.has(c), c);
        }),
      )})`;
    });
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}
