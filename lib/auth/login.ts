// Checking credentials. The same work is done whether or not the email exists, and the same
// answer is given for every failure, so login errors and timing reveal no accounts. Attempts
// are throttled per account and per address (lib/auth/throttle.ts) and logged.
import { getDb, type Db } from "@/lib/db/client";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";
import { checkThrottle, recordAttempt } from "./throttle";

export interface LoginResult {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
}

export class TooManyAttempts extends Error {
  constructor(public readonly retryAfterMs: number) {
    super(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterMs / 60_000)} minute(s).`);
  }
}

export async function checkCredentials(email: string, password: string, db: Db = getDb(), ip = "unknown"): Promise<LoginResult | null> {
  const normalized = email.trim().toLowerCase().slice(0, 320);
  if (!normalized || !password || password.length > 256) return null;
  const throttle = await checkThrottle(db, normalized, ip);
  if (!throttle.allowed) {
    await recordAttempt(db, normalized, ip, throttle.reason ?? "throttled");
    throw new TooManyAttempts(throttle.retryAfterMs);
  }
  const user = await db.user.findUnique({ where: { email: normalized } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    await recordAttempt(db, normalized, ip, user && ok ? "inactive" : "bad-credentials");
    return null;
  }
  await recordAttempt(db, normalized, ip, "success");
  const data: { lastLoginAt: Date; passwordHash?: string } = { lastLoginAt: new Date() };
  // Parameters changed since this hash was made: upgrade it now that we know the password.
  if (needsRehash(user.passwordHash)) data.passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: user.id }, data });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
