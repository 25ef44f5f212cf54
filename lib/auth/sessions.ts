// Ending a session. Sessions are signed JWTs that nothing stores, so a token cannot be deleted;
// instead signing out bumps the user's sessionVersion, which every request compares with the
// token's (lib/auth/actor.ts), so the token and every copy of it are dead at once. That ends the
// user's sessions on other devices too, as a password change does.
//
// A system write, like lastLoginAt at sign-in (lib/auth/login.ts), not an edit through
// lib/services: the user ends only their own session, no field an admin edits changes, the record's
// `version` is left alone (an admin editing the user meanwhile gets no conflict), and the sign-in
// log (loginAttempts), not the revision history, is where sessions are accounted for.
import { getDb, type Db } from "@/lib/db/client";
import type { SessionClaims } from "./actor";

/** True when the token was current and is now ended; false when it was already dead. */
export async function endSession(claims: SessionClaims | null | undefined, db: Db = getDb()): Promise<boolean> {
  if (!claims?.uid) return false;
  // Only a current token may bump: replaying an old one changes nothing.
  const { count } = await db.user.updateMany({
    where: { id: claims.uid, sessionVersion: claims.sv ?? 0 },
    data: { sessionVersion: { increment: 1 } },
  });
  return count > 0;
}
