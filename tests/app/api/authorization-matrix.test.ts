/** @jest-environment node */
// The authorization matrix, generated from the resource registry: every resource × actor kind ×
// verb through the real route handlers, with the status the resource's access rules promise.
import type { Actor, Role } from "@/lib/auth/roles";
import { findResource, RESOURCES, revisions } from "@/lib/resources";
import { EVERYONE } from "@/lib/resources/access";
import type { ResourceDef, Verb } from "@/lib/resources/define";
import { listRecords } from "@/lib/services/list";
import { getRecord } from "@/lib/services/records";
import { makeTeam } from "../../support/factories";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useAppWorld } from "./support/app-database";
import { api, seed, type World } from "./support/admin-api";
import { currentVersion, FIXTURES, rowUnderTest } from "./support/resource-fixtures";

type Kind = "anonymous" | Role;
const KINDS: Kind[] = ["anonymous", "CONTRIBUTOR", "EDITOR", "ADMIN"];
type MatrixVerb = "list" | "getOne" | "history" | "export" | "update" | "bulkAction" | "delete" | "restore" | "create";
const VERBS: MatrixVerb[] = [
  "list",
  "getOne",
  "history",
  "export",
  "update",
  "bulkAction",
  "delete",
  "restore",
  "create",
];
const NEEDS: Record<MatrixVerb, Verb> = {
  list: "read",
  getOne: "read",
  history: "read",
  export: "read",
  update: "update",
  bulkAction: "update",
  delete: "delete",
  restore: "delete",
  create: "create",
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
  // A record's history is its revisions: staff see it under the revisions' own rule (README, "Roles"); anyone
  // else only on a record they may change (the world's row is their team's where a row scope applies).
  if (verb === "history" && !revisions.access.roles.read.includes(kind) && !def.access.roles.update.includes(kind))
    return 403;
  if (verb === "restore" && !def.softDelete) return 403;
  return verb === "create" ? 201 : 200;
}

