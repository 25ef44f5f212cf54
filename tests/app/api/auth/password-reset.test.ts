/** @jest-environment node */
// Password reset by a one-time link an admin issues, through the real route handlers on both
// databases: only an admin issues one; the link sets a password once, within the hour, ends every
// session the user had, and a wrong, used, replaced or expired link is refused and counted like a
// failed sign-in from that address.
import * as issueRoute from "@/app/api/admin/password-reset/route";
import * as meta from "@/app/api/admin/meta/route";
import * as resetRoute from "@/app/api/auth/reset-password/route";
import {
  issueResetLink,
  RESET_LINK_TTL_MS,
  RESET_THROTTLE_KEY,
  resetPasswordWithLink,
} from "@/lib/auth/password-reset";
import type { Actor } from "@/lib/auth/roles";
import { THROTTLE } from "@/lib/auth/throttle";
import { testProviders, type TestDatabase } from "../../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../../support/factories";
import { call, TEST_ORIGIN } from "../../../support/http";
import { openAppDatabase } from "../support/app-database";
import { Browser, SESSION_COOKIE } from "./support";

const NEW_PASSWORD = "a-quite-new-secret-2027";
const saved = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
});
afterAll(() => {
  process.env.NEXTAUTH_URL = saved;
});

const issue = (actor: Actor | null, userId: string) =>
  call(issueRoute.POST, { method: "POST", url: "/api/admin/password-reset", actor, body: { userId } });
const useLink = (
  token: string,
  password = NEW_PASSWORD,
  peer = "198.51.100.7",
  origin: string | null | undefined = undefined,
) =>
  call(resetRoute.POST, { method: "POST", url: "/api/auth/reset-password", body: { token, password }, peer, origin });
const tokenOf = (path: string) => path.slice(path.indexOf("#") + 1);

describe.each(testProviders())("password reset links on %s", (provider) => {
  let t: TestDatabase;
  let admin: Actor;
  let user: Actor;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
    admin = await makeUser(t.db, "ADMIN", { name: "Ada Admin" });
    user = await makeUser(t.db, "EDITOR", { name: "Edith Editor" });
  });
  afterEach(async () => t.close());

  it("an admin issues a link (shown to them, stored hashed); an editor or a contributor cannot, nor an anonymous caller", async () => {
    const res = await issue(admin, user.id);
    expect(res.status).toBe(200);
    expect(res.json.data.path).toMatch(/^\/login\/reset#[A-Za-z0-9_-]{43}$/);
    const expiresIn = new Date(res.json.data.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(RESET_LINK_TTL_MS - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(RESET_LINK_TTL_MS);
    const stored = await t.db.passwordReset.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(tokenOf(res.json.data.path));
    expect(stored[0].issuedById).toBe(admin.id);
    const revision = await t.db.revision.findFirstOrThrow({
      where: { entity: "users", entityId: user.id },
      orderBy: { createdAt: "desc" },
    });
    expect(revision).toMatchObject({
      userId: admin.id,
      reason: expect.stringContaining("Issued a one-time password reset link"),
    });

    expect((await issue(user, user.id)).status).toBe(403);
    expect((await issue(await makeUser(t.db, "CONTRIBUTOR"), user.id)).status).toBe(403);
    expect((await issue(null, user.id)).status).toBe(401);
    expect((await issue(admin, "no-such-user")).status).toBe(404);
  });

  it("the link sets the password once: the old password and every session end, the new password signs in, a second use is refused", async () => {
    const browser = new Browser();
    expect((await browser.signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    const token = browser.session as string;
    const metaStatus = async () =>
      (await call(meta.GET, { url: "/api/admin/meta", cookie: `${SESSION_COOKIE}=${token}` })).status;
    expect(await metaStatus()).toBe(200);

    const link = tokenOf((await issue(admin, user.id)).json.data.path);
    const used = await useLink(link);
    expect(used.status).toBe(200);
    expect(used.json.data).toEqual({ email: user.email });
    expect(await metaStatus()).toBe(401);
    expect((await new Browser().signIn(user.email, TEST_PASSWORD)).ok).toBe(false);
    expect((await new Browser("192.0.2.99").signIn(user.email, NEW_PASSWORD)).ok).toBe(true);

    const again = await useLink(link, "another-fresh-secret-99");
    expect(again.status).toBe(400);
    expect(again.json.error.message).toContain("not valid any more");
    expect((await new Browser("192.0.2.98").signIn(user.email, "another-fresh-secret-99")).ok).toBe(false);
  });

  it("a refused password leaves the link usable; an expired, replaced or unknown link gets the same answer", async () => {
    const link = tokenOf((await issue(admin, user.id)).json.data.path);
    const weak = await useLink(link, "password123");
    expect(weak.status).toBe(400);
    expect(weak.json.error.fields.password).toEqual(["This password is too common."]);
    expect((await useLink(link)).status).toBe(200);

    const replaced = tokenOf((await issue(admin, user.id)).json.data.path);
    const newer = tokenOf((await issue(admin, user.id)).json.data.path);
    const expired = tokenOf(
      (await issueResetLink(admin, { userId: user.id }, t.db, new Date(Date.now() - RESET_LINK_TTL_MS - 1000))).path,
    );
    const answers = await Promise.all(
      [replaced, expired, "x".repeat(43), "not-even-shaped"].map((token) => useLink(token)),
    );
    expect(answers.map((a) => [a.status, a.json.error.message])).toEqual(
      Array(4).fill([400, expect.stringContaining("not valid any more")]),
    );
    // The expired one was issued last, so it replaced `newer` too: no link of this user works now.
    expect((await useLink(newer)).status).toBe(400);
  });

  it("a deactivated user's link is refused, and no link is issued for them", async () => {
    const link = tokenOf((await issue(admin, user.id)).json.data.path);
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await useLink(link)).status).toBe(400);
    expect((await issue(admin, user.id)).status).toBe(400);
  });

  it("guessing links is throttled per address like sign-in: past the free failures that address gets 429, another address does not", async () => {
    const link = tokenOf((await issue(admin, user.id)).json.data.path);
    for (let i = 0; i < THROTTLE.pairFreeFailures; i++)
      expect((await useLink("g".repeat(43), NEW_PASSWORD, "203.0.113.5")).status).toBe(400);
    const refused = await useLink(link, NEW_PASSWORD, "203.0.113.5");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await t.db.loginAttempt.count({ where: { email: RESET_THROTTLE_KEY, outcome: "bad-reset-link" } })).toBe(
      THROTTLE.pairFreeFailures,
    );
    expect((await useLink(link, NEW_PASSWORD, "203.0.113.6")).status).toBe(200);
  });

  it("refuses a cross-site post", async () => {
    const link = tokenOf((await issue(admin, user.id)).json.data.path);
    expect((await useLink(link, NEW_PASSWORD, undefined, "https://evil.example")).status).toBe(403);
    // Used directly (no route), the service also refuses a bad body shape.
    await expect(resetPasswordWithLink({ token: link }, "198.51.100.7", t.db)).rejects.toThrow(
      "Some fields are not valid.",
    );
  });
});
