// The lane for the public JSON API (/api/v1) beside Next.js's router, in scripts/server.ts. An
// uncached /api/v1 answer cost ~5.6 ms of CPU through Next.js, most of it in the framework's routing,
// proxy and route-module machinery around a handler that needs ~1 ms (bench:public; the profile is in
// the branch's report). The lane answers GET and HEAD requests of /api/v1 itself by calling the very
// handler app/api/v1/[...path]/route.ts exports, after the very checks proxy.ts makes (proxyVerdict:
// the allowed host as a trusted proxy forwards it, the policy with a fresh nonce), with the headers
// next.config.js sets on every path and Next.js's own compression middleware, and writes the
// handler's Response as Next.js does (next/dist/server/send-response.js: headers already set win,
// `vary` and `set-cookie` are appended, framing headers dropped, no body for HEAD).
//
// It takes only requests whose answer cannot depend on anything Next.js would do differently, and
// hands every other one to Next.js: another method; a path that is not already in the one form
// Next.js routes (escapes, dot segments, `//`, `\`, a trailing slash all go to Next.js, which
// redirects, decodes or refuses them: lib/http/routed-path.ts); the static OpenAPI route; a request
// with a body; a request carrying a header Next.js's router acts on (RSC, prefetch, middleware,
// data requests); and a request proxy.ts refuses (Next.js refuses it again, the same way).
// tests/browser/api-lane.browser.test.ts holds the lane's answers to Next.js's, header by header.
import type { IncomingMessage, ServerResponse } from "node:http";
import { forwardedHost, viewOfIncoming } from "@/lib/net/forwarded";
import { isPlainPath, rawPathOf } from "./routed-path";

export const API_LANE_PREFIX = "/api/v1/";

/** A route handler as app/api/v1/[...path]/route.ts exports it. */
export type ApiRouteHandler = (req: Request, ctx: { params: Promise<{ path: string[] }> }) => Promise<Response>;

/** What proxy.ts's proxyVerdict answers: a refusal (left to Next.js), or the nonce and policy. */
export type LaneVerdict = { refusal: unknown } | { nonce: string; policy: string };

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface ApiLaneOptions {
  /** The route's exports for GET and HEAD. */
  handlers: { GET: ApiRouteHandler; HEAD: ApiRouteHandler };
  /** proxy.ts's proxyVerdict. */
  verdict: (host: string | null, pathname: string) => LaneVerdict;
  /** The headers next.config.js's `headers()` sets on a path, as the build recorded them (headersOfBuild). */
  headers: (pathname: string) => ReadonlyArray<{ key: string; value: string }>;
  /** Next.js's compression middleware (next.config.js `compress`, on by default), or null. */
  compress: Middleware | null;
  /** What Next.js does with a compressed response whose client went away (releaseCompressionStream). */
  releaseCompression?: (res: ServerResponse) => void;
  /** The origin Next.js builds a route's request URL on: its hostname (bracketed for IPv6) and port. */
  urlBase: string;
  /** The `vary` Next.js appends to every app route's answer before the route runs (the build's rsc.varyHeader). */
  routeVary: string;
  /** Paths under /api/v1 another route of the app answers (the static OpenAPI document). */
  otherRoutes: readonly string[];
  /** Tests only: the lane's answers say so (x-api-lane), to tell them from Next.js's. */
  markAnswers?: boolean;
}

/** What the lane reads of a build's routes-manifest.json (the routing Next.js does before any route). */
export interface RoutesManifest {
  basePath: string;
  headers: Array<{
    source: string;
    regex: string;
    headers: Array<{ key: string; value: string }>;
    has?: unknown;
    missing?: unknown;
  }>;
  redirects: Array<{ source: string; internal?: boolean }>;
  rewrites: Record<string, unknown[]> | unknown[];
  onMatchHeaders?: unknown[];
  rsc: { varyHeader: string };
}

