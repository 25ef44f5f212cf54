// Whether a request carries a next-auth session. next-auth 4 (lib/auth/options.ts keeps its default
// cookies) names the session cookie `next-auth.session-token`, `__Secure-next-auth.session-token`
// when NEXTAUTH_URL is https, and splits a large token into `….session-token.0`, `.1`… chunks.
// Code that must treat signed-in requests apart without reading the session (the page cache, in
// front of Next.js) asks here; tests/lib/auth/session-cookie.test.ts checks the names against
// next-auth's own.

/** Any spelling of the session cookie's name, with a prefix or as a chunk; case does not matter. */
const SESSION_COOKIE = /^(?:__secure-|__host-)?next-auth\.session-token(?:\.\d+)?$/i;

/** True when a Cookie header holds a session cookie (whatever its value: it is not verified here). */
export function hasSessionCookie(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => {
    const at = pair.indexOf("=");
    return SESSION_COOKIE.test((at === -1 ? pair : pair.slice(0, at)).trim());
  });
}
