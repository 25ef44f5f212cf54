// Checking credentials. The same work is done whether or not the email exists, and the same
// answer is given for every failure, so login errors and timing reveal no accounts.
import { getDb, type Db } from "@/lib/db/client";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";

export interface LoginResult {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
}

export async function checkCredentials(email: string, password: string, db: Db = getDb()): Promise<LoginResult | null> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password || password.length > 256) return null;
  const user = await db.user.findUnique({ where: { email: normalized } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) return null;
  const data: { lastLoginAt: Date; passwordHash?: string } = { lastLoginAt: new Date() };
  // Parameters changed since this hash was made: upgrade it now that we know the password.
  if (needsRehash(user.passwordHash)) data.passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: user.id }, data });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