/**
 * The headers Next.js sets on a path before its route runs (next.config.js `headers()`, as the build
 * recorded them), or an error when the build routes in ways the lane does not reproduce: a base path,
 * rewrites, redirects of the app's own (Next.js's trailing-slash redirect concerns paths the lane
 * never takes), rules with conditions on headers or cookies.
 */
export function headersOfBuild(
  manifest: RoutesManifest,
): (pathname: string) => ReadonlyArray<{ key: string; value: string }> {
  const rewrites = Array.isArray(manifest.rewrites) ? manifest.rewrites : Object.values(manifest.rewrites).flat();
  const problems = [
    manifest.basePath && `a base path (${manifest.basePath})`,
    rewrites.length > 0 && "rewrites",
    manifest.redirects.some((r) => !r.internal) && "redirects",
    manifest.onMatchHeaders?.length && "headers on match",
    manifest.headers.some((h) => h.has || h.missing) && "conditional headers",
  ].filter(Boolean);
  if (problems.length)
    throw new Error(
      `The API lane does not reproduce this build's routing (${problems.join(", ")}): teach lib/http/api-lane.ts, or set API_LANE=0.`,
    );
  const rules = manifest.headers.map((rule) => ({ pattern: new RegExp(rule.regex), headers: rule.headers }));
  const all = rules.flatMap((rule) => rule.headers);
  return (pathname) =>
    rules.every((rule) => rule.pattern.test(pathname))
      ? all
      : rules.filter((rule) => rule.pattern.test(pathname)).flatMap((rule) => rule.headers);
}

/** Request headers Next.js's router acts on: a request carrying one goes to Next.js. */
const ROUTER_HEADER = /^(?:rsc|next-|x-nextjs|x-middleware|x-invoke|x-matched-path|x-now-route-matches|purpose$)/;

/** Headers sendResponse never copies from a route's Response (the body may have been decoded). */
const FRAMING = new Set(["content-length", "content-encoding", "transfer-encoding"]);
const REPEATABLE = new Set(["set-cookie", "www-authenticate", "proxy-authenticate", "vary"]);

/** One `name=value` pair as Next.js passes it on unchanged: a plain name, a value of unreserved characters and escapes. */
const PLAIN_PAIR = /^[A-Za-z][\w-]*=(?:[\w.~-]|%[0-9A-Fa-f]{2})*$/;
/** Query parameters Next.js's router reads itself (route parameters of rewrites and interceptions). */
const ROUTER_PARAM = /^nxt[PI]/;

/**
 * Whether Next.js hands the route this query string as it came: it rebuilds the query (a `__proto__`
 * parameter, for one, never reaches the route), so anything but plain pairs goes to Next.js.
 */
export function isPlainQuery(query: string): boolean {
  if (query === "") return true;
  return query.split("&").every((pair) => PLAIN_PAIR.test(pair) && !ROUTER_PARAM.test(pair));
}

/**
 * The path segments the lane answers `req` for, or null when Next.js must: see the file's comment.
 * Segments are those Next.js hands `[...path]`: a plain path has nothing to decode.
 */
export function laneSegments(req: IncomingMessage, otherRoutes: readonly string[]): string[] | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const target = req.url ?? "";
  if (!target.startsWith(API_LANE_PREFIX) || target.includes("#")) return null;
  const path = rawPathOf(target);
  if (!isPlainPath(path) || otherRoutes.includes(path)) return null;
  const at = target.indexOf("?");
  if (at !== -1 && (at === target.length - 1 || !isPlainQuery(target.slice(at + 1)))) return null;
  if (req.headers["content-length"] !== undefined && req.headers["content-length"] !== "0") return null;
  if (req.headers["transfer-encoding"] !== undefined) return null;
  for (const name of Object.keys(req.headers)) if (ROUTER_HEADER.test(name)) return null;
  return path.slice(API_LANE_PREFIX.length).split("/");
}

