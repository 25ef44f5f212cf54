// The wrapper every admin API route handler uses: host and CSRF origin checks, the signed-in actor,
// error mapping. Every admin route needs a signed-in user, so an anonymous caller gets 401 before
// its body is even read (tests/app/route-inventory.test.ts); what each role may do is decided in
// the services the handler calls, which check the actor again.
import { actorFromRequest } from "@/lib/auth/request";
import type { Actor } from "@/lib/auth/roles";
import { Forbidden, PayloadTooLarge, Unauthenticated, ValidationError } from "@/lib/errors";
import { assertStorableText } from "@/lib/text/unicode";
import { errorResponse } from "./errors";
import { requestOrigin, viewOfRequest } from "@/lib/net/forwarded";
import { checkHost } from "./hosts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses cross-site state-changing requests: the Origin (sent by browsers on every such request)
 * must be the origin the request was made to, scheme and port included: https://site is another
 * origin than http://site. Scheme and host are the connection's, or a trusted proxy's
 * X-Forwarded-Proto and X-Forwarded-Host (lib/net/forwarded.ts).
 */
export function checkSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (origin) {
    if (!sameOrigin(origin, requestOrigin(viewOfRequest(req)))) throw new Forbidden("Cross-site request refused.");
    return;
  }
  if (req.headers.get("sec-fetch-site") === "cross-site") throw new Forbidden("Cross-site request refused.");
}

function sameOrigin(origin: string, own: string | null): boolean {
  if (!own) return false;
  try {
    return new URL(origin).origin === own;
  } catch {
    return false; // "null" (sandboxed frames, some redirects) and anything unparsable
  }
}

export async function readJson(req: Request, maxBytes = 2_000_000): Promise<unknown> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > maxBytes) throw new PayloadTooLarge(`The request body is larger than ${maxBytes} bytes.`);
  const text = await req.text();
  if (text.length > maxBytes) throw new PayloadTooLarge(`The request body is larger than ${maxBytes} bytes.`);
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError({ _: ["The request body is not valid JSON."] }, "The request body is not valid JSON.");
  }
  // A JSON escape can carry a lone surrogate ("\ud800") or a NUL, which the databases cannot store.
  assertStorableText(body);
  return body;
}

export type Handler<C> = (req: Request, ctx: C, actor: Actor) => Promise<Response | unknown>;

export function route<C>(handler: Handler<C>): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    try {
      checkHost(req);
      checkSameOrigin(req);
      const actor = await actorFromRequest(req);
      if (!actor) throw new Unauthenticated();
      const result = await handler(req, ctx, actor);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
