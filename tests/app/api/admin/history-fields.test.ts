/** @jest-environment node */
// Restoring one field from a past version and comparing any two versions, through the real
// route handlers on both databases: who may do it, what is written (a revision, a new version),
// what a stale version gets (409), and names instead of ids in a comparison.
import * as compareRoute from "@/app/api/admin/[resource]/[id]/compare/route";
import * as historyRoute from "@/app/api/admin/[resource]/[id]/history/route";
import * as revertRoute from "@/app/api/admin/[resource]/[id]/revert/route";
import type { Actor } from "@/lib/auth/roles";
import { testProviders, type TestDatabase } from "../../../support/databases";
import { makeTechnology } from "../../../support/factories";
import { call } from "../../../support/http";
import { useAppWorld } from "../support/app-database";
import { api, type World } from "../support/admin-api";

const params = (resource: string, id: string) => ({ resource, id });
const historyOf = async (resource: string, id: string, actor: Actor) =>
  (await call(historyRoute.GET, { url: `/api/admin/${resource}/${id}/history`, actor, params: params(resource, id) }))
    .json.data as Array<{ id: string; action: string; reason: string | null }>;
const compare = (resource: string, id: string, actor: Actor | null, from: string, to: string) =>
  call(compareRoute.GET, {
    url: `/api/admin/${resource}/${id}/compare?from=${from}&to=${to}`,
    actor,
    params: params(resource, id),
  });
const preview = (id: string, actor: Actor, revisionId: string, field: string) =>
  call(revertRoute.GET, {
    url: `/api/admin/claims/${id}/revert?revisionId=${revisionId}&field=${field}`,
    actor,
    params: params("claims", id),
  });
const revert = (resource: string, id: string, actor: Actor, body: unknown) =>
  call(revertRoute.POST, {
    method: "POST",
    url: `/api/admin/${resource}/${id}/revert`,
    actor,
    params: params(resource, id),
    body,
  });

