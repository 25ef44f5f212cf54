// Brute-force protection, with counts in the database so every app process sees the same ones.
// Failures are counted over a window along three lines:
//   - one address against one account: past a few failures that pair waits, doubling each time;
//   - one address against any accounts (spraying): past more failures that address waits;
//   - all addresses against one account: answers slow down, but the account is never locked.
// The last one is deliberately not a lockout: otherwise anyone could lock the admin out by failing
// on purpose. The right password from an address without failures always gets in. Refused
// attempts are logged but do not count as failures, so hammering a locked pair extends nothing.
// Addresses come from lib/net/forwarded.ts (forwarded headers count only from TRUSTED_PROXIES);
// an IPv6 client is counted per /64, the block one subscriber gets.
import { isIP } from "node:net";
import type { Db } from "@/lib/db/client";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  pairFreeFailures: 5,
  ipFreeFailures: 30,
  baseDelayMs: 30_000,
  maxDelayMs: 30 * 60_000,
  accountSlowAfter: 10,
  accountBaseSlowMs: 500,
  accountMaxSlowMs: 8_000,
} as const;

/** The outcomes that are failed guesses; "throttled-*" attempts never reached the password check. */
// A wrong or dead password reset link counts too (lib/auth/password-reset.ts): one address guessing
// links is one address guessing passwords.
export const FAILED_OUTCOMES = ["bad-credentials", "inactive", "bad-reset-link"] as const;

export type ThrottleReason = "throttled-pair" | "throttled-ip";

export interface ThrottleDecision {
  allowed: boolean;
  reason: ThrottleReason | null;
  retryAfterMs: number;
  /** How long to wait before checking the password (the account is under attack from elsewhere). */
  slowMs: number;
}

/** Pure: the wait after `failures` failures, the last at `lastFailure`. */
export function lockoutUntil(failures: number, free: number, lastFailure: Date | null): number {
  if (!lastFailure || failures < free) return 0;
  const delay = Math.min(THROTTLE.baseDelayMs * 2 ** (failures - free), THROTTLE.maxDelayMs);
  return lastFailure.getTime() + delay;
}

/** Pure: the slow-down for an account with `failures` recent failures from all addresses. */
export function accountSlowdown(failures: number): number {
  if (failures < THROTTLE.accountSlowAfter) return 0;
  return Math.min(THROTTLE.accountBaseSlowMs * 2 ** (failures - THROTTLE.accountSlowAfter), THROTTLE.accountMaxSlowMs);
}

/**
 * Pure: the key an address is counted and logged under. IPv6 is cut to its /64, since one
 * subscriber gets at least that many addresses to rotate through.
 */
export function throttleKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

type Where = { email: string } | { ip: string } | { email: string; ip: string };

async function recentFailures(db: Db, where: Where, now: Date) {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const result = await db.loginAttempt.aggregate({
    where: { ...where, outcome: { in: [...FAILED_OUTCOMES] }, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: result._count._all, last: result._max.createdAt };
}

export async function checkThrottle(
  db: Db,
  email: string,
  address: string,
  now = new Date(),
): Promise<ThrottleDecision> {
  const ip = throttleKey(address);
  const [pair, fromAddress, account] = await Promise.all([
    recentFailures(db, { email, ip }, now),
    recentFailures(db, { ip }, now),
    recentFailures(db, { email }, now),
  ]);
  const slowMs = accountSlowdown(account.count);
  const pairUntil = lockoutUntil(pair.count, THROTTLE.pairFreeFailures, pair.last);
  if (pairUntil > now.getTime())
    return { allowed: false, reason: "throttled-pair", retryAfterMs: pairUntil - now.getTime(), slowMs };
  const ipUntil = lockoutUntil(fromAddress.count, THROTTLE.ipFreeFailures, fromAddress.last);
  if (ipUntil > now.getTime())
    return { allowed: false, reason: "throttled-ip", retryAfterMs: ipUntil - now.getTime(), slowMs };
  return { allowed: true, reason: null, retryAfterMs: 0, slowMs };
}

export async function recordAttempt(db: Db, email: string, address: string, outcome: string): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip: throttleKey(address), success: outcome === "success", outcome } });
}
