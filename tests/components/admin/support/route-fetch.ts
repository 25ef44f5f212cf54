// A `fetch` that hands each admin API call to the real Next route handler module, as Next would
// (a NextRequest with the session cookie, and the dynamic route params). No HTTP server, no mocks.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import * as list from "@/app/api/admin/[resource]/route";
import * as one from "@/app/api/admin/[resource]/[id]/route";
import * as bulk from "@/app/api/admin/[resource]/bulk/route";
import * as exporter from "@/app/api/admin/[resource]/export/route";
import * as compare from "@/app/api/admin/[resource]/[id]/compare/route";
import * as history from "@/app/api/admin/[resource]/[id]/history/route";
import * as restore from "@/app/api/admin/[resource]/[id]/restore/route";
import * as revert from "@/app/api/admin/[resource]/[id]/revert/route";
import * as meta from "@/app/api/admin/meta/route";
import * as dashboard from "@/app/api/admin/dashboard/route";
import * as passwordReset from "@/app/api/admin/password-reset/route";
import type { Actor } from "@/lib/auth/roles";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "DELETE", unknown>>;

const ROUTES: Array<[RegExp, RouteModule, string[]]> = [
  [/^\/api\/admin\/meta$/, meta, []],
  [/^\/api\/admin\/dashboard$/, dashboard, []],
  [/^\/api\/admin\/password-reset$/, passwordReset, []],
  [/^\/api\/admin\/([^/]+)\/bulk$/, bulk, ["resource"]],
  [/^\/api\/admin\/([^/]+)\/export$/, exporter, ["resource"]],
  [/^\/api\/admin\/([^/]+)\/([^/]+)\/compare$/, compare, ["resource", "id"]],
  [/^\/api\/admin\/([^/]+)\/([^/]+)\/history$/, history, ["resource", "id"]],
  [/^\/api\/admin\/([^/]+)\/([^/]+)\/restore$/, restore, ["resource", "id"]],
  [/^\/api\/admin\/([^/]+)\/([^/]+)\/revert$/, revert, ["resource", "id"]],
  [/^\/api\/admin\/([^/]+)\/([^/]+)$/, one, ["resource", "id"]],
  [/^\/api\/admin\/([^/]+)$/, list, ["resource"]],
];

export const ORIGIN = "http://localhost:3000";

export async function sessionCookie(actor: Actor): Promise<string> {
  const token = await encode({
    token: { uid: actor.id, sv: 0, role: actor.role },
    secret: process.env.NEXTAUTH_SECRET ?? "",
  });
  return `next-auth.session-token=${token}`;
}

/** A fetch for one signed-in user (or anonymous when `actor` is null). */
export function routeFetch(actor: Actor | null) {
  return async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input, ORIGIN);
    const headers = new Headers(init.headers);
    headers.set("host", url.host);
    if (init.method && init.method !== "GET") headers.set("origin", ORIGIN);
    if (actor) headers.set("cookie", await sessionCookie(actor));
    for (const [pattern, module, names] of ROUTES) {
      const match = pattern.exec(url.pathname);
      if (!match) continue;
      const handler = module[(init.method ?? "GET") as keyof RouteModule] as Handler | undefined;
      if (!handler) return new Response(null, { status: 405 });
      const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
      const req = new NextRequest(url, {
        method: init.method ?? "GET",
        headers,
        body: init.body as BodyInit | undefined,
      });
      return handler(req, { params: Promise.resolve(params) });
    }
    return new Response(null, { status: 404 });
  };
}
