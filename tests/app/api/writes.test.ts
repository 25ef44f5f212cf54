/** @jest-environment node */
// Writes through the admin API: optimistic locking (409 with who changed it), a Revision row for
// every write attributed to the caller, and the trash (soft delete, restore).
import { testProviders, type TestDatabase } from "../../support/databases";
import { useAppWorld } from "./support/app-database";
import { makeUser } from "../../support/factories";
import { api, type World } from "./support/admin-api";

describe.each(testProviders())("writes through the admin API on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  useAppWorld(provider, (db, world) => {
    t = db;
    w = world;
  });

  const revisionsOf = (entityId: string) =>
    t.db.revision.findMany({
      where: { entityId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, userId: true, reason: true },
    });

  it("an editor saving a stale claim gets 409 naming who changed it, and the database keeps the other edit", async () => {
    const eve = await makeUser(t.db, "EDITOR", { name: "Eve Faster" });
    const id = w.claims[0];
    const first = await api.update(
      "claims",
      id,
      { actor: eve },
      { statement: "Django ships an admin site.", version: 1 },
    );
    expect(first.status).toBe(200);
    const stale = await api.update(
      "claims",
      id,
      { actor: w.editor },
      { statement: "Django has no admin.", version: 1 },
    );
    expect(stale.status).toBe(409);
    expect(stale.json.error.current).toMatchObject({ currentVersion: 2, changedBy: "Eve Faster" });
    expect(stale.json.error.message).toMatch(/Eve Faster/);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      statement: "Django ships an admin site.",
      version: 2,
    });
  });

  it("a stale DELETE (?version=old) is a 409 and the record stays", async () => {
    const id = w.claims[1];
    await api.update("claims", id, { actor: w.admin }, { topic: "speed", version: 1 });
    const res = await api.delete("claims", id, { actor: w.editor }, 1);
    expect(res.status).toBe(409);
    expect(res.json.error.current.changedBy).toBe("Ada Admin");
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("every write through the API leaves a revision attributed to the caller", async () => {
    const created = await api.create(
      "claims",
      { actor: w.editor },
      { statement: "Phoenix handles many websockets.", kind: "FACT" },
    );
    expect(created.status).toBe(201);
    const id: string = created.json.data.id;
    expect((await api.update("claims", id, { actor: w.admin }, { topic: "realtime", version: 1 })).status).toBe(200);
    const bulk = await api.bulk(
      "claims",
      { actor: w.editor },
      { op: "action", action: "setStatus", ids: [id], data: { status: "IN_REVIEW" } },
    );
    expect(bulk.status).toBe(200);
    expect((await api.delete("claims", id, { actor: w.admin }, 3)).status).toBe(200);
    expect((await api.restore("claims", id, { actor: w.editor })).status).toBe(200);
    const history = await api.history("claims", id, { actor: w.editor });
    const firstUpdate = history.json.data.find(
      (h: { action: string; changes: Record<string, unknown> }) => h.action === "UPDATE" && h.changes.topic,
    );
    const reverted = await api.revert(
      "claims",
      id,
      { actor: w.admin },
      { revisionId: history.json.data.at(-1).id, version: 5 },
    );
    expect(reverted.status).toBe(200);
    expect(firstUpdate.user).toEqual({ id: w.admin.id, name: "Ada Admin" });
    expect(await revisionsOf(id)).toEqual([
      { action: "CREATE", userId: w.editor.id, reason: null },
      { action: "UPDATE", userId: w.admin.id, reason: null },
      { action: "UPDATE", userId: w.editor.id, reason: "Change status" },
      { action: "DELETE", userId: w.admin.id, reason: null },
      { action: "RESTORE", userId: w.editor.id, reason: null },
      { action: "REVERT", userId: w.admin.id, reason: expect.stringMatching(/^Restored the version of /) },
    ]);
    // Reverting to the CREATE revision put the original topic back.
    expect(await t.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({ topic: null, version: 6 });
  });

  it("bulk update, delete and restore write one revision per record, by the caller", async () => {
    const ids = w.claims.slice(0, 2);
    expect((await api.bulk("claims", { actor: w.editor }, { op: "update", ids, data: { topic: "web" } })).status).toBe(
      200,
    );
    expect((await api.bulk("claims", { actor: w.editor }, { op: "delete", ids })).status).toBe(200);
    expect((await api.bulk("claims", { actor: w.admin }, { op: "restore", ids })).status).toBe(200);
    for (const id of ids) {
      expect((await revisionsOf(id)).slice(1)).toEqual([
        { action: "UPDATE", userId: w.editor.id, reason: null },
        { action: "DELETE", userId: w.editor.id, reason: null },
        { action: "RESTORE", userId: w.admin.id, reason: null },
      ]);
    }
  });

  it("a refused write leaves no revision and no change", async () => {
    const before = await t.db.revision.count();
    expect((await api.update("claims", w.claims[0], { actor: w.contributor }, { topic: "x", version: 1 })).status).toBe(
      403,
    );
    expect(
      (await api.create("claims", { actor: w.contributor }, { statement: "Sneaky claim.", kind: "FACT" })).status,
    ).toBe(403);
    expect(await t.db.revision.count()).toBe(before);
    expect(await t.db.claim.count()).toBe(3);
  });

  it("a deleted claim leaves the list, shows in the trash for editors, and comes back on restore", async () => {
    const id = w.claims[2];
    expect((await api.delete("claims", id, { actor: w.editor })).status).toBe(200);
    const ids = async (actor: typeof w.editor, filter?: Record<string, unknown>) =>
      (await api.list("claims", { actor }, filter ? { filter } : undefined)).json.data.map((c: { id: string }) => c.id);
    expect(await ids(w.editor)).not.toContain(id);
    expect(await ids(w.contributor)).not.toContain(id);
    expect(await ids(w.editor, { deleted: true })).toEqual([id]);
    expect((await api.getOne("claims", id, { actor: w.contributor })).status).toBe(404);

    const trash = await api.list("claims", { actor: w.contributor }, { filter: { deleted: true } });
    expect(trash.status).toBe(400);
    expect(trash.json.error.fields.deleted).toBeDefined();

    const restored = await api.restore("claims", id, { actor: w.editor });
    expect(restored.status).toBe(200);
    expect(restored.json.data).toMatchObject({ id, deletedAt: null });
    expect(await ids(w.contributor)).toContain(id);
    expect(await ids(w.editor, { deleted: true })).toEqual([]);
  });
});
