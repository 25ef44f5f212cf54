// Refreshes the public site after a write. The service layer calls it once a transaction has
// committed; outside a Next.js request (scripts, tests) only the in-memory caches are dropped.
// A static import: a dynamic import() gets its own copy of Next's request context and never sees it.
import { revalidatePath } from "next/cache";
import { invalidatePublicApiCache } from "@/lib/api/cache";

export async function revalidatePublic(paths: string[] = ["/"]): Promise<void> {
  // The pages' data and the API's answers (lib/public/cache.ts, lib/api/cache.ts): the next
  // visitor of this process sees the write.
  invalidatePublicApiCache();
  for (const path of paths) {
    try {
      // "/" with "layout" refreshes every public page at once (Next's client-side router cache).
      if (path === "/") revalidatePath("/", "layout");
      else revalidatePath(path);
    } catch (error) {
      // Inside a Next.js server a failure means visitors would see stale pages: say so.
      if (process.env.NEXT_RUNTIME) console.error(`Revalidating ${path} failed`, error);
    }
  }
}
