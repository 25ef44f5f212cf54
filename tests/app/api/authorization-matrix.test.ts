/** @jest-environment node */
// The authorization matrix, generated from the resource registry: every resource × actor kind ×
// verb through the real route handlers, with the status the resource's access rules promise.
import type { Role } from "@/lib/auth/roles";
import { RESOURCES } from "@/lib/resources";
import type { ResourceDef, Verb } from "@/lib/resources/define";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useAppWorld } from "./support/app-database";
import { api, type World } from "./support/admin-api";
import { currentVersion, FIXTURES, rowUnderTest } from "./support/resource-fixtures";

type Kind = "anonymous" | Role;
const KINDS: Kind[] = ["anonymous", "CONTRIBUTOR", "EDITOR", "ADMIN"];
type MatrixVerb = "list" | "getOne" | "history" | "export" | "update" | "bulkAction" | "delete" | "restore" | "create";
const VERBS: MatrixVerb[] = ["list", "getOne", "history", "export", "update", "bulkAction", "delete", "restore", "create"];
const NEEDS: Record<MatrixVerb, Verb> = {
  list: "read", getOne: "read", history: "read", export: "read", update: "update", bulkAction: "update", delete: "delete", restore: "delete", create: "create",
};
// The rest run on every provider; on PostgreSQL a representative subset: plain editorial content,
// row-scoped team records, admin-only and read-only resources.
const PG_SUBSET = ["claims", "decisions", "users", "revisions"];

const bulkActionOf = (def: ResourceDef) => Object.entries(def.actions ?? {}).find(([, a]) => a.bulk);

/** The status the registry promises for `kind` doing `verb` on `def` (row scope is satisfied by the world). */
export function expectedStatus(def: ResourceDef, kind: Kind, verb: MatrixVerb): number {
  if (kind === "anonymous") return 401;
  if (verb === "bulkAction") return bulkActionOf(def)![1].roles.includes(kind) ? 200 : 403;
  const needed = NEEDS[verb];
  if (def.readOnly && needed !== "read") return 403;
  if (!def.access.roles[needed].includes(kind)) return 403;
  if (verb === "restore" && !def.softDelete) return 403;
  return verb === "create" ? 201 : 200;
}

it("every resource in the registry has a matrix fixture (add one for a new resource)", () => {
  const missing = RESOURCES.map((r) => r.name).filter((name) => !FIXTURES[name]);
  expect(missing).toEqual([]);
  const withoutAction = RESOURCES.filter((r) => bulkActionOf(r) && FIXTURES[r.name]?.action?.name !== bulkActionOf(r)![0]).map((r) => r.name);
  expect(withoutAction).toEqual([]);
});

describe.each(testProviders())("authorization matrix on %s", (provider) => {
  const resources = RESOURCES.filter((r) => provider === "sqlite" || PG_SUBSET.includes(r.name));
  let t: TestDatabase;
  let w: World;
  useAppWorld(provider, (db, world) => {
    t = db;
    w = world;
  });

  const cases = resources.flatMap((def) => KINDS.map((kind) => [def.name, kind, def] as const));
  it.each(cases)("%s as %s answers every verb as its access rules say", async (_name, kind, def) => {
    const fixture = FIXTURES[def.name];
    const actor = kind === "anonymous" ? null : { ADMIN: w.admin, EDITOR: w.editor, CONTRIBUTOR: w.contributor }[kind];
    const as = { actor };
    const id = await rowUnderTest(w, def.name);
    const version = () => currentVersion(t.db, def.model, id);
    const run: Record<MatrixVerb, () => Promise<{ status: number; text: string }>> = {
      list: () => api.list(def.name, as),
      getOne: () => api.getOne(def.name, id, as),
      history: () => api.history(def.name, id, as),
      export: () => api.export(def.name, as),
      update: async () => api.update(def.name, id, as, { ...fixture.patch, version: await version() }),
      bulkAction: () => api.bulk(def.name, as, { op: "action", action: fixture.action?.name, ids: [id], data: fixture.action?.data }),
      delete: async () => api.delete(def.name, id, as, await version()),
      restore: () => api.restore(def.name, id, as),
      create: () => api.create(def.name, as, fixture.create(w, 1)),
    };
    const verbs = VERBS.filter((v) => v !== "bulkAction" || bulkActionOf(def));
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const verb of verbs) {
      const res = await run[verb]();
      const expected = expectedStatus(def, kind, verb);
      // The body is shown only on a mismatch, to say why.
      got[verb] = res.status === expected ? String(res.status) : `${res.status} ${res.text.slice(0, 200)}`;
      want[verb] = String(expected);
    }
    expect(got).toEqual(want);
  });
});
