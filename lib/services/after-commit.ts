// What happens after a write commits: public pages built from cached data are revalidated, so
// an editor's change shows on the public site within seconds instead of at the next timer.
import type { Db, Tx } from "@/lib/db/client";
import type { ResourceDef } from "@/lib/resources/define";

/** Resources whose changes can alter public pages. Revisions, users and memberships cannot. */
const PUBLIC_FACING = new Set(["claims", "articles", "citations", "contradictions", "technologies", "useCases", "verdicts", "decisions", "outcomeReviews"]);

export async function revalidatePublicPages(resource: string): Promise<void> {
  if (!PUBLIC_FACING.has(resource)) return;
  try {
    const { revalidatePath } = await import("next/cache");
    revalidatePath("/", "layout");
  } catch {
    // Outside a Next.js server (scripts, tests) there is no cache to revalidate.
  }
}

/**
 * A transaction for a write to `def`, followed by revalidation once it has committed. Given a
 * transaction client instead (a caller composing several writes), it joins that transaction.
 */
export async function transact<T>(db: Db | Tx, def: ResourceDef, fn: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  if (!("$transaction" in db)) return fn(db);
  const result = await db.$transaction(fn, { timeout: options?.timeout ?? 15_000 });
  await revalidatePublicPages(def.name);
  return result;
}
