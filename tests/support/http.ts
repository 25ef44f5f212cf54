// Calling real Next route handlers as Next does: a NextRequest (a real Request with the cookie
// accessors next-auth reads the session from), the session cookie of a real signed JWT, and the
// `{ params: Promise }` context of dynamic routes. No HTTP server, no mocks.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/roles";
import { PEER_HEADER, peerStamp } from "@/lib/net/forwarded";

export const TEST_ORIGIN = "http://localhost:3000";
export const TEST_NEXTAUTH_SECRET = "5f0c2a7e9b13d4c8a6e2f1b0d9c7a5e3f2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7";
process.env.NEXTAUTH_SECRET ||= TEST_NEXTAUTH_SECRET;

type Who = Pick<Actor, "id" | "role" | "email" | "name">;

/** A signed session token for `actor`, as next-auth issues at sign-in (sv = sessionVersion then). */
export async function sessionToken(actor: Who, sv = 0): Promise<string> {
  return encode({
    token: { uid: actor.id, sv, role: actor.role, email: actor.email, name: actor.name },
    secret: process.env.NEXTAUTH_SECRET ?? TEST_NEXTAUTH_SECRET,
  });
}

/** The Cookie header of a signed-in `actor`. */
export async function asUser(actor: Who, sv = 0): Promise<string> {
  return `next-auth.session-token=${await sessionToken(actor, sv)}`;
}

// Route handlers are typed per route (Request or NextRequest, specific params); this accepts any.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (req: any, ctx: any) => Promise<Response>;

export interface CallOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** Path and query (made absolute on the test origin) or an absolute URL. */
  url: string;
  /** An object is sent as JSON; a string is sent as is (bad JSON, huge bodies). */
  body?: unknown;
  /** Signed-in user, or null/undefined for an anonymous visitor. */
  actor?: Who | null;
  /** Cookie header to send instead of one made for `actor` (stale or forged tokens). */
  cookie?: string;
  /** The Origin header; defaults to the test origin for writes, none for reads. null: send none. */
  origin?: string | null;
  params?: Record<string, string | string[]>;
  /** Headers as the client sent them; a `host` here replaces the test origin's. */
  headers?: Record<string, string>;
  /** The socket address scripts/server.ts would stamp the request with; none by default. */
  peer?: string;
  /** A body sent as application/x-www-form-urlencoded (next-auth's forms) instead of JSON. */
  form?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // Tests inspect arbitrary JSON shapes; a typed parse per call would only add noise.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export async function call(handler: AnyHandler | undefined, options: CallOptions): Promise<CallResult> {
  if (!handler) throw new Error(`No ${options.method ?? "GET"} handler for ${options.url}`);
  const method = options.method ?? "GET";
  const url = new URL(options.url, TEST_ORIGIN);
  const headers = new Headers(options.headers);
  if (!headers.has("host")) headers.set("host", "localhost:3000");
  if (options.peer) headers.set(PEER_HEADER, peerStamp({ address: options.peer, scheme: "http" }));
  const origin = options.origin === undefined ? (method === "GET" ? null : TEST_ORIGIN) : options.origin;
  if (origin) headers.set("origin", origin);
  const cookie = options.cookie ?? (options.actor ? await asUser(options.actor) : null);
  if (cookie) headers.set("cookie", cookie);
  let body: string | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers.set("content-type", "application/x-www-form-urlencoded");
  } else if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  const req = new NextRequest(url, { method, headers, body });
  const res = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}
