// Brute-force protection: failures are counted per account and per client address over a
// window, in the database, so every app process sees the same counts. Past a threshold the
// wait doubles with each further failure, up to a ceiling.
import type { Db } from "@/lib/db/client";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  accountFreeFailures: 5,
  ipFreeFailures: 30,
  baseDelayMs: 30_000,
  maxDelayMs: 30 * 60_000,
} as const;

export interface ThrottleDecision {
  allowed: boolean;
  reason: "throttled-account" | "throttled-ip" | null;
  retryAfterMs: number;
}

/** Pure: the wait after `failures` failures, the last at `lastFailure`. */
export function lockoutUntil(failures: number, free: number, lastFailure: Date | null): number {
  if (!lastFailure || failures < free) return 0;
  const delay = Math.min(THROTTLE.baseDelayMs * 2 ** (failures - free), THROTTLE.maxDelayMs);
  return lastFailure.getTime() + delay;
}

async function recentFailures(db: Db, where: { email: string } | { ip: string }, now: Date) {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const filter = { ...where, success: false, createdAt: { gte: since } };
  const [count, last] = await Promise.all([
    db.loginAttempt.count({ where: filter }),
    db.loginAttempt.findFirst({ where: filter, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return { count, last: last?.createdAt ?? null };
}

export async function checkThrottle(db: Db, email: string, ip: string, now = new Date()): Promise<ThrottleDecision> {
  const [account, address] = await Promise.all([recentFailures(db, { email }, now), recentFailures(db, { ip }, now)]);
  const accountUntil = lockoutUntil(account.count, THROTTLE.accountFreeFailures, account.last);
  if (accountUntil > now.getTime()) return { allowed: false, reason: "throttled-account", retryAfterMs: accountUntil - now.getTime() };
  const ipUntil = lockoutUntil(address.count, THROTTLE.ipFreeFailures, address.last);
  if (ipUntil > now.getTime()) return { allowed: false, reason: "throttled-ip", retryAfterMs: ipUntil - now.getTime() };
  return { allowed: true, reason: null, retryAfterMs: 0 };
}

export async function recordAttempt(db: Db, email: string, ip: string, outcome: string): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success: outcome === "success", outcome } });
}
