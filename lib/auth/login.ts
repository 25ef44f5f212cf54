// Checking credentials. The same work is done whether or not the email exists, and the same
// answer is given for every failure, so login errors and timing reveal no accounts. Attempts
// are throttled per address and per (account, address) pair, slowed down when an account is
// under attack from many addresses (lib/auth/throttle.ts), and logged.
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `address` is the client's, as lib/net/forwarded.ts works it out (never a header taken on trust).
 * `wait` is how the account-wide slow-down is served; tests pass one that records instead.
 */
export async function checkCredentials(
  email: string,
  password: string,
  db: Db = getDb(),
  address = "unknown",
  wait = sleep,
): Promise<LoginResult | null> {
  const normalized = email.trim().toLowerCase().slice(0, 320);
  if (!normalized || !password || password.length > 256) return null;
  const throttle = await checkThrottle(db, normalized, address);
  if (!throttle.allowed) {
    await recordAttempt(db, normalized, address, throttle.reason ?? "throttled");
    throw new TooManyAttempts(throttle.retryAfterMs);
  }
  // Before the password check, the same for every answer: the wait tells nothing about the password.
  if (throttle.slowMs > 0) await wait(throttle.slowMs);
  const user = await db.user.findUnique({ where: { email: normalized } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok || !user.active) {
    await recordAttempt(db, normalized, address, user && ok ? "inactive" : "bad-credentials");
    return null;
  }
  await recordAttempt(db, normalized, address, "success");
  const data: { lastLoginAt: Date; passwordHash?: string } = { lastLoginAt: new Date() };
  // Parameters changed since this hash was made: upgrade it now that we know the password.
  if (needsRehash(user.passwordHash)) data.passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: user.id }, data });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
