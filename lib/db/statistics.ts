// Planner statistics. SQLite plans without any until ANALYZE has run (sqlite_stat1 empty), and then
// guesses that every index is as selective as any other: a list filtered by technology may walk
// the whole updatedAt index instead of the join table. PostgreSQL's autovacuum analyzes by itself
// (after ~10% of a table changed), but not right after a migration or a bulk import of new rows;
// nor does it vacuum them at once, and index-only scans need the vacuum's visibility map.
import type { Db, Tx } from "./client";
import { providerOf, type Provider } from "./provider";

/**
 * Refreshes the query planner's statistics after a migration or a bulk import. On SQLite,
 * `analysis_limit` makes ANALYZE sample each index (≈ a few hundred rows) instead of reading all
 * of it, so this stays in the milliseconds at 100,000 claims; `PRAGMA optimize` then has a base
 * to keep up to date on its own.
 */
export async function refreshStatistics(db: Db | Tx, provider: Provider): Promise<void> {
  if (provider === "postgresql") {
    // VACUUM as well: rows written in bulk are not marked all-visible until a vacuum, so until
    // autovacuum gets to them every "index-only" read of a list page also visits the table.
    await db.$executeRawUnsafe("VACUUM (ANALYZE)");
    return;
  }
  await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
  await db.$executeRawUnsafe("ANALYZE");
}

/** The same for a database given by URL (scripts/migrate.ts, which has no client yet). */
export async function refreshStatisticsAt(url: string, open: (url: string) => Db): Promise<void> {
  const db = open(url);
  try {
    await refreshStatistics(db, providerOf(url));
  } finally {
    await db.$disconnect();
  }
}

/**
 * Cheap upkeep after a smaller import on SQLite: `PRAGMA optimize` re-analyzes only the tables
 * whose row counts moved enough to change a plan. PostgreSQL's autovacuum does this itself.
 */
export async function optimizeStatistics(db: Db | Tx, provider: Provider): Promise<void> {
  if (provider === "sqlite") await db.$queryRawUnsafe("PRAGMA optimize");
}
