/** @jest-environment node */
// The session cookie under the names next-auth itself reads it by (getToken, over http and https,
// whole or in chunks), so that an upgrade renaming it fails here rather than letting signed-in
// requests look anonymous to the page cache.
import { encode, getToken } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

const secret = "session-cookie-test-secret-0123456789abcdef";

/** The token next-auth reads from a request carrying this Cookie header, or null. */
async function tokenRead(cookie: string, secureCookie: boolean): Promise<unknown> {
  return getToken({
    req: new NextRequest("http://localhost/api/admin/users", { headers: { cookie } }),
    secret,
    secureCookie,
  });
}

describe("a request's session cookie", () => {
  it("is found under every name next-auth reads a session from: http, https, chunked", async () => {
    const jwt = await encode({ token: { uid: "u1", sv: 0 }, secret });
    const half = Math.ceil(jwt.length / 2);
    for (const secureCookie of [false, true]) {
      const name = `${secureCookie ? "__Secure-" : ""}next-auth.session-token`;
      for (const cookie of [
        `${name}=${jwt}`,
        `theme=dark; ${name}.0=${jwt.slice(0, half)}; ${name}.1=${jwt.slice(half)}`,
      ]) {
        expect([cookie, await tokenRead(cookie, secureCookie)]).toEqual([
          cookie,
          expect.objectContaining({ uid: "u1" }),
        ]);
        expect([cookie, hasSessionCookie(cookie)]).toEqual([cookie, true]);
      }
    }
    expect(hasSessionCookie("  NEXT-AUTH.SESSION-TOKEN=x")).toBe(true);
  });

  it("is not found in other cookies, even next-auth's CSRF and callback cookies", async () => {
    const jwt = await encode({ token: { uid: "u1", sv: 0 }, secret });
    const others = `next-auth.csrf-token=${jwt}; __Host-next-auth.csrf-token=x; next-auth.callback-url=y; theme=next-auth.session-token`;
    expect(await tokenRead(others, false)).toBeNull();
    expect(hasSessionCookie(others)).toBe(false);
    expect(hasSessionCookie(undefined)).toBe(false);
    expect(hasSessionCookie("")).toBe(false);
  });
});
