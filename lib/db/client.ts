// The one PrismaClient of the process, built on the same driver adapter the CLI uses
// (prisma.config.ts). Both generated clients share the model API; the SQLite one is the type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { databaseUrl, providerOf, type Provider } from "./provider";

export type Db = SqliteClient;
/** What a callback of `db.$transaction(async (tx) => …)` receives. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createClient(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // busy_timeout: concurrent writers wait for the lock instead of failing at once.
  const adapter = new PrismaBetterSQLite3({ url: url.replace(/^file:/, ""), timeout: 5000 });
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { __svDb?: Db; __svDbUrl?: string };

/** The shared client (one per process; survives Next's dev-mode module reloads). */
export function getDb(): Db {
  const url = databaseUrl();
  if (!globalForDb.__svDb || globalForDb.__svDbUrl !== url) {
    // A new database (tests switch between files): release the old connection first.
    void globalForDb.__svDb?.$disconnect();
    globalForDb.__svDb = createClient(url);
    globalForDb.__svDbUrl = url;
  }
  return globalForDb.__svDb;
}

export function currentProvider(): Provider {
  return providerOf(databaseUrl());
}

/** Case-insensitive `contains`: SQLite's LIKE already folds ASCII case; PostgreSQL needs `mode`. */
export function containsInsensitive(value: string): { contains: string } {
  return currentProvider() === "postgresql"
    ? ({ contains: value, mode: "insensitive" } as { contains: string })
    : { contains: value };
}

/**
 * The provider a given client talks to (tests and scripts hold clients of both at once, whatever
 * DATABASE_URL says). Prisma keeps it on the client; transaction clients forward to it.
 */
export function providerOfClient(db: Db | Tx): Provider {
  const active = (db as unknown as { _activeProvider?: string })._activeProvider;
  return active === "postgresql" || active === "sqlite" ? active : currentProvider();
}
