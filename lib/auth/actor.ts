// Loading the acting user for a request: every request re-reads the user, so deactivation or a
// role change takes effect at the user's next request, not when their token expires.
import { getDb, type Db } from "@/lib/db/client";
import type { Actor } from "./roles";

export interface SessionClaims {
  uid?: string;
  /** The user's sessionVersion when the token was issued. */
  sv?: number;
}

export async function loadActor(claims: SessionClaims | null | undefined, db: Db = getDb()): Promise<Actor | null> {
  if (!claims?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      sessionVersion: true,
      memberships: { select: { teamId: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== (claims.sv ?? 0)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    teamIds: user.memberships.map((m) => m.teamId),
  };
}
