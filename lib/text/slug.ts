// URL slugs: lower-case ASCII words joined by dashes, bounded in length.
export function slugify(input: string, maxLength = 80): string {
  const slug = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "item";
}

/** A slug not yet taken: `base`, then `base-2`, `base-3`… */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base);
  if (!(await taken(root))) return root;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${root.slice(0, 74)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${root.slice(0, 60)}-${Date.now().toString(36)}`;
}
