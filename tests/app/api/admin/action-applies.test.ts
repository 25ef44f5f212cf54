/** @jest-environment node */
// An action is offered only on the records it means something for (issue 12's small breaks:
// "Unpublish" on a draft verdict, "Reopen" on an open contradiction). The registry says so once
// (`appliesWhen`), the metadata carries it to the admin's record toolbar, and the service leaves
// other records as they are: a selection with none that qualifies is refused with the reason, a mixed
// one changes only those that qualify.
import { testProviders } from "../../../support/databases";
import { useAppWorld } from "../support/app-database";
import { api, seed, type World } from "../support/admin-api";

describe.each(testProviders())("actions on the records they apply to, on %s", (provider) => {
  let w: World;
  useAppWorld(provider, (_t, world) => {
    w = world;
  });
  const asEditor = () => ({ actor: w.editor });

  it("'Unpublish' refuses a draft verdict, and in a selection changes only the published one", async () => {
    const draft = await seed(w.db, "verdicts", { title: "Draft verdict", useCaseId: w.useCase, summary: "Not yet." });
    const published = await seed(w.db, "verdicts", {
      title: "Published verdict",
      useCaseId: w.useCase,
      summary: "Django.",
    });
    await w.db.verdict.update({ where: { id: published }, data: { status: "PUBLISHED" } });
    const alone = await api.bulk("verdicts", asEditor(), { op: "action", action: "unpublish", ids: [draft] });
    expect(alone.status).toBe(400);
    expect(alone.text).toContain("This verdict is not published.");
    const mixed = await api.bulk("verdicts", asEditor(), {
      op: "action",
      action: "unpublish",
      ids: [draft, published],
    });
    expect(mixed.status).toBe(200);
    const rows = await w.db.verdict.findMany({
      where: { id: { in: [draft, published] } },
      select: { id: true, status: true, version: true },
    });
    expect(
      Object.fromEntries(rows.map((r) => [r.id === draft ? "draft" : "published", [r.status, r.version]])),
    ).toEqual({ draft: ["DRAFT", 1], published: ["DRAFT", 2] });
    expect(await w.db.revision.count({ where: { entityId: draft, action: "UPDATE" } })).toBe(0);
  });

  it("'Reopen' refuses an open contradiction; 'Resolve' a resolved one", async () => {
    const open = await seed(w.db, "contradictions", { claimAId: w.claims[0], claimBId: w.claims[1] });
    const reopen = await api.bulk("contradictions", asEditor(), { op: "action", action: "reopen", ids: [open] });
    expect(reopen.status).toBe(400);
    expect(reopen.text).toContain("This contradiction is open already.");
    const resolved = await api.bulk("contradictions", asEditor(), {
      op: "action",
      action: "resolve",
      ids: [open],
      data: { status: "RESOLVED", resolutionNote: "Different setups." },
    });
    expect(resolved.status).toBe(200);
    expect(
      (
        await api.bulk("contradictions", asEditor(), {
          op: "action",
          action: "resolve",
          ids: [open],
          data: { status: "RESOLVED", resolutionNote: "Again." },
        })
      ).text,
    ).toContain("already resolved");
    expect((await api.bulk("contradictions", asEditor(), { op: "action", action: "reopen", ids: [open] })).status).toBe(
      200,
    );
  });

  it("the admin's metadata says which records each action is offered on", async () => {
    const meta = (await api.meta(asEditor())).json as {
      resources: { name: string; actions: { name: string; appliesWhen?: unknown }[] }[];
    };
    const action = (resource: string, name: string) =>
      meta.resources.find((r) => r.name === resource)?.actions.find((a) => a.name === name);
    expect(action("verdicts", "unpublish")?.appliesWhen).toEqual({ field: "status", in: ["PUBLISHED"] });
    expect(action("contradictions", "reopen")?.appliesWhen).toEqual({
      field: "status",
      in: ["RESOLVED", "NOT_COMPARABLE"],
    });
    expect(action("verdicts", "publish")?.appliesWhen).toBeUndefined();
  });
});
