// Runs before every page and API request (Next.js 16's proxy, formerly middleware): gives each
// response a Content-Security-Policy with a fresh nonce. Next.js reads the nonce from the request's
// policy and puts it on every script it renders, so any page added later is covered without
// changes. It also refuses requests for hosts that are not this site's (lib/http/hosts.ts).
// Authorization never happens here: services check every request themselves.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "@/lib/http/csp";
import { DisallowedHost, isAllowedHost, requestHost } from "@/lib/http/hosts";

/**
 * The API reference's viewer (RapiDoc 9.3.8, pinned) creates one constant <style> element that the
 * nonce hand-over to Lit (lib/api/docs.ts) does not reach; it is admitted by its hash, on that page
 * only. A RapiDoc upgrade that changes it fails tests/browser/csp.browser.test.ts.
 */
const PAGE_STYLE_HASHES: Record<string, readonly string[]> = {
  "/api/docs": ["sha256-IbTUfeHJe+HSAqa687HJlPC/ssFvin+2B8anOXpuAJI="],
};

export function proxy(request: NextRequest): NextResponse {
  const verdict = proxyVerdict(requestHost(request), request.nextUrl.pathname);
  if ("refusal" in verdict) return verdict.refusal;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, verdict.nonce);
  requestHeaders.set("content-security-policy", verdict.policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", verdict.policy);
  return response;
}

/** What proxy() decides before a page or route runs: a refusal, or the request's nonce and policy. */
export type ProxyVerdict = { refusal: NextResponse } | { nonce: string; policy: string };

/**
 * The checks of proxy(), for any server that asks: scripts/server.ts's lane for the JSON API
 * (lib/http/api-lane.ts) answers /api/v1 without Next.js's router and calls this, not a copy.
 * `host` is the request's (requestHost: a trusted proxy's X-Forwarded-Host, else Host), `pathname`
 * the path Next.js routes.
 */
export function proxyVerdict(host: string | null, pathname: string): ProxyVerdict {
  // Pages too, not only the API (lib/http/route.ts checks there as well): Django's ALLOWED_HOSTS.
  if (!isAllowedHost(host))
    return { refusal: NextResponse.json({ error: new DisallowedHost(host).toJSON() }, { status: 400 }) };
  const nonce = createNonce();
  const policy = policyParts(pathname).join(nonce);
  if (!isServablePath(pathname)) return { refusal: malformedPath(pathname, policy) };
  return { nonce, policy };
}

/**
 * A path whose percent-encoding is not UTF-8 (/claims/%c0) makes Next.js fail while matching the
 * page's parameters, and its fallback (a /400 page the app router does not have) fails too: the
 * answer was a bare 500 without the security headers. A path that decodes to a NUL (/claims/%00)
 * reaches the page as a parameter PostgreSQL refuses to compare with. Both are the sender's
 * mistake, answered here, before any page or route sees them.
 */
function isServablePath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes("\u0000");
  } catch {
    return false;
  }
}

const MALFORMED = "The address is not valid: it contains a malformed percent-encoding or an encoded NUL character.";

function malformedPath(pathname: string, policy: string): NextResponse {
  const response = pathname.startsWith("/api/")
    ? NextResponse.json({ error: { code: "bad_request", message: MALFORMED } }, { status: 400 })
    : new NextResponse(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad request</title></head><body><h1>Bad request</h1><p>${MALFORMED}</p><p><a href="/">StackVerdict home</a></p></body></html>`,
        {
          status: 400,
          headers: { "content-type": "text/html; charset=utf-8" },
        },
      );
  response.headers.set("content-security-policy", policy);
  return response;
}

// The policy depends only on the environment and the page's style hashes: built once per entry of
// PAGE_STYLE_HASHES (and once for every other path), split where the nonce goes, so that each
// request only joins its nonce in (this runs before every page and API request).
const NONCE_SLOT = "\u0000nonce\u0000";
const templates = new Map<string, string[]>();
function policyParts(pathname: string): string[] {
  const styleHashes = PAGE_STYLE_HASHES[pathname] ?? [];
  const development = process.env.NODE_ENV === "development";
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  // Everything the policy depends on is in the key: check:deploy evaluates it under several settings.
  const key = `${development}|${https}|${styleHashes.join(" ")}`;
  let parts = templates.get(key);
  if (!parts) {
    parts = contentSecurityPolicy({ nonce: NONCE_SLOT, development, https, styleHashes }).split(NONCE_SLOT);
    templates.set(key, parts);
  }
  return parts;
}

export const config = {
  // Static build files need no policy; everything rendered or answered by the app gets one.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
