// The actor of an HTTP request (route handlers) or of the current render (server components).
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { loadActor, type SessionClaims } from "./actor";
import type { Actor } from "./roles";

export async function actorFromRequest(req: Request): Promise<Actor | null> {
  const token = await getToken({ req: req as unknown as NextRequest, secret: process.env.NEXTAUTH_SECRET });
  return loadActor(token as SessionClaims | null);
}

export async function currentActor(): Promise<Actor | null> {
  // The token read straight from the cookie, as for route handlers: getServerSession would run the
  // jwt callback, which loads the user once more (lib/auth/options.ts); loadActor is the one check.
  const req = { cookies: await cookies(), headers: await headers() };
  const token = await getToken({ req: req as unknown as NextRequest, secret: process.env.NEXTAUTH_SECRET });
  return loadActor(token as SessionClaims | null);
}
