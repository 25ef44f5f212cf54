/** @jest-environment node */
// Signing in through the real /api/auth route: the throttle counts the address the server saw,
// not one the client claims; failing on purpose cannot lock anyone else out; and next-auth only
// ever sends the browser somewhere on this site afterwards.
import { THROTTLE } from "@/lib/auth/throttle";
import type { TestDatabase } from "../../../support/databases";
import { testProviders } from "../../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../../support/factories";
import { TEST_ORIGIN } from "../../../support/http";
import { openAppDatabase } from "../support/app-database";
import { Browser } from "./support";

const saved = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
});
afterAll(() => {
  process.env.NEXTAUTH_URL = saved;
});

describe.each(testProviders())("signing in on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
  });
  afterEach(async () => t.close());

  /** `count` failed sign-ins from `ip` already in the log, spread over accounts. */
  const failuresFrom = (ip: string, count: number) =>
    t.db.loginAttempt.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        email: `victim${i}@example.test`,
        ip,
        success: false,
        outcome: "bad-credentials",
        createdAt: new Date(),
      })),
    });

  it("signs in with the right password and logs the socket's address", async () => {
    const user = await makeUser(t.db, "EDITOR");
    const browser = new Browser("198.51.100.23");
    expect(await browser.signIn(user.email, TEST_PASSWORD)).toMatchObject({ ok: true, url: `${TEST_ORIGIN}/admin` });
    expect(await t.db.loginAttempt.findMany({ select: { ip: true, outcome: true } })).toEqual([
      { ip: "198.51.100.23", outcome: "success" },
    ]);
  });

  it("an address past its limit stays throttled whatever X-Forwarded-For or X-Real-IP it sends, and the log shows its real address", async () => {
    const user = await makeUser(t.db, "EDITOR");
    await failuresFrom("203.0.113.66", THROTTLE.ipFreeFailures);
    const attacker = new Browser("203.0.113.66");
    const forgeries: Record<string, string>[] = [
      { "x-forwarded-for": "x" },
      { "x-forwarded-for": "198.51.100.77" },
      { "x-real-ip": "198.51.100.78" },
    ];
    for (const forged of forgeries) {
      expect(await attacker.signIn(user.email, TEST_PASSWORD, { headers: forged })).toMatchObject({ ok: false });
    }
    const refused = await t.db.loginAttempt.findMany({
      where: { email: user.email },
      select: { ip: true, outcome: true },
    });
    expect(refused).toEqual(Array(3).fill({ ip: "203.0.113.66", outcome: "throttled-ip" }));
  });

  it("rotating X-Forwarded-For addresses earns no fresh attempts at an account", async () => {
    const user = await makeUser(t.db, "EDITOR");
    const attacker = new Browser("203.0.113.66");
    for (let i = 0; i < THROTTLE.pairFreeFailures; i++) {
      expect(
        await attacker.signIn(user.email, `guess ${i}`, { headers: { "x-forwarded-for": `198.51.100.${i}` } }),
      ).toMatchObject({ ok: false });
    }
    expect(
      await attacker.signIn(user.email, TEST_PASSWORD, { headers: { "x-forwarded-for": "198.51.100.250" } }),
    ).toMatchObject({ ok: false });
    expect((await t.db.loginAttempt.findFirstOrThrow({ orderBy: { createdAt: "desc" } })).outcome).toBe(
      "throttled-pair",
    );
  });

  it("behind a trusted proxy, the client is the right-most address the proxy did not write itself", async () => {
    const user = await makeUser(t.db, "EDITOR");
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    try {
      const behindProxy = new Browser("10.0.0.5");
      const signedIn = await behindProxy.signIn(user.email, TEST_PASSWORD, {
        headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.9" },
      });
      expect(signedIn.ok).toBe(true);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
    expect((await t.db.loginAttempt.findFirstOrThrow()).ip).toBe("198.51.100.9");
  });

  it("ten failed sign-ins from one address do not lock the admin out: the right password from their own address works", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const attacker = new Browser("203.0.113.66");
    for (let i = 0; i < 12; i++) expect(await attacker.signIn(admin.email, `guess ${i}`)).toMatchObject({ ok: false });
    expect(await attacker.signIn(admin.email, TEST_PASSWORD)).toMatchObject({ ok: false });
    expect(await new Browser("192.0.2.10").signIn(admin.email, TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it("after signing in, goes only to a page of this site: a tab the browser would drop cannot make it another host", async () => {
    const user = await makeUser(t.db, "EDITOR");
    for (const callbackUrl of [
      "/\t/evil.example/steal",
      "//evil.example/",
      "/\\evil.example",
      "https://evil.example/",
      "http://localhost:3000.evil.example/",
    ]) {
      const { url } = await new Browser().signIn(user.email, TEST_PASSWORD, { callbackUrl });
      expect([callbackUrl, new URL(url).origin]).toEqual([callbackUrl, TEST_ORIGIN]);
    }
    const { url } = await new Browser().signIn(user.email, TEST_PASSWORD, { callbackUrl: "/admin#/claims" });
    expect(url).toBe(`${TEST_ORIGIN}/admin#/claims`);
  });

  it("refuses a sign-in posted from another origin, or for another host, before checking anything", async () => {
    const user = await makeUser(t.db, "EDITOR");
    const browser = new Browser();
    const form = { csrfToken: await browser.csrfToken(), email: user.email, password: TEST_PASSWORD, json: "true" };
    expect(
      (await browser.request(["callback", "credentials"], { method: "POST", form, origin: "https://evil.example" }))
        .status,
    ).toBe(403);
    expect(
      (await browser.request(["callback", "credentials"], { method: "POST", form, headers: { host: "evil.example" } }))
        .status,
    ).toBe(400);
    expect(browser.session).toBeNull();
    expect(await t.db.loginAttempt.count()).toBe(0);
  });
});
