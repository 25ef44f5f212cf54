/** @jest-environment node */
// README's roles table gives contributors no revisions: a record's history is its revisions (whole
// snapshots), so every route that shows one (the history, a comparison, a restore's preview and the
// restore) answers 403 to a contributor on a record they may only read (a claim, another team's public
// decision); on their own team's decision, which they may change, its history is theirs. Staff read every
// history. The admin's screens follow the same rule (HistorySection).
import * as compareRoute from "@/app/api/admin/[resource]/[id]/compare/route";
import * as revertRoute from "@/app/api/admin/[resource]/[id]/revert/route";
import type { Actor } from "@/lib/auth/roles";
import { testProviders } from "../../../support/databases";
import { call } from "../../../support/http";
import { useAppWorld } from "../support/app-database";
import { api, type World } from "../support/admin-api";

describe.each(testProviders())("who reads a record's history on %s", (provider) => {
  let w: World;
  useAppWorld(provider, (_t, world) => {
    w = world;
  });

  /** Status of each history route for `actor` on a record with two versions. */
  async function answers(resource: string, id: string, actor: Actor, patch: Record<string, unknown>) {
    const edit = await api.update(resource, id, { actor: w.editor }, { ...patch, version: 1 });
    expect(edit.status).toBe(200);
    const revisions = await w.db.revision.findMany({
      where: { entity: resource, entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(revisions.length).toBe(2);
    const [first, second] = revisions.map((r) => r.id);
    const params = { resource, id };
    const base = `/api/admin/${resource}/${id}`;
    return {
      history: (await api.history(resource, id, { actor })).status,
      compare: (await call(compareRoute.GET, { url: `${base}/compare?from=${first}&to=${second}`, actor, params }))
        .status,
      preview: (await call(revertRoute.GET, { url: `${base}/revert?revisionId=${first}`, actor, params })).status,
      restore: (await api.revert(resource, id, { actor }, { revisionId: first, version: 2 })).status,
    };
  }

  it("a contributor gets 403 for a claim's history, though they may read the claim", async () => {
    expect((await api.getOne("claims", w.claims[0], { actor: w.contributor })).status).toBe(200);
    expect(await answers("claims", w.claims[0], w.contributor, { statement: "Django ships an admin." })).toEqual({
      history: 403,
      compare: 403,
      preview: 403,
      restore: 403,
    });
  });

  it("a contributor reads, compares, previews and restores the history of their own team's decision, which they may change", async () => {
    expect(await answers("decisions", w.decision, w.contributor, { title: "Pick a Python web framework" })).toEqual({
      history: 200,
      compare: 200,
      preview: 200,
      restore: 200,
    });
  });

  it("a contributor of another team gets 403 for a public decision's history, though they may read the decision", async () => {
    const [outsider] = w.loners;
    expect(
      await answers("decisions", w.decision, outsider, { title: "Pick a Python web framework", visibility: "PUBLIC" }),
    ).toEqual({ history: 403, compare: 403, preview: 403, restore: 403 });
    expect((await api.getOne("decisions", w.decision, { actor: outsider })).status).toBe(200);
  });

  it("an editor reads, compares, previews and restores a claim's history", async () => {
    expect(await answers("claims", w.claims[1], w.editor, { statement: "FastAPI is quick." })).toEqual({
      history: 200,
      compare: 200,
      preview: 200,
      restore: 200,
    });
  });

  it("the admin's meta lets a contributor's screens know: revisions are not theirs to read", async () => {
    const names = (res: { json: { resources: { name: string }[] } }) => res.json.resources.map((r) => r.name);
    expect(names(await api.meta({ actor: w.contributor }))).not.toContain("revisions");
    expect(names(await api.meta({ actor: w.editor }))).toContain("revisions");
  });
});
