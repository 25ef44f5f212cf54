// The lean read path for the hottest public reads (the claim list of /api/v1): a SELECT written as
// Prisma.Sql, run as a prepared statement straight on the driver, without Prisma's client engine.
// Measured on an uncached /api/v1/claims?page=5, Prisma's per-query work (query compilation and
// interpretation, the adapter re-preparing the SQL every time, result mapping) cost more than the SQL
// itself; the lean path prepares each distinct statement once per connection and keeps it.
// - SQLite: one read connection of this process to the same file (WAL lets it read while Prisma's
//   connection writes; `query_only` makes it refuse any write). It reads committed data only, which
//   is what public reads want: Prisma's own connection would also see a transaction still open on it.
// - PostgreSQL: the adapter's own pool (createClient hands the same pg.Pool to PrismaPg), with named
//   prepared statements (each connection parses a statement once).
// Only for SELECTs a caller wrote for both databases; rows come back as the driver gives them
// (SQLite: dates and JSON as text; PostgreSQL: timestamps as Date, counts as text), so the caller
// normalises them as it does for $queryRaw. A client without a lean reader (a transaction client, an
// in-memory SQLite database) falls back to $queryRaw with the same SQL.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "@/lib/generated/sqlite/client";

export type LeanReader = { read(sql: Prisma.Sql): Promise<unknown[]>; close(): void };

/** Distinct statements kept per connection; beyond, the cache starts over (filters make a few dozen). */
const MAX_STATEMENTS = 256;

// On globalThis: the server (scripts/server.ts, loaded by tsx) and each bundle Next.js loads hold
// their own copies of this module but one client (getDb keeps it on globalThis). Kept per module, a
// reader attached by whichever copy made the client was unknown to the others, whose reads then went
// through $queryRaw: the production server's uncached API answers never took the lean path.
const shared = globalThis as unknown as { __svLeanReaders?: WeakMap<object, LeanReader> };
const readers = (shared.__svLeanReaders ??= new WeakMap<object, LeanReader>());

/** Gives `client` (a PrismaClient) its lean reader; createClient does, for each client it makes. */
export function attachLeanReader(client: object, reader: LeanReader): void {
  readers.set(client, reader);
}

interface RawQueryable {
  $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T>;
}

/** Runs a SELECT on `db`'s lean reader, or through $queryRaw where it has none. */
export async function leanQuery<T>(db: RawQueryable, sql: Prisma.Sql): Promise<T[]> {
  const reader = readers.get(db);
  return (reader ? reader.read(sql) : db.$queryRaw<unknown[]>(sql)) as Promise<T[]>;
}

/** Values as Prisma's adapters bind them (dates as stored by Prisma on each database). */
const sqliteArg = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().replace("Z", "+00:00")
    : typeof value === "boolean"
      ? value
        ? 1
        : 0
      : value;
const postgresArg = (value: unknown): unknown => (value instanceof Date ? value.toISOString().replace("Z", "") : value);

/** A read connection to the SQLite file `file`, opened on first use. */
export function sqliteLeanReader(file: string): LeanReader | null {
  // A second connection to an in-memory database would see another, empty database.
  if (file === ":memory:" || file === "" || file.startsWith("file::memory:")) return null;
  let connection: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  const open = (): Database.Database => {
    const opened = new Database(file, { timeout: 5000, fileMustExist: true });
    opened.pragma("query_only = ON");
    return opened;
  };
  return {
    async read(sql) {
      connection ??= open();
      let statement = statements.get(sql.sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = connection.prepare(sql.sql);
        statements.set(sql.sql, statement);
      }
      return statement.all(...sql.values.map(sqliteArg));
    },
    close() {
      statements.clear();
      connection?.close();
      connection = null;
    },
  };
}

// Prisma keeps timestamps as `timestamp(3)` without time zone, in UTC; node-postgres would read
// them as local time.
const UTC_TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === UTC_TIMESTAMP
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

const statementName = (text: string): string => `lean_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;

/** Reads through `pool` (the adapter's); once the pool is ended (the client disconnected), through Prisma again. */
export function postgresLeanReader(pool: pg.Pool, fallback: RawQueryable): LeanReader {
  const names = new Map<string, string>();
  return {
    async read(sql) {
      if (pool.ended || pool.ending) return fallback.$queryRaw<unknown[]>(sql);
      let name = names.get(sql.text);
      if (!name) {
        if (names.size >= MAX_STATEMENTS) names.clear();
        names.set(sql.text, (name = statementName(sql.text)));
      }
      const result = await pool.query({ name, text: sql.text, values: sql.values.map(postgresArg), types });
      return result.rows;
    },
    close() {
      names.clear();
    },
  };
}
