// URL slugs: lower-case ASCII words joined by dashes, bounded in length.
export function slugify(input: string, maxLength = 80): string {
  const words = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cutAtWord(words, maxLength) || "item";
}

/**
 * A dash-joined slug bounded in length, cut after its last whole word: a slug (and any page that
 * shows it) never ends in half a word ("…-hello-wor"). A first word longer than the bound is cut.
 */
export function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  if (slug[maxLength] === "-") return slug.slice(0, maxLength);
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

/** A slug not yet taken: `base`, then `base-2`, `base-3`… */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base);
  if (!(await taken(root))) return root;
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${cutAtWord(root, 74)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return `${cutAtWord(root, 60)}-${Date.now().toString(36)}`;
}
