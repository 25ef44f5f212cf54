// A write's transaction and what follows its commit. The transaction ends by recording its commit
// event (lib/events: one row, and pg_notify on PostgreSQL, both inside the transaction); once it has
// committed, the event is published to the subscribers (public caches, verdict flags, the resource's
// declared hooks: lib/events/subscribers.ts), which this module does not know.
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { fromDatabaseError } from "@/lib/errors/database";
import { closeCommit, openCommit, publishCommitted } from "@/lib/events";
import type { ResourceDef } from "@/lib/resources/define";

/**
 * Lock contention between writers: SQLite's busy/upgrade deadlock (surfacing as P1008), PostgreSQL
 * deadlocks and serialization failures (P2034). Retrying the whole transaction is safe because
 * each attempt re-reads what it checks.
 */
export function isTransientWriteError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === "P1008" ||
    e?.code === "P2034" ||
    /database is locked|SQLITE_BUSY|deadlock detected|could not serialize/i.test(e?.message ?? "")
  );
}

const MAX_ATTEMPTS = 6;
/**
 * Retries stop once this much time has gone by: a lock that outlasts SQLite's 5 s busy timeout
 * is an outage (a stuck process, a backup holding the file), and the user should hear so now,
 * as a 503, rather than after six busy timeouts in a row.
 */
const RETRY_BUDGET_MS = 4_000;

/**
 * A transaction for a write to `def`, ending with its commit event, which is published once the
 * transaction has committed. Given a transaction client instead (a caller composing several writes),
 * it joins that transaction: the changes become part of the caller's event.
 * `retryOnConflict`: for writes the client did not pin to a version (bulk actions), a version
 * race with another writer is retried rather than reported. `actor`: who writes, handed to the
 * subscribers.
 */
export async function transact<T>(
  db: Db | Tx,
  def: ResourceDef,
  fn: (tx: Tx) => Promise<T>,
  options: { timeout?: number; retryOnConflict?: boolean; actor?: Actor | null } = {},
): Promise<T> {
  if (!("$transaction" in db)) return fn(db);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const { result, event } = await db.$transaction(
        async (tx) => {
          openCommit(tx);
          const value = await fn(tx);
          return { result: value, event: await closeCommit(tx, def, value) };
        },
        { timeout: options.timeout ?? 15_000, maxWait: 10_000 },
      );
      await publishCommitted(event, { db, def, result, actor: options.actor ?? null });
      return result;
    } catch (error) {
      const retry = isTransientWriteError(error) || (options.retryOnConflict && error instanceof Conflict);
      if (!retry || attempt >= MAX_ATTEMPTS || Date.now() - started > RETRY_BUDGET_MS)
        throw fromDatabaseError(error) ?? error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
