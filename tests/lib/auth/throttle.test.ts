// Sign-in throttling on real databases, through checkCredentials with real argon2 hashes: an
// address guessing at one account is stopped, an address spraying many accounts is stopped, but
// failing on purpose never locks the real user out of their account.
import { checkCredentials, TooManyAttempts } from "@/lib/auth/login";
import { accountSlowdown, checkThrottle, lockoutUntil, THROTTLE, throttleKey } from "@/lib/auth/throttle";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../support/factories";

describe("lockout backoff", () => {
  it("lets the first failures through, then doubles the wait up to a ceiling", () => {
    const last = new Date("2026-01-01T00:00:00Z");
    const free = THROTTLE.pairFreeFailures;
    expect(lockoutUntil(free - 1, free, last)).toBe(0);
    const first = lockoutUntil(free, free, last) - last.getTime();
    const second = lockoutUntil(free + 1, free, last) - last.getTime();
    expect(second).toBe(first * 2);
    expect(lockoutUntil(100, free, last) - last.getTime()).toBe(THROTTLE.maxDelayMs);
  });

  it("slows an account under attack down, doubling up to a few seconds, but never refuses it", () => {
    expect(accountSlowdown(THROTTLE.accountSlowAfter - 1)).toBe(0);
    expect(accountSlowdown(THROTTLE.accountSlowAfter + 1)).toBe(accountSlowdown(THROTTLE.accountSlowAfter) * 2);
    expect(accountSlowdown(10_000)).toBe(THROTTLE.accountMaxSlowMs);
  });

  it("counts an IPv6 client by its /64, whatever way the address is written", () => {
    expect(throttleKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleKey("2001:db8:0:0:ffff::9")).toBe("2001:db8:0:0::/64");
    expect(throttleKey("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(throttleKey("::1")).toBe("0:0:0:0::/64");
    expect(throttleKey("198.51.100.7")).toBe("198.51.100.7");
    expect(throttleKey("unknown")).toBe("unknown");
  });
});

describe.each(testProviders())("sign-in throttling on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  const outcomes = async () =>
    (await t.db.loginAttempt.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.outcome);
  const waits: number[] = [];
  const record = async (ms: number) => {
    waits.push(ms);
  };
  beforeEach(() => {
    waits.length = 0;
  });

  it("stops one address guessing at one account, even when it then has the right password", async () => {
    const user = await makeUser(t.db, "EDITOR");
    for (let i = 0; i < THROTTLE.pairFreeFailures; i++) {
      expect(await checkCredentials(user.email, "wrong password!", t.db, "203.0.113.66", record)).toBeNull();
    }
    await expect(checkCredentials(user.email, TEST_PASSWORD, t.db, "203.0.113.66", record)).rejects.toBeInstanceOf(
      TooManyAttempts,
    );
    expect(await outcomes()).toEqual([...Array(THROTTLE.pairFreeFailures).fill("bad-credentials"), "throttled-pair"]);
  });

  it("failing on purpose cannot lock the admin out: the right password from an address without failures gets in", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    // The attacker fails until refused, then keeps hammering: refused attempts are not failures.
    for (let i = 0; i < 40; i++)
      await checkCredentials(admin.email, `guess number ${i}`, t.db, "203.0.113.66", record).catch(() => null);
    expect(await t.db.loginAttempt.count({ where: { outcome: "bad-credentials" } })).toBe(THROTTLE.pairFreeFailures);
    expect(await t.db.loginAttempt.count({ where: { outcome: "throttled-pair" } })).toBe(
      40 - THROTTLE.pairFreeFailures,
    );
    expect(await checkCredentials(admin.email, TEST_PASSWORD, t.db, "192.0.2.10", record)).toMatchObject({
      id: admin.id,
    });
    expect(waits).toEqual([]);
  });

  it("an account failed on from many addresses is slowed down for everyone, and still lets the right password in", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const now = new Date();
    await t.db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.accountSlowAfter + 2 }, (_, i) => ({
        email: admin.email,
        ip: `198.51.100.${i}`,
        success: false,
        outcome: "bad-credentials",
        createdAt: now,
      })),
    });
    expect(await checkCredentials(admin.email, "still guessing", t.db, "198.51.100.200", record)).toBeNull();
    expect(await checkCredentials(admin.email, TEST_PASSWORD, t.db, "192.0.2.10", record)).toMatchObject({
      id: admin.id,
    });
    expect(waits).toEqual([
      accountSlowdown(THROTTLE.accountSlowAfter + 2),
      accountSlowdown(THROTTLE.accountSlowAfter + 3),
    ]);
  });

  it("treats unknown emails the same way, so lockouts reveal no accounts", async () => {
    for (let i = 0; i < THROTTLE.pairFreeFailures; i++)
      await checkCredentials("nobody@example.test", "whatever-pass", t.db, "10.0.0.3", record);
    await expect(
      checkCredentials("nobody@example.test", "whatever-pass", t.db, "10.0.0.3", record),
    ).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("stops one address spraying many accounts, and counts an IPv6 client by its /64", async () => {
    const now = new Date();
    const later = new Date(now.getTime() + 1000);
    const spray = (ip: (i: number) => string) =>
      Array.from({ length: THROTTLE.ipFreeFailures }, (_, i) => ({
        email: `u${i}@example.test`,
        ip: ip(i),
        success: false,
        outcome: "bad-credentials",
        createdAt: now,
      }));
    await t.db.loginAttempt.createMany({
      data: [...spray(() => "10.9.9.9"), ...spray((i) => throttleKey(`2001:db8::${i + 1}`))],
    });
    expect(await checkThrottle(t.db, "fresh@example.test", "10.9.9.9", later)).toMatchObject({
      allowed: false,
      reason: "throttled-ip",
    });
    expect(await checkThrottle(t.db, "fresh@example.test", "10.1.1.1", later)).toMatchObject({ allowed: true });
    expect(await checkThrottle(t.db, "fresh@example.test", "2001:db8::abcd", later)).toMatchObject({
      allowed: false,
      reason: "throttled-ip",
    });
    expect(await checkThrottle(t.db, "fresh@example.test", "2001:db8:0:1::1", later)).toMatchObject({ allowed: true });
  });

  it("forgets failures outside the window", async () => {
    const old = new Date(Date.now() - THROTTLE.windowMs - 60_000);
    await t.db.loginAttempt.createMany({
      data: Array.from({ length: 40 }, () => ({
        email: "x@example.test",
        ip: "10.2.2.2",
        success: false,
        outcome: "bad-credentials",
        createdAt: old,
      })),
    });
    expect(await checkThrottle(t.db, "x@example.test", "10.2.2.2")).toMatchObject({ allowed: true, slowMs: 0 });
  });
});
