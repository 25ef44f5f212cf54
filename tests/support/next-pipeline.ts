// A request served the way Next.js serves it, without a server: proxy.ts first (it may answer
// itself: a foreign host, a malformed path), then the route handler the app/ folder maps the
// path to, called with its dynamic segments decoded as Next decodes them, then the headers Next
// adds to every answer: the proxy's (the policy) and next.config.js's headers(). Real handlers,
// real proxy, real config; only the HTTP server is left out.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

export const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
type Handler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response> | Response;

type Segment =
  { kind: "static"; name: string } | { kind: "dynamic"; name: string } | { kind: "catchAll"; name: string };

export interface AppRoute {
  /** The file under app/, e.g. app/api/admin/[resource]/route.ts. */
  file: string;
  segments: Segment[];
  handlers: Partial<Record<Method, Handler>>;
}

const ROOT = path.resolve(__dirname, "../..");

/** Every file named `name` under app/ (route.ts or page.tsx), as paths relative to the root. */
export function appFiles(name: "route.ts" | "page.tsx", dir = "app"): string[] {
  return readdirSync(path.join(ROOT, dir))
    .flatMap((entry) => {
      const rel = `${dir}/${entry}`;
      if (statSync(path.join(ROOT, rel)).isDirectory()) return appFiles(name, rel);
      return entry === name ? [rel] : [];
    })
    .sort();
}

/** app/(public)/claims/[slug]/page.tsx → its URL segments (route groups leave no trace in the URL). */
export function segmentsOf(file: string): Segment[] {
  return file
    .split("/")
    .slice(1, -1)
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part): Segment => {
      const catchAll = /^\[\.\.\.(.+)\]$/.exec(part);
      if (catchAll) return { kind: "catchAll", name: catchAll[1] };
      const dynamic = /^\[(.+)\]$/.exec(part);
      return dynamic ? { kind: "dynamic", name: dynamic[1] } : { kind: "static", name: part };
    });
}

/**
 * The HTTP methods a route file exports, read from its source (test cases are listed before any
 * module loads); loadRoutes' handlers must agree.
 */
export function exportedMethods(file: string): Method[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+([A-Z]+)\b/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(","))
      names.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? "",
      );
  }
  return METHODS.filter((method) => names.has(method));
}

export async function loadRoutes(): Promise<AppRoute[]> {
  const routes: AppRoute[] = [];
  for (const file of appFiles("route.ts")) {
    const mod = (await import(`../../${file.replace(/\.ts$/, "")}`)) as Partial<Record<Method, Handler>>;
    const handlers = Object.fromEntries(METHODS.filter((m) => typeof mod[m] === "function").map((m) => [m, mod[m]]));
    routes.push({ file, segments: segmentsOf(file), handlers });
  }
  return routes;
}

/** A path for a route with these raw (already encoded) segment values. */
export function pathFor(route: Pick<AppRoute, "segments">, raw: Record<string, string | string[]>): string {
  const parts = route.segments.flatMap((s) =>
    s.kind === "static" ? [s.name] : ([] as string[]).concat(raw[s.name] ?? "x"),
  );
  return `/${parts.join("/")}`;
}

const RANK = { static: 0, dynamic: 1, catchAll: 2 } as const;

/** The route Next would pick for a path (static segments before dynamic ones), with the raw segment values. */
function matchRoute(
  routes: AppRoute[],
  pathname: string,
): { route: AppRoute; raw: Record<string, string | string[]> } | null {
  const parts = pathname.split("/").slice(1);
  const candidates = routes.flatMap((route) => {
    const raw: Record<string, string | string[]> = {};
    for (const [i, s] of route.segments.entries()) {
      if (s.kind === "catchAll") {
        if (parts.length <= i) return [];
        raw[s.name] = parts.slice(i);
        return [{ route, raw }];
      }
      if (parts.length <= i || (s.kind === "static" && parts[i] !== s.name)) return [];
      if (s.kind === "dynamic") raw[s.name] = parts[i];
    }
    return parts.length === route.segments.length ? [{ route, raw }] : [];
  });
  const score = (r: AppRoute) => r.segments.map((s) => RANK[s.kind]).join("");
  return candidates.sort((a, b) => (score(a.route) < score(b.route) ? -1 : 1))[0] ?? null;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require("../../next.config.js") as {
  headers(): Promise<Array<{ source: string; headers: Array<{ key: string; value: string }> }>>;
};

/** The headers next.config.js gives every path (its one rule is for "/:path*"). */
async function configHeaders(): Promise<Array<{ key: string; value: string }>> {
  const rules = await nextConfig.headers();
  for (const rule of rules)
    if (rule.source !== "/:path*") throw new Error(`next-pipeline: teach it to match ${rule.source}`);
  return rules.flatMap((r) => r.headers);
}

/**
 * What Next.js itself answers when routing fails (a segment it cannot decode, and its /400
 * fallback missing): a bare 500, without the config's headers.
 */
const ROUTING_FAILURE = Symbol("routing failure");

function decodeSegments(raw: Record<string, string | string[]>): Record<string, string | string[]> | null {
  try {
    return Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.map(decodeURIComponent) : decodeURIComponent(v)]),
    );
  } catch {
    return null;
  }
}

async function handle(
  routes: AppRoute[],
  req: NextRequest,
  pathname: string,
): Promise<Response | typeof ROUTING_FAILURE> {
  const matched = matchRoute(routes, pathname);
  if (!matched) return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain" } });
  const handler = matched.route.handlers[req.method as Method];
  if (!handler) return new Response(null, { status: 405 });
  const params = decodeSegments(matched.raw);
  if (!params) return ROUTING_FAILURE;
  return handler(req, { params: Promise.resolve(params) });
}

export interface ServeInit {
  method: Method;
  /** Path and query exactly as sent (percent-encoding untouched). */
  target: string;
  headers?: Record<string, string>;
  body?: BodyInit;
}

/** Serves one request through proxy.ts, the matched route handler and the config's headers. */
export async function serve(routes: AppRoute[], init: ServeInit): Promise<Response> {
  const url = new URL(init.target, "http://localhost:3000");
  const headers = new Headers({ host: "localhost:3000", ...init.headers });
  const request = () =>
    new NextRequest(url, { method: init.method, headers, body: init.body, duplex: "half" } as ConstructorParameters<
      typeof NextRequest
    >[1]);
  const early = proxy(request());
  const passed = early.headers.get("x-middleware-next") === "1";
  const answer = passed ? await handle(routes, request(), url.pathname) : early;
  if (answer === ROUTING_FAILURE)
    return new Response("Internal Server Error", { status: 500, headers: { "content-type": "text/plain" } });
  const out = new Headers(answer.headers);
  if (passed) for (const [k, v] of early.headers) if (!k.startsWith("x-middleware-")) out.set(k, v);
  for (const { key, value } of await configHeaders()) out.set(key, value);
  return new Response(init.method === "HEAD" ? null : answer.body, { status: answer.status, headers: out });
}
