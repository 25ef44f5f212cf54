// What happens after a write commits: public pages built from cached data are revalidated, so
// an editor's change shows on the public site within seconds instead of at the next timer.
// A static import: a dynamic import() got its own copy of Next's request context and never saw it.
import { revalidatePath } from "next/cache";
import { invalidatePublicApiCache } from "@/lib/api/cache";
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { Conflict } from "@/lib/errors";
import { fromDatabaseError } from "@/lib/errors/database";
import type { ResourceDef } from "@/lib/resources/define";
import { reviewDependentVerdicts } from "@/lib/verdicts/editorial/flag";

/** Resources whose changes can alter public pages. Revisions, users and memberships cannot. */
const PUBLIC_FACING = new Set(["claims", "articles", "citations", "contradictions", "technologies", "useCases", "verdicts", "decisions", "outcomeReviews"]);

export async function revalidatePublicPages(resource: string): Promise<void> {
  if (!PUBLIC_FACING.has(resource)) return;
  // The public API's in-memory answers (lib/api/cache) are cleared in every process context.
  invalidatePublicApiCache();
  try {
    revalidatePath("/", "layout");
  } catch (error) {
    // Outside a Next.js request (scripts, tests) there is no cache to revalidate; inside one, a
    // failure means visitors would see stale pages, so it is logged.
    if (process.env.NEXT_RUNTIME) console.error("Revalidating public pages failed", error);
  }
}

/**
 * Evidence changed: published verdicts whose engine result moved significantly are flagged for
 * review (lib/verdicts/editorial/flag.ts). The write has committed; a failure here is logged,
 * not reported as a failed write.
 */
async function flagShiftedVerdicts(db: Db, resource: string, result: unknown): Promise<void> {
  try {
    await reviewDependentVerdicts(db, resource, result);
  } catch (error) {
    console.error("Flagging verdicts for review failed", error);
  }
}

/** The resource's declared after-commit hooks (ResourceDef.afterCommit), each on its own: one failing does not stop the next. */
async function runAfterCommitHooks(db: Db, def: ResourceDef, result: unknown, actor: Actor | null): Promise<void> {
  for (const hook of def.afterCommit ?? []) {
    try {
      await hook({ db, resource: def.name, result, actor });
    } catch (error) {
      console.error(`After-commit hook of ${def.name} failed`, error);
    }
  }
}

/**
 * Lock contention between writers: SQLite's busy/upgrade deadlock (surfacing as P1008), PostgreSQL
 * deadlocks and serialization failures (P2034). Retrying the whole transaction is safe because
 * each attempt re-reads what it checks.
 */
export function isTransientWriteError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "P1008" || e?.code === "P2034" || /database is locked|SQLITE_BUSY|deadlock detected|could not serialize/i.test(e?.message ?? "");
}

const MAX_ATTEMPTS = 6;
/**
 * Retries stop once this much time has gone by: a lock that outlasts SQLite's 5 s busy timeout
 * is an outage (a stuck process, a backup holding the file), and the user should hear so now,
 * as a 503, rather than after six busy timeouts in a row.
 */
const RETRY_BUDGET_MS = 4_000;

/**
 * A transaction for a write to `def`, followed by revalidation once it has committed. Given a
 * transaction client instead (a caller composing several writes), it joins that transaction.
 * `retryOnConflict`: for writes the client did not pin to a version (bulk actions), a version
 * race with another writer is retried rather than reported. `actor`: who writes, handed to the
 * resource's after-commit hooks.
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
      const result = await db.$transaction(fn, { timeout: options.timeout ?? 15_000, maxWait: 10_000 });
      await revalidatePublicPages(def.name);
      await flagShiftedVerdicts(db, def.name, result);
      await runAfterCommitHooks(db, def, result, options.actor ?? null);
      return result;
    } catch (error) {
      const retry = isTransientWriteError(error) || (options.retryOnConflict && error instanceof Conflict);
      if (!retry || attempt >= MAX_ATTEMPTS || Date.now() - started > RETRY_BUDGET_MS) throw fromDatabaseError(error) ?? error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
