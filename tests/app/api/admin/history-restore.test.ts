/** @jest-environment node */
// The history route names what revisions link to; the revert route previews a restore (GET, nothing
// written) before doing it (POST), as the admin's confirmation dialog uses them.
import * as historyRoute from "@/app/api/admin/[resource]/[id]/history/route";
import * as revertRoute from "@/app/api/admin/[resource]/[id]/revert/route";
import { claims } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { makeUser } from "../../../support/factories";
import { call } from "../../../support/http";

describe("history and restore routes", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
  });
  afterEach(() => t.close());

  it("an editor sees the reviewer's name, previews a restore that unpublishes, and only the POST writes", async () => {
    const editor = await makeUser(t.db, "EDITOR", { name: "Edith Editor" });
    const claim = await createRecord(claims, editor, { statement: "Flask is a microframework.", kind: "FACT" }, t.db);
    const id = String(claim.id);
    await runAction(claims, editor, "setStatus", [id], { status: "VERIFIED" }, null, t.db);
    const params = { resource: "claims", id };
    const history = await call(historyRoute.GET, { url: `/api/admin/claims/${id}/history`, actor: editor, params });
    expect(history.status).toBe(200);
    expect(history.json.names).toEqual({ [editor.id]: "Edith Editor" });
    const first = history.json.data.at(-1).id as string;

    const preview = await call(revertRoute.GET, {
      url: `/api/admin/claims/${id}/revert?revisionId=${first}`,
      actor: editor,
      params,
    });
    expect(preview.status).toBe(200);
    expect(preview.json.data).toMatchObject({
      revisionId: first,
      changes: { status: { before: "VERIFIED", after: "DRAFT" } },
      consequences: [expect.stringContaining("leave the public site")],
    });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).status).toBe("VERIFIED");
    expect((await call(revertRoute.GET, { url: `/api/admin/claims/${id}/revert`, actor: editor, params })).status).toBe(
      400,
    );
    expect(
      (
        await call(revertRoute.GET, {
          url: `/api/admin/claims/${id}/revert?revisionId=${first}`,
          actor: await makeUser(t.db, "CONTRIBUTOR"),
          params,
        })
      ).status,
    ).toBe(403);

    const done = await call(revertRoute.POST, {
      method: "POST",
      url: `/api/admin/claims/${id}/revert`,
      actor: editor,
      params,
      body: { revisionId: first, version: 2 },
    });
    expect(done.status).toBe(200);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});
