/** @jest-environment node */
// Saved list filters through the real route handlers on both databases: each user sees and deletes
// only their own, only for lists their role may read; saving under a used name replaces the filter.
import * as listRoute from "@/app/api/admin/saved-filters/route";
import * as oneRoute from "@/app/api/admin/saved-filters/[id]/route";
import type { Actor } from "@/lib/auth/roles";
import { testProviders } from "../../../support/databases";
import { call } from "../../../support/http";
import { useAppWorld } from "../support/app-database";
import type { World } from "../support/admin-api";

const list = (actor: Actor | null, resource: string) =>
  call(listRoute.GET, { url: `/api/admin/saved-filters?resource=${resource}`, actor });
const save = (actor: Actor | null, body: unknown) =>
  call(listRoute.POST, { method: "POST", url: "/api/admin/saved-filters", actor, body });
const remove = (actor: Actor | null, id: string) =>
  call(oneRoute.DELETE, { method: "DELETE", url: `/api/admin/saved-filters/${id}`, actor, params: { id } });

describe.each(testProviders())("saved filters on %s", (provider) => {
  let w: World;
  useAppWorld(provider, (_t, world) => {
    w = world;
  });

  it("an editor saves a filter, sees it on that list only, replaces it by name and deletes it", async () => {
    const saved = await save(w.editor, {
      resource: "claims",
      name: "Verified Django",
      filter: { status: "VERIFIED", q: "django" },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.data).toMatchObject({
      name: "Verified Django",
      filter: { status: "VERIFIED", q: "django" },
      version: 1,
    });
    expect((await list(w.editor, "claims")).json.data.map((f: { name: string }) => f.name)).toEqual([
      "Verified Django",
    ]);
    expect((await list(w.editor, "verdicts")).json.data).toEqual([]);

    const replaced = await save(w.editor, {
      resource: "claims",
      name: "Verified Django",
      filter: { status: "VERIFIED" },
    });
    expect(replaced.json.data).toMatchObject({ id: saved.json.data.id, filter: { status: "VERIFIED" }, version: 2 });
    expect((await remove(w.editor, saved.json.data.id)).status).toBe(200);
    expect((await list(w.editor, "claims")).json.data).toEqual([]);
  });

  it("another user neither sees nor deletes someone's saved filter", async () => {
    const saved = await save(w.editor, { resource: "claims", name: "Mine", filter: { status: "DRAFT" } });
    expect((await list(w.admin, "claims")).json.data).toEqual([]);
    expect((await remove(w.admin, saved.json.data.id)).status).toBe(404);
    expect((await list(w.editor, "claims")).json.data).toHaveLength(1);
  });

  it("only lists the role may read; bad input is a 400; anonymous callers get 401", async () => {
    expect((await save(w.contributor, { resource: "users", name: "Admins", filter: { role: "ADMIN" } })).status).toBe(
      403,
    );
    expect((await list(w.contributor, "users")).status).toBe(403);
    expect((await save(w.contributor, { resource: "claims", name: "Mine", filter: {} })).status).toBe(200);
    expect((await save(w.editor, { resource: "nothing", name: "X", filter: {} })).status).toBe(404);
    expect((await save(w.editor, { resource: "claims", name: " ", filter: {} })).status).toBe(400);
    expect((await save(w.editor, { resource: "claims", name: "Huge", filter: { q: "x".repeat(5000) } })).status).toBe(
      400,
    );
    expect((await list(w.editor, "")).status).toBe(400);
    expect((await list(null, "claims")).status).toBe(401);
  });
});
