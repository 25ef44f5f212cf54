// Refreshes cached public pages after a write. The service layer calls it once a transaction has
// committed; outside a Next.js server (scripts, tests) there is no cache and it does nothing.
export async function revalidatePublic(paths: string[] = ["/"]): Promise<void> {
  let revalidatePath: ((path: string, type?: "layout" | "page") => void) | null = null;
  try {
    ({ revalidatePath } = await import("next/cache"));
  } catch {
    return;
  }
  for (const path of paths) {
    try {
      // "/" with "layout" refreshes every public page at once.
      if (path === "/") revalidatePath("/", "layout");
      else revalidatePath(path);
    } catch {
      // Called outside a request or server action (a script): nothing is cached there.
    }
  }
}
