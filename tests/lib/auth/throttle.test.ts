import { checkCredentials, TooManyAttempts } from "@/lib/auth/login";
import { checkThrottle, lockoutUntil, THROTTLE } from "@/lib/auth/throttle";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../support/factories";

describe("lockout backoff", () => {
  it("lets the first failures through, then doubles the wait up to a ceiling", () => {
    const last = new Date("2026-01-01T00:00:00Z");
    expect(lockoutUntil(THROTTLE.accountFreeFailures - 1, THROTTLE.accountFreeFailures, last)).toBe(0);
    const first = lockoutUntil(THROTTLE.accountFreeFailures, THROTTLE.accountFreeFailures, last) - last.getTime();
    const second = lockoutUntil(THROTTLE.accountFreeFailures + 1, THROTTLE.accountFreeFailures, last) - last.getTime();
    expect(second).toBe(first * 2);
    expect(lockoutUntil(100, THROTTLE.accountFreeFailures, last) - last.getTime()).toBe(THROTTLE.maxDelayMs);
  });
});

describe.each(testProviders())("sign-in throttling on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  it("locks an account after repeated failures, even for the right password, and logs every attempt", async () => {
    const user = await makeUser(t.db, "EDITOR");
    for (let i = 0; i < THROTTLE.accountFreeFailures; i++) {
      expect(await checkCredentials(user.email, "wrong password!", t.db, "10.0.0.1")).toBeNull();
    }
    await expect(checkCredentials(user.email, TEST_PASSWORD, t.db, "10.0.0.2")).rejects.toBeInstanceOf(TooManyAttempts);
    const outcomes = (await t.db.loginAttempt.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.outcome);
    expect(outcomes).toEqual([...Array(THROTTLE.accountFreeFailures).fill("bad-credentials"), "throttled-account"]);
  });

  it("treats unknown emails the same way, so lockouts reveal no accounts", async () => {
    for (let i = 0; i < THROTTLE.accountFreeFailures; i++) await checkCredentials("nobody@example.test", "whatever-pass", t.db, "10.0.0.3");
    await expect(checkCredentials("nobody@example.test", "whatever-pass", t.db, "10.0.0.3")).rejects.toBeInstanceOf(TooManyAttempts);
  });

  it("throttles one address spraying many accounts", async () => {
    const now = new Date();
    await t.db.loginAttempt.createMany({
      data: Array.from({ length: THROTTLE.ipFreeFailures }, (_, i) => ({ email: `u${i}@example.test`, ip: "10.9.9.9", success: false, outcome: "bad-credentials", createdAt: now })),
    });
    expect(await checkThrottle(t.db, "fresh@example.test", "10.9.9.9", new Date(now.getTime() + 1000))).toMatchObject({ allowed: false, reason: "throttled-ip" });
    expect(await checkThrottle(t.db, "fresh@example.test", "10.1.1.1", new Date(now.getTime() + 1000))).toMatchObject({ allowed: true });
  });

  it("forgets failures outside the window", async () => {
    const old = new Date(Date.now() - THROTTLE.windowMs - 60_000);
    await t.db.loginAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ email: "x@example.test", ip: "10.2.2.2", success: false, outcome: "bad-credentials", createdAt: old })),
    });
    expect((await checkThrottle(t.db, "x@example.test", "10.2.2.2")).allowed).toBe(true);
  });
});