/** The request as the route receives it: Next.js's URL (its own host and port), the client's headers and proxy.ts's. */
function routeRequest(req: IncomingMessage, urlBase: string, nonce: string, policy: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  // Next.js: https when the socket is TLS or any X-Forwarded-Proto says so (resolve-routes.js).
  const encrypted = "encrypted" in req.socket && req.socket.encrypted === true;
  const https = encrypted || String(req.headers["x-forwarded-proto"] ?? "").includes("https");
  return new Request(`${https ? "https" : "http"}://${urlBase}${req.url}`, { method: req.method, headers });
}

/**
 * Next.js's NodeNextResponse.appendHeader (base-http/node.js): the values as an array, a value
 * already there not repeated. An array-valued Content-Type is also why the compression middleware
 * leaves route answers alone (its filter takes strings only): the lane installs it all the same.
 */
function appendAsNext(res: ServerResponse, name: string, value: string): void {
  const current = res.getHeader(name);
  const values = current === undefined ? [] : (Array.isArray(current) ? current : [current]).map(String);
  if (!values.includes(value)) res.setHeader(name, [...values, value]);
}

/** Writes a route's Response as Next.js's sendResponse does. */
async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  res.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    if (name === "x-middleware-set-cookie" || FRAMING.has(name)) return;
    if (name === "set-cookie") {
      for (const cookie of response.headers.getSetCookie()) appendAsNext(res, name, cookie);
    } else if (REPEATABLE.has(name) || res.getHeader(name) === undefined) {
      appendAsNext(res, name, value);
    }
  });
  if (!response.body || req.method === "HEAD") {
    await response.body?.cancel();
    res.end();
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  // As Next.js's pipeToNodeResponse writes: headers flushed first (so the compression middleware
  // sees no length and compresses whatever the size), then the chunk, then the compressor flushed.
  // Corked, the head and the body leave in one write instead of two (the bytes are the same).
  const socket = res.socket;
  socket?.cork();
  try {
    res.flushHeaders();
    if (body.length) res.write(body);
    (res as ServerResponse & { flush?: () => void }).flush?.();
    res.end();
  } finally {
    socket?.uncork();
  }
}

/**
 * The lane: a function that answers `req` and resolves once done, or returns null without touching
 * `req` or `res` when Next.js must answer it.
 */
export function createApiLane(
  options: ApiLaneOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> | null {
  return (req, res) => {
    const segments = laneSegments(req, options.otherRoutes);
    if (!segments) return null;
    const pathname = rawPathOf(req.url ?? "");
    const verdict = options.verdict(forwardedHost(viewOfIncoming(req)), pathname);
    if ("refusal" in verdict) return null;
    let request: Request;
    try {
      request = routeRequest(req, options.urlBase, verdict.nonce, verdict.policy);
    } catch {
      return null; // a header the Fetch API refuses: whatever Next.js makes of it, it is Next.js's to answer
    }
    return answer(req, res, segments, request, verdict.policy, options);
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  segments: string[],
  request: Request,
  policy: string,
  options: ApiLaneOptions,
): Promise<void> {
  if (options.compress) {
    options.compress(req, res, () => {});
    const release = options.releaseCompression;
    if (release) res.once("close", () => res.writableFinished || release(res));
  }
  for (const { key, value } of options.headers(rawPathOf(req.url ?? ""))) res.setHeader(key, value);
  res.setHeader("content-security-policy", policy);
  // base-server.js setVaryHeader: an app route that no interception route can shadow (the lane
  // refuses builds with rewrites, which interception routes are).
  appendAsNext(res, "vary", options.routeVary);
  if (options.markAnswers) res.setHeader("x-api-lane", "1");
  const handler = req.method === "HEAD" ? options.handlers.HEAD : options.handlers.GET;
  await send(req, res, await handler(request, { params: Promise.resolve({ path: segments }) }));
}
