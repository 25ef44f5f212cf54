// Refreshes cached public pages after a write. The service layer calls it once a transaction has
// committed; outside a Next.js request (scripts, tests) there is no cache and it does nothing.
// A static import: a dynamic import() gets its own copy of Next's request context and never sees it.
import { revalidatePath } from "next/cache";

export async function revalidatePublic(paths: string[] = ["/"]): Promise<void> {
  for (const path of paths) {
    try {
      // "/" with "layout" refreshes every public page at once.
      if (path === "/") revalidatePath("/", "layout");
      else revalidatePath(path);
    } catch (error) {
      // Inside a Next.js server a failure means visitors would see stale pages: say so.
      if (process.env.NEXT_RUNTIME) console.error(`Revalidating ${path} failed`, error);
    }
  }
}
