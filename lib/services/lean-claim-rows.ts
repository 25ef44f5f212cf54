// A page of claims read on the lean path (lib/db/lean: a prepared statement on the driver, no Prisma
// query compilation), each row typed exactly as Prisma's findMany gives it, so records look the same
// on every path. Used by the admin lists (./list-sql.ts picks the ids, ./list.ts assembles the page).
import type { Db, Tx } from "@/lib/db/client";
import { leanQuery } from "@/lib/db/lean";
import type { Provider } from "@/lib/db/provider";
import { Prisma } from "@/lib/generated/sqlite/client";

/** How a claim column comes back from the lean reader: as Prisma gives it, or as stored text. */
type ColumnShape = "plain" | "date" | "json";

/** Every column of Claim (a new column fails to compile until it is listed here). */
const CLAIM_COLUMNS: Record<Prisma.ClaimScalarFieldEnum, ColumnShape> = {
  id: "plain",
  slug: "plain",
  statement: "plain",
  normalized: "plain",
  kind: "plain",
  topic: "plain",
  metric: "plain",
  value: "plain",
  unit: "plain",
  conditions: "json",
  status: "plain",
  rating: "plain",
  ratingExplanation: "plain",
  editorWeight: "plain",
  directions: "json",
  reviewerId: "plain",
  reviewedAt: "date",
  mergedIntoId: "plain",
  createdAt: "date",
  updatedAt: "date",
  version: "plain",
  deletedAt: "date",
};

/** The time Prisma writes into a SQLite DateTime column ("2026-05-23T03:19:48.305+00:00"). */
const PRISMA_SQLITE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/** A date as Prisma reads it, or undefined when the stored value is in a shape only Prisma should read. */
function leanDate(value: unknown): Date | null | undefined {
  if (value === null || value instanceof Date) return value;
  return typeof value === "string" && PRISMA_SQLITE_TIME.test(value) ? new Date(value) : undefined;
}

/** JSON as Prisma reads it: SQLite keeps the text, PostgreSQL's driver parses jsonb itself. */
const leanJson = (value: unknown, provider: Provider): unknown =>
  provider === "sqlite" && typeof value === "string" ? JSON.parse(value) : value;

/**
 * The claims of one list page read on the lean path, each as Prisma's findMany gives it (without
 * relations), or null when a stored value is in a shape only Prisma should interpret (a date written
 * by hand in another format): then the caller asks Prisma. Prisma's findMany of 25 claims cost ~3.5
 * ms of query compilation and mapping per page; this read ~0.2 ms.
 */
export async function leanClaimRows(
  db: Db | Tx,
  provider: Provider,
  ids: string[],
): Promise<Record<string, unknown>[] | null> {
  if (!ids.length) return [];
  const columns = Object.entries(CLAIM_COLUMNS) as Array<[string, ColumnShape]>;
  const rows = await leanQuery<Record<string, unknown>>(
    db,
    Prisma.sql`SELECT ${Prisma.raw(columns.map(([name]) => `"${name}"`).join(", "))} FROM "Claim" WHERE "id" IN (${Prisma.join(ids)})`,
  );
  const read: Record<string, unknown>[] = [];
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    for (const [name, shape] of columns) {
      const value = row[name];
      if (shape === "date") {
        const date = leanDate(value);
        if (date === undefined) return null;
        record[name] = date;
      } else record[name] = shape === "json" ? leanJson(value, provider) : value;
    }
    read.push(record);
  }
  return read;
}
