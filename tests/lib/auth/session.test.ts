/** @jest-environment node */
// Sessions are signed JWTs, but every request re-reads the user: deactivation, a role change or a
// new password (sessionVersion bump) ends a still-valid token at its next request.
import { encode } from "next-auth/jwt";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useAppWorld } from "../../app/api/support/app-database";
import { asUser, TEST_NEXTAUTH_SECRET } from "../../support/http";
import { api, type World } from "../../app/api/support/admin-api";

describe.each(testProviders())("session rules on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  useAppWorld(provider, (db, world) => {
    t = db;
    w = world;
  });

  const sessionVersion = async (id: string) => (await t.db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

  it("a valid token works until the admin deactivates its user; then the next request is 401", async () => {
    const cookie = await asUser(w.editor);
    expect((await api.list("claims", { cookie })).status).toBe(200);
    const version = (await t.db.user.findUniqueOrThrow({ where: { id: w.editor.id } })).version;
    expect((await api.update("users", w.editor.id, { actor: w.admin }, { active: false, version })).status).toBe(200);
    expect((await api.list("claims", { cookie })).status).toBe(401);
    expect((await api.create("claims", { cookie }, { statement: "After deactivation.", kind: "FACT" })).status).toBe(
      401,
    );
    expect(await t.db.claim.count()).toBe(3);
  });

  it("a role change through the users resource ends the old token (401), and a token for the new session version works", async () => {
    const cookie = await asUser(w.editor);
    const version = (await t.db.user.findUniqueOrThrow({ where: { id: w.editor.id } })).version;
    const res = await api.update("users", w.editor.id, { actor: w.admin }, { role: "CONTRIBUTOR", version });
    expect(res.status).toBe(200);
    expect(res.json.data).not.toHaveProperty("sessionVersion");
    expect(await sessionVersion(w.editor.id)).toBe(1);
    expect((await api.list("claims", { cookie })).status).toBe(401);
    // Signing in again issues a token with the new version: the user is back, with the new role.
    const fresh = await asUser({ ...w.editor, role: "CONTRIBUTOR" }, 1);
    expect((await api.list("claims", { cookie: fresh })).status).toBe(200);
    expect(
      (await api.create("claims", { cookie: fresh }, { statement: "Now a contributor.", kind: "FACT" })).status,
    ).toBe(403);
  });

  it("the role in the token is not trusted: a token claiming ADMIN for an editor still acts as an editor", async () => {
    const forgedRole = await asUser({ ...w.editor, role: "ADMIN" });
    expect((await api.list("users", { cookie: forgedRole })).status).toBe(403);
  });

  it("a new password ends the old sessions; renaming does not", async () => {
    const cookie = await asUser(w.contributor);
    let version = (await t.db.user.findUniqueOrThrow({ where: { id: w.contributor.id } })).version;
    expect(
      (await api.update("users", w.contributor.id, { actor: w.admin }, { name: "Connie Renamed", version })).status,
    ).toBe(200);
    expect((await api.list("claims", { cookie })).status).toBe(200);
    version += 1;
    expect(
      (
        await api.update(
          "users",
          w.contributor.id,
          { actor: w.admin },
          { password: "an entirely new passphrase", version },
        )
      ).status,
    ).toBe(200);
    expect((await api.list("claims", { cookie })).status).toBe(401);
  });

  it("a token signed with another secret, or for a user that does not exist, is anonymous (401)", async () => {
    const other = await encode({ token: { uid: w.admin.id, sv: 0 }, secret: TEST_NEXTAUTH_SECRET.replace(/^5/, "6") });
    expect((await api.list("claims", { cookie: `next-auth.session-token=${other}` })).status).toBe(401);
    const ghost = await asUser({ ...w.admin, id: "no-such-user" });
    expect((await api.list("claims", { cookie: ghost })).status).toBe(401);
    expect((await api.list("claims", { cookie: "next-auth.session-token=not-a-jwt" })).status).toBe(401);
  });
});
