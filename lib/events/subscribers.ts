// Who listens to commit events: the one place a reader learns what follows a save. In order:
// 1. public caches, in every process: the cached pages, page data and API answers that show what the
//    write touched are dropped (lib/cache, whose header says why an edit shows up on the site), and
//    in the writer Next's router cache is revalidated;
// 2. verdict flags, once, in the writer: published verdicts whose evidence shifted are flagged for review;
// 3. the resource's own declared hooks (ResourceDef.afterCommit), once, in the writer.
// A static import of next/cache: a dynamic import() got its own copy of Next's request context and never saw it.
import { revalidatePath } from "next/cache";
import { invalidateForEvent } from "@/lib/cache";
import { setFreshnessCheck } from "@/lib/cache/tags";
import { getDb } from "@/lib/db/client";
import { reviewDependentVerdicts } from "@/lib/editorial/flag";
import { onFeedLook, subscribe, type CommitEvent, type LocalCommit } from "./bus";

async function dropPublicCaches(event: CommitEvent, local: LocalCommit | null): Promise<void> {
  // A resync (the feed may have missed events) is not public-facing by itself: it drops everything.
  if (!event.publicFacing && event.action !== "RESYNC") return;
  await invalidateForEvent(event, local?.db ?? getDb());
  // Only the writer is inside the request that wrote; elsewhere there is no request context to revalidate.
  if (!local) return;
  try {
    revalidatePath("/", "layout");
  } catch (error) {
    // Outside a Next.js request (scripts, tests) there is no cache to revalidate; inside one, a
    // failure means visitors would see stale pages, so it is logged.
    if (process.env.NEXT_RUNTIME) console.error("Revalidating public pages failed", error);
  }
}

async function flagShiftedVerdicts(_event: CommitEvent, local: LocalCommit | null): Promise<void> {
  if (local) await reviewDependentVerdicts(local.db, local.def.name, local.result);
}

/** Each declared hook on its own: one failing does not stop the next. */
async function runResourceHooks(event: CommitEvent, local: LocalCommit | null): Promise<void> {
  if (!local) return;
  for (const hook of local.def.afterCommit ?? []) {
    try {
      await hook({ db: local.db, resource: local.def.name, result: local.result, actor: local.actor, event });
    } catch (error) {
      console.error(`After-commit hook of ${local.def.name} failed`, error);
    }
  }
}

/** Registers the subscribers (idempotent: by name, so every bundle's copy registers the same ones). */
export function installCommitSubscribers(): void {
  subscribe("public-caches", { everyProcess: true, handle: dropPublicCaches });
  subscribe("verdict-flags", { everyProcess: false, handle: flagShiftedVerdicts });
  subscribe("resource-hooks", { everyProcess: false, handle: runResourceHooks });
  // A polling feed's look runs before a cached read (lib/cache/tags.ts freshnessCheck).
  onFeedLook((due) => setFreshnessCheck(due));
}

installCommitSubscribers();