it("every resource in the registry has a matrix fixture (add one for a new resource)", () => {
  const missing = RESOURCES.map((r) => r.name).filter((name) => !FIXTURES[name]);
  expect(missing).toEqual([]);
  const withoutAction = RESOURCES.filter(
    (r) => bulkActionOf(r) && FIXTURES[r.name]?.action?.name !== bulkActionOf(r)![0],
  ).map((r) => r.name);
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
      bulkAction: () =>
        api.bulk(def.name, as, { op: "action", action: fixture.action?.name, ids: [id], data: fixture.action?.data }),
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

// Revisions hold whole snapshots of their records, so they are read under the record's own rule:
// for every resource and every kind of user, the revisions of a record are listed, shown,
// exported and have a history exactly when the user may read the record itself (and revisions).
type RevisionVerb = "list" | "getOne" | "history" | "export";
const REVISION_VERBS: RevisionVerb[] = ["list", "getOne", "history", "export"];

/** What `kind` gets for `verb` on a revision of a record of `def` it can or cannot read. */
export function expectedRevisionAnswer(def: ResourceDef, kind: Kind, verb: RevisionVerb): string {
  const gate = expectedStatus(revisions, kind, verb);
  if (gate !== 200) return String(gate);
  const readsRecord = expectedStatus(def, kind, "getOne") === 200;
  if (verb === "list" || verb === "export") return readsRecord ? "listed" : "not listed";
  return readsRecord ? "200" : "404";
}

/** The newest revision of the record; one is written for records made outside the services (login attempts, teams). */
async function revisionOf(w: World, def: ResourceDef, id: string): Promise<string> {
  const found = await w.db.revision.findFirst({
    where: { entity: def.name, entityId: id },
    orderBy: { createdAt: "desc" },
  });
  if (found) return found.id;
  const made = await w.db.revision.create({
    data: { entity: def.name, entityId: id, action: "UPDATE", changes: {}, snapshot: { id, note: "snapshot" } },
  });
  return made.id;
}

describe.each(testProviders())("revisions inherit their record's read rule on %s", (provider) => {
  // Revisions are never revised themselves: every other resource is covered.
  const resources = RESOURCES.filter((r) => r !== revisions && (provider === "sqlite" || PG_SUBSET.includes(r.name)));
  let w: World;
  useAppWorld(provider, (_db, world) => {
    w = world;
  });

  const cases = resources.flatMap((def) => KINDS.map((kind) => [def.name, kind, def] as const));
  it.each(cases)("revisions of %s as %s: readable exactly when the record is", async (_name, kind, def) => {
    const actor = kind === "anonymous" ? null : { ADMIN: w.admin, EDITOR: w.editor, CONTRIBUTOR: w.contributor }[kind];
    const as = { actor };
    const revision = await revisionOf(w, def, await rowUnderTest(w, def.name));
    const filter = { entity: def.name };
    const listed = (found: boolean) => (found ? "listed" : "not listed");
    const run: Record<RevisionVerb, () => Promise<string>> = {
      list: async () => {
        const res = await api.list("revisions", as, { filter, perPage: "1000" });
        return res.status === 200
          ? listed(res.json.data.some((r: { id: string }) => r.id === revision))
          : String(res.status);
      },
      getOne: async () => String((await api.getOne("revisions", revision, as)).status),
      history: async () => String((await api.history("revisions", revision, as)).status),
      export: async () => {
        const res = await api.export("revisions", as, { filter });
        return res.status === 200 ? listed(res.text.includes(revision)) : String(res.status);
      },
    };
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const verb of REVISION_VERBS) {
      got[verb] = await run[verb]();
      want[verb] = expectedRevisionAnswer(def, kind, verb);
    }
    expect(got).toEqual(want);
  });
});

// Row rules too: with revisions opened to every role (as a future role might be), each user sees
// the revisions of exactly the records they may read, so a contributor never sees those of
// another team's private decision, nor of anything in the trash.
describe.each(testProviders())("revisions follow their records' row rules on %s", (provider) => {
  let w: World;
  let theirs: string;
  useAppWorld(provider, (_db, world) => {
    w = world;
  });
  beforeEach(async () => {
    const other = (await makeTeam(w.db, "Elsewhere")).id;
    const base = { teamId: other, date: "2026-01-01", context: "Theirs.", chosenOption: "Elixir" };
    theirs = await seed(w.db, "decisions", { ...base, title: "Their private decision" });
    await seed(w.db, "decisions", { ...base, title: "Their public decision", visibility: "PUBLIC" });
    await api.delete("claims", w.claims[2], { actor: w.editor });
  });
  const openToAll: ResourceDef = {
    ...revisions,
    access: { ...revisions.access, roles: { ...revisions.access.roles, read: EVERYONE } },
  };

  async function readable(actor: Actor, entity: string, id: string): Promise<boolean> {
    const def = findResource(entity);
    return (
      !!def &&
      (await getRecord(def, actor, id, w.db).then(
        () => true,
        () => false,
      ))
    );
  }

  it.each(["CONTRIBUTOR", "EDITOR", "ADMIN"] as const)(
    "as %s: the revisions of the records it may read, and no others",
    async (role) => {
      const actor = { ADMIN: w.admin, EDITOR: w.editor, CONTRIBUTOR: w.contributor }[role];
      const seen = (await listRecords(openToAll, actor, { perPage: 1000 }, w.db)).data.map((r) => r.id).sort();
      const expected: string[] = [];
      for (const r of await w.db.revision.findMany())
        if (await readable(actor, r.entity, r.entityId)) expected.push(r.id);
      expect(seen).toEqual(expected.sort());
      const ofTheirs = (await w.db.revision.findMany({ where: { entityId: theirs } })).map((r) => r.id);
      expect(ofTheirs.length).toBeGreaterThan(0);
      for (const id of ofTheirs) expect(seen.includes(id)).toBe(role !== "CONTRIBUTOR");
    },
  );
});
