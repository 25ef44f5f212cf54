// The actor of an HTTP request (route handlers) or of the current render (server components).
import { getToken } from "next-auth/jwt";
import { getServerSession } from "next-auth";
import type { NextRequest } from "next/server";
import { loadActor } from "./actor";
import { authOptions } from "./options";
import type { Actor } from "./roles";

export async function actorFromRequest(req: Request): Promise<Actor | null> {
  const token = await getToken({ req: req as unknown as NextRequest, secret: process.env.NEXTAUTH_SECRET });
  return loadActor(token as { uid?: string; sv?: number } | null);
}

export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sv?: number } | undefined;
  return loadActor(user ? { uid: user.id, sv: user.sv } : null);
}
