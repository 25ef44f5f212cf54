// The actor of an HTTP request (route handlers).
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { loadActor, type SessionClaims } from "./actor";
import type { Actor } from "./roles";

export async function actorFromRequest(req: Request): Promise<Actor | null> {
  const token = await getToken({ req: req as unknown as NextRequest, secret: process.env.NEXTAUTH_SECRET });
  return loadActor(token as SessionClaims | null);
}
