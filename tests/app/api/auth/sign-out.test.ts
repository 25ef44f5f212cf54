/** @jest-environment node */
// Signing out ends the session itself, not only the browser's cookie: a copy of the token kept
// by anyone (a stolen cookie, a second tab's request in flight) stops working at once, for the
// admin API and for next-auth's session endpoint, which no longer renews it.
import * as meta from "@/app/api/admin/meta/route";
import type { TestDatabase } from "../../../support/databases";
import { testProviders } from "../../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../../support/factories";
import { call, TEST_ORIGIN } from "../../../support/http";
import { openAppDatabase } from "../support/app-database";
import { Browser, SESSION_COOKIE } from "./support";

const saved = process.env.NEXTAUTH_URL;
beforeAll(() => {
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
});
afterAll(() => {
  process.env.NEXTAUTH_URL = saved;
});

describe.each(testProviders())("signing out on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
  });
  afterEach(async () => t.close());

  const metaStatus = async (token: string) =>
    (await call(meta.GET, { url: "/api/admin/meta", cookie: `${SESSION_COOKIE}=${token}` })).status;

  async function signedIn() {
    const user = await makeUser(t.db, "EDITOR");
    const browser = new Browser();
    expect((await browser.signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    return { user, browser, token: browser.session as string };
  }

  it("the token is dead at once for the admin API", async () => {
    const { browser, token } = await signedIn();
    expect(await metaStatus(token)).toBe(200);
    expect((await browser.signOut()).status).toBe(200);
    expect(browser.session).toBeNull();
    expect(await metaStatus(token)).toBe(401);
  });

  it("the session endpoint answers no session for the old token, and clears it instead of renewing it", async () => {
    const { user, browser, token } = await signedIn();
    const before = await browser.sessionInfo();
    expect(before.json.user).toMatchObject({ email: user.email, id: user.id });
    await browser.signOut();
    const stolen = new Browser();
    stolen.jar.set(SESSION_COOKIE, token);
    const after = await stolen.sessionInfo();
    expect(after.json).toEqual({});
    expect(stolen.session).toBeNull();
    expect(after.headers.getSetCookie().join("\n")).not.toMatch(new RegExp(`${SESSION_COOKIE}=[^;]`));
  });

  it("signing in again works, and replaying the old token's sign-out does not end the new session", async () => {
    const { user, token } = await signedIn();
    const first = new Browser();
    first.jar.set(SESSION_COOKIE, token);
    await first.signOut();
    const again = new Browser();
    expect((await again.signIn(user.email, TEST_PASSWORD)).ok).toBe(true);
    const replay = new Browser();
    replay.jar.set(SESSION_COOKIE, token);
    await replay.signOut();
    expect(await metaStatus(again.session as string)).toBe(200);
  });

  it("a deactivated user's token is not renewed by the session endpoint", async () => {
    const { user, browser } = await signedIn();
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await browser.sessionInfo()).json).toEqual({});
    expect(browser.session).toBeNull();
  });

  it("a sign-out is a session write, not an edit: the user's version and history are untouched", async () => {
    const { user, browser } = await signedIn();
    const before = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    await browser.signOut();
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect({ version: after.version, sessionVersion: after.sessionVersion }).toEqual({
      version: before.version,
      sessionVersion: before.sessionVersion + 1,
    });
    expect(await t.db.revision.count({ where: { entityId: user.id } })).toBe(0);
  });
});
