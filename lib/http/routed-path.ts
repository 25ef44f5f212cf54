// The path Next.js routes for a request target, so that decisions about a request (is it public?
// may its answer be cached?) look at what the framework will act on, not at the raw bytes.
//
// Next.js 16 (server/lib/router-utils/resolve-routes.js) parses `req.url` with WHATWG URL
// (`new URL("http://n" + url)`): `..` and `.` segments are resolved, also when spelled `%2e%2e`,
// `.%2e` or `%2E.`, and `\` counts as `/`. A path with `\` or `//` is then answered with a 308 to the
// path with those collapsed, and one ending in `/` with a 308 to the path without it. Dynamic
// segments (`[slug]`, `[...path]`) are percent-decoded, so `/api/v1/%63laims` is `/api/v1/claims`.
// routedPath() returns that path in one canonical spelling: escapes of unreserved characters
// (RFC 3986: letters, digits, `-._~`) decoded, every other escape in upper case.

/** Characters that mean the same escaped or not (RFC 3986 §2.3). */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

function canonicalEscape(escape: string): string {
  const char = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
  return UNRESERVED.test(char) ? char : escape.toUpperCase();
}

/**
 * Paths WHATWG URL leaves exactly as they are: segments of letters, digits, `_`, `-`, `~` and dots,
 * none of them empty, `.` or `..`. Most requests are such paths; they skip the URL parser (this runs
 * on every request, cached ones included). tests/lib/http/routed-path.test.ts checks the shortcut
 * against the parser.
 */
const PLAIN_PATH = /^(?:\/(?!\.\.?(?:\/|$))[\w.~-]+)+$/;

/** Whether Next.js routes `path` exactly as written: nothing to decode, resolve, collapse or strip. */
export const isPlainPath = (path: string): boolean => PLAIN_PATH.test(path);

/** The path part of a request target as the client sent it (before `?` or `#`). */
export function rawPathOf(target: string): string {
  const end = target.search(/[?#]/);
  return end === -1 ? target : target.slice(0, end);
}

/**
 * The canonical path Next.js routes for an origin-form request target (`/path?query`), or null
 * for anything else (absolute-form targets, `*`, a fragment, a target WHATWG URL refuses).
 */
export function routedPath(target: string): string | null {
  // A fragment is never sent by browsers; Next.js would drop it, so the raw path would mislead.
  if (!target.startsWith("/") || target.includes("#")) return null;
  const raw = rawPathOf(target);
  if (isPlainPath(raw)) return raw;
  let url: URL;
  try {
    url = new URL(`http://n${target}`);
  } catch {
    return null;
  }
  const path = url.pathname.replace(/\/{2,}/g, "/").replace(/%[0-9A-Fa-f]{2}/g, canonicalEscape);
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