describe.each(testProviders())("restoring one field and comparing versions on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  useAppWorld(provider, (db, world) => {
    t = db;
    w = world;
  });

  /** A claim created as a draft, then edited (statement, technology) and verified: three versions. */
  async function editedClaim() {
    const id = w.claims[0];
    const django = await makeTechnology(t.db, "Django");
    expect(
      (
        await api.update(
          "claims",
          id,
          { actor: w.editor },
          { version: 1, statement: "Django ships an admin site.", technologyIds: [django.id] },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await api.bulk(
          "claims",
          { actor: w.editor },
          { op: "action", action: "setStatus", ids: [id], data: { status: "VERIFIED" } },
        )
      ).status,
    ).toBe(200);
    const [verified, edited, created] = await historyOf("claims", id, w.editor);
    return { id, django, created: created.id, edited: edited.id, verified: verified.id };
  }

  it("an editor restores only the statement of the first version: the status stays verified, a revision is recorded and the version bumped", async () => {
    const { id, created } = await editedClaim();
    const shown = await preview(id, w.editor, created, "statement");
    expect(shown.status).toBe(200);
    expect(shown.json.data).toMatchObject({
      changes: { statement: { before: "Django ships an admin site.", after: "Django has a built-in admin." } },
      consequences: [],
    });
    expect(Object.keys(shown.json.data.changes)).toEqual(["statement"]);

    const done = await revert("claims", id, w.editor, { revisionId: created, version: 3, fields: ["statement"] });
    expect(done.status).toBe(200);
    expect(done.json.data).toMatchObject({ statement: "Django has a built-in admin.", status: "VERIFIED", version: 4 });
    expect((done.json.data.technologyIds as string[]).length).toBe(1);
    const [latest] = await historyOf("claims", id, w.editor);
    expect(latest).toMatchObject({
      action: "REVERT",
      reason: expect.stringMatching(/^Restored Statement from the version of \d{4}-/),
    });
  });

  it("restoring only the status of the first version says the claim leaves the public site, and does it", async () => {
    const { id, created } = await editedClaim();
    const shown = await preview(id, w.editor, created, "status");
    expect(shown.json.data.changes).toEqual({ status: { before: "VERIFIED", after: "DRAFT" } });
    expect(shown.json.data.consequences).toEqual([expect.stringContaining("leave the public site")]);
    const done = await revert("claims", id, w.editor, { revisionId: created, version: 3, fields: ["status"] });
    expect(done.json.data).toMatchObject({ status: "DRAFT", statement: "Django ships an admin site." });
  });

  it("a stale version gets 409 and nothing is written; a field that cannot be restored gets 400", async () => {
    const { id, created } = await editedClaim();
    const stale = await revert("claims", id, w.editor, { revisionId: created, version: 2, fields: ["statement"] });
    expect(stale.status).toBe(409);
    expect(JSON.stringify(stale.json)).toContain("Changed by Edith Editor");
    const noSuchField = await revert("claims", id, w.editor, {
      revisionId: created,
      version: 3,
      fields: ["reviewerId"],
    });
    expect(noSuchField.status).toBe(400);
    expect(JSON.stringify(noSuchField.json)).toContain("Reviewer cannot be restored from this version.");
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).version).toBe(3);
    expect((await historyOf("claims", id, w.editor)).length).toBe(3);
  });

  it("a contributor neither compares nor restores an editorial record's versions (its history is staff's); an anonymous caller gets 401", async () => {
    const { id, created } = await editedClaim();
    expect(
      (await revert("claims", id, w.contributor, { revisionId: created, version: 3, fields: ["statement"] })).status,
    ).toBe(403);
    expect((await preview(id, w.contributor, created, "statement")).status).toBe(403);
    expect((await compare("claims", id, w.contributor, created, created)).status).toBe(403);
    expect((await compare("claims", id, null, created, created)).status).toBe(401);
  });

  it("any two versions compare field by field, with the linked records' names and who made each version", async () => {
    const { id, django, created, verified } = await editedClaim();
    const answer = await compare("claims", id, w.admin, created, verified);
    expect(answer.status).toBe(200);
    const data = answer.json.data;
    expect(data.from).toMatchObject({ revisionId: created, action: "CREATE", user: "System" });
    expect(data.to).toMatchObject({ revisionId: verified, action: "UPDATE", user: "Edith Editor" });
    expect(data.changes).toMatchObject({
      statement: { before: "Django has a built-in admin.", after: "Django ships an admin site." },
      status: { before: "DRAFT", after: "VERIFIED" },
      technologyIds: { before: [], after: [django.id] },
      reviewerId: { before: null, after: w.editor.id },
    });
    // Bookkeeping the resource does not describe (normalized search text, version) is not a change an editor made.
    expect(Object.keys(data.changes).every((name) => !["version", "updatedAt", "statementNorm"].includes(name))).toBe(
      true,
    );
    expect(data.names).toMatchObject({ [django.id]: "Django", [w.editor.id]: "Edith Editor" });
    expect((await compare("claims", id, w.admin, created, "not-a-revision")).status).toBe(404);
    expect(
      (
        await call(compareRoute.GET, {
          url: `/api/admin/claims/${id}/compare?from=${created}`,
          actor: w.admin,
          params: params("claims", id),
        })
      ).status,
    ).toBe(400);
  });

  it("a contributor outside the team cannot compare versions of the team's decision; a member restores one field of it", async () => {
    const id = w.decision;
    expect(
      (
        await api.update(
          "decisions",
          id,
          { actor: w.contributor },
          { version: 1, context: "We need an admin and an API." },
        )
      ).status,
    ).toBe(200);
    const [edited, created] = await historyOf("decisions", id, w.contributor);
    expect((await compare("decisions", id, w.loners[0], created.id, edited.id)).status).toBe(404);
    const mine = await compare("decisions", id, w.contributor, created.id, edited.id);
    expect(mine.json.data.changes).toEqual({
      context: { before: "We need an admin.", after: "We need an admin and an API." },
    });
    expect(
      (await revert("decisions", id, w.loners[0], { revisionId: created.id, version: 2, fields: ["context"] })).status,
    ).toBe(404);
    const done = await revert("decisions", id, w.contributor, {
      revisionId: created.id,
      version: 2,
      fields: ["context"],
    });
    expect(done.status).toBe(200);
    expect(done.json.data).toMatchObject({ context: "We need an admin.", version: 3 });
  });
});
