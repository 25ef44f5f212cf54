/** @jest-environment node */
// A resource's declared after-commit hooks run once the write has committed, with what it wrote and
// who wrote it; a failing hook is logged and the write stands.
import { claims } from "@/lib/resources/claims";
import type { CommittedWrite, ResourceDef } from "@/lib/resources/define";
import { createRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";

describe.each(testProviders())("after-commit hooks on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it("a hook sees the committed record and the actor; a failing one is logged and the write stands", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const seen: Array<{ resource: string; ids: string[]; actor: string | null; stored: boolean }> = [];
    const record = async (write: CommittedWrite) => {
      const rows = (Array.isArray(write.result) ? write.result : [write.result]) as Array<{ id: string }>;
      // Committed: another connection's read (the hook's db is the client, not the transaction) finds it.
      const stored = (await write.db.claim.count({ where: { id: { in: rows.map((r) => r.id) } } })) === rows.length;
      seen.push({ resource: write.resource, ids: rows.map((r) => r.id), actor: write.actor?.id ?? null, stored });
    };
    const failing = async () => {
      throw new Error("listener down");
    };
    const def: ResourceDef = { ...claims, afterCommit: [failing, record] };
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const created = await createRecord(def, editor, { statement: "Phoenix has LiveView.", kind: "FEATURE" }, t.db);
      await runAction(def, editor, "setStatus", [created.id], { status: "VERIFIED" }, null, t.db);
      expect(seen).toEqual([
        { resource: "claims", ids: [created.id], actor: editor.id, stored: true },
        { resource: "claims", ids: [created.id], actor: editor.id, stored: true },
      ]);
      expect(logged).toHaveBeenCalledWith("After-commit hook of claims failed", expect.any(Error));
      expect(await t.db.claim.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "VERIFIED" });
    } finally {
      logged.mockRestore();
    }
  });

  it("a write that fails runs no hook", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const seen: string[] = [];
    const def: ResourceDef = {
      ...claims,
      afterCommit: [
        async (w) => {
          seen.push(w.resource);
        },
      ],
    };
    await expect(createRecord(def, editor, { statement: "x", kind: "FEATURE" }, t.db)).rejects.toThrow();
    expect(seen).toEqual([]);
  });
});
