// Where to go after signing in: only somewhere on this site (no open redirect). Pure, and free of
// server imports: the sign-in form (public bundle) and next-auth's redirect callback both use it.
//
// Prefix checks on the raw text are not enough: browsers strip tabs and newlines from URLs, so
// "/\t/evil.example" passes a "starts with / but not //" test and then becomes "//evil.example".
// So the value is parsed the way the browser will parse it, against the site, and only a result
// on the site's own origin is accepted.

export const DEFAULT_CALLBACK = "/admin";

/** The parsed same-origin URL `raw` leads to from `site`, or null when it leads anywhere else. */
export function sameOriginUrl(raw: string | null | undefined, site: string): URL | null {
  if (!raw) return null;
  try {
    const base = new URL(site);
    const url = new URL(raw, base);
    return url.origin === base.origin ? url : null;
  } catch {
    return null;
  }
}

/**
 * A path on this site to follow after signing in, or DEFAULT_CALLBACK. Returned as a path (so a
 * page reached by another of the site's names stays on that name), never one starting with "//",
 * which a browser would read as another host.
 */
export function safeCallbackPath(raw: string | null | undefined, site: string): string {
  const url = sameOriginUrl(raw, site);
  if (!url || url.pathname.startsWith("//")) return DEFAULT_CALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
