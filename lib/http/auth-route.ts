// The /api/auth/* route (sign-in, sign-out, session, CSRF token) around next-auth's core.
//
// next-auth's App Router entry reads the request back through next/headers, which exists only
// inside a running Next.js server. This hands next-auth the Request itself instead, through its
// other public entry point (the Pages-style `NextAuth(req, res, options)`, same core), so the real
// handler runs in route-handler tests too. It also puts the checks every other route makes in
// front: the allowed host, and for writes the site's own Origin (next-auth's CSRF token stays).
import NextAuth from "next-auth";
import type { NextApiRequest, NextApiResponse } from "next";
import type { NextRequest } from "next/server";
import { errorResponse } from "./errors";
import { checkHost } from "./hosts";
import { checkSameOrigin } from "./route";
import { authOptions } from "@/lib/auth/options";

export interface AuthRouteContext {
  params: Promise<{ nextauth?: string[] }>;
}

/** The parsed body, as next-auth's own adapter reads it (form posts from the client, or JSON). */
async function readBody(req: NextRequest): Promise<Record<string, unknown> | undefined> {
  if (req.method !== "POST") return undefined;
  const type = req.headers.get("content-type") ?? "";
  const text = await req.text();
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  if (!type.includes("application/json")) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined; // no body, so no CSRF token: next-auth refuses it like any other forged post
  }
}

/** The slice of Node's response API next-auth's Pages entry uses, collected into a Response. */
function collector() {
  let status = 200;
  let body: string | null = null;
  const headers = new Headers();
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers.delete(name);
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      return res;
    },
    getHeader(name: string): string | string[] | undefined {
      if (name.toLowerCase() === "set-cookie") return headers.getSetCookie();
      return headers.get(name) ?? undefined;
    },
    json(value: unknown) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(value);
    },
    send(value: unknown) {
      body = typeof value === "string" ? value : JSON.stringify(value ?? null);
    },
    end() {},
  };
  return { res, response: () => new Response(body, { status, headers }) };
}

export async function authRoute(req: NextRequest, ctx: AuthRouteContext): Promise<Response> {
  try {
    checkHost(req);
    checkSameOrigin(req);
  } catch (error) {
    return errorResponse(error);
  }
  const { nextauth = [] } = await ctx.params;
  const apiRequest = {
    method: req.method,
    query: { ...Object.fromEntries(req.nextUrl.searchParams), nextauth },
    body: await readBody(req),
    cookies: Object.fromEntries(req.cookies.getAll().map((c) => [c.name, c.value])),
    headers: Object.fromEntries(req.headers),
  };
  const { res, response } = collector();
  try {
    await NextAuth(apiRequest as unknown as NextApiRequest, res as unknown as NextApiResponse, authOptions);
  } catch (error) {
    return errorResponse(error); // logged, and a 503 when the database is down
  }
  return response();
}
