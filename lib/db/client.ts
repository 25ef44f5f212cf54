// The one PrismaClient of the process, built on the same driver adapter the CLI uses
// (prisma.config.ts). Both generated clients share the model API; the SQLite one is the type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { attachLeanReader, postgresLeanReader, sqliteLeanReader } from "./lean";
import { databaseUrl, providerOf, type Provider } from "./provider";

export type Db = SqliteClient;
/** What a callback of `db.$transaction(async (tx) => …)` receives. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * A client on `url`, with its lean reader for the hot public reads (./lean.ts): on PostgreSQL the
 * adapter's own pool (made here so both use it, and ended by the client's $disconnect), on SQLite a
 * read connection of its own. `lean: false` leaves it out (its reads go through $queryRaw: benchmarks).
 */
export function createClient(url: string = databaseUrl(), { lean = true }: { lean?: boolean } = {}): Db {
  if (providerOf(url) === "postgresql") {
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // The lean reader's named statements are planned for their values each time: after five runs
      // PostgreSQL may keep a generic plan, which cannot know how many claims a search or a
      // technology matches (an admin search then read and sorted all 18,517 matches: 470 ms against
      // 6 ms). Prisma's own statements are unnamed, planned per run anyway.
      options: "-c plan_cache_mode=force_custom_plan",
    });
    const client = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
    if (lean) attachLeanReader(client, postgresLeanReader(pool, client));
    return client;
  }
  const file = url.replace(/^file:/, "");
  // busy_timeout: concurrent writers wait for the lock instead of failing at once.
  const client = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 5000 }) });
  const reader = lean ? sqliteLeanReader(file) : null;
  if (reader) {
    attachLeanReader(client, reader);
    // Closing the client closes its read connection too (it reopens on the next read, as Prisma does).
    const disconnect = client.$disconnect.bind(client);
    client.$disconnect = () => (reader.close(), disconnect());
  }
  return client;
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
