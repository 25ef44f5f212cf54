/** @jest-environment node */
// CSV export (filters and sort of the list, formula injection neutralized) and the metadata
// endpoint the admin screens are built from, through the real handlers.
import type { TestDatabase } from "../../support/databases";
import { useAppWorld } from "./support/app-database";
import { api, seed, type World } from "./support/admin-api";

let t: TestDatabase;
let w: World;
useAppWorld("sqlite", (db, world) => {
  t = db;
  w = world;
});

const csvLines = (text: string) => text.split("\r\n").filter(Boolean);

describe("CSV export", () => {
  it("answers a header row and one row per record, as an attachment", async () => {
    const res = await api.export("claims", { actor: w.editor }, { sort: "updatedAt", order: "ASC" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = csvLines(res.text);
    const columns = header.split(",");
    expect(columns[0]).toBe("id");
    expect(columns.at(-1)).toBe("version");
    expect(columns).toEqual(expect.arrayContaining(["statement", "kind", "status", "Technologies"]));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.split(",")[0]).sort()).toEqual([...w.claims].sort());
  });

  it("neutralizes spreadsheet formulas: a statement starting with = is prefixed with '", async () => {
    await seed(t.db, "claims", { statement: '=HYPERLINK("http://evil.example","click")', kind: "FACT" });
    await seed(t.db, "claims", { statement: "+1 for Django", kind: "OPINION" });
    await seed(t.db, "claims", { statement: "@SUM(A1:A9) is a formula", kind: "OPINION" });
    const res = await api.export("claims", { actor: w.editor }, { filter: { kind: "OPINION" } });
    expect(csvLines(res.text)).toHaveLength(3);
    expect(res.text).toContain(",'+1 for Django,");
    expect(res.text).toContain(",'@SUM(A1:A9) is a formula,");
    const all = await api.export("claims", { actor: w.editor });
    expect(all.text).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(all.text).not.toMatch(/(^|,)"?=/m);
  });

  it("follows the list's filters and leaves out deleted records and secrets", async () => {
    await api.delete("claims", w.claims[0], { actor: w.editor });
    const res = await api.export("claims", { actor: w.editor }, { filter: { q: "FastAPI" } });
    expect(csvLines(res.text)).toHaveLength(2);
    expect(res.text).toContain("FastAPI is fast.");
    const users = await api.export("users", { actor: w.admin });
    expect(users.status).toBe(200);
    expect(users.text).not.toMatch(/passwordHash|sessionVersion|argon2/);
    expect(csvLines(users.text)[0]).not.toContain("password");
  });

  it("answers 400 for a bad filter and 403 to a role that may not read the resource", async () => {
    expect((await api.export("claims", { actor: w.editor }, { filter: "{bad" })).status).toBe(400);
    expect((await api.export("users", { actor: w.editor })).status).toBe(403);
    expect((await api.export("claims", { actor: null })).status).toBe(401);
  });
});

describe("the metadata endpoint", () => {
  const names = (res: { json: { resources: Array<{ name: string }> } }) => res.json.resources.map((r) => r.name);

  it("shows a contributor the resources they may read, without users or revisions", async () => {
    const res = await api.meta({ actor: w.contributor });
    expect(res.status).toBe(200);
    expect(res.json.user).toEqual({
      id: w.contributor.id,
      name: "Connie Contributor",
      email: w.contributor.email,
      role: "CONTRIBUTOR",
    });
    expect(names(res)).not.toEqual(expect.arrayContaining(["users"]));
    expect(names(res)).not.toContain("revisions");
    expect(names(res)).not.toContain("loginAttempts");
    expect(names(res)).toEqual(
      expect.arrayContaining(["claims", "articles", "technologies", "useCases", "decisions", "teams"]),
    );
    const claims = res.json.resources.find((r: { name: string }) => r.name === "claims");
    expect(claims.can).toEqual({ read: true, create: false, update: false, delete: false });
    expect(claims.actions).toEqual([]);
  });

  it("lets an editor create claims and run their actions, but not see users", async () => {
    const res = await api.meta({ actor: w.editor });
    const claims = res.json.resources.find((r: { name: string }) => r.name === "claims");
    expect(claims.can).toEqual({ read: true, create: true, update: true, delete: true });
    expect(claims.actions.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(["setStatus", "merge"]));
    expect(names(res)).toContain("revisions");
    expect(names(res)).not.toContain("users");
  });

  it("shows an admin users (no delete: users are deactivated) and read-only revisions", async () => {
    const res = await api.meta({ actor: w.admin });
    const users = res.json.resources.find((r: { name: string }) => r.name === "users");
    expect(users.can).toEqual({ read: true, create: true, update: true, delete: false });
    const revisions = res.json.resources.find((r: { name: string }) => r.name === "revisions");
    expect(revisions.can).toEqual({ read: true, create: false, update: false, delete: false });
    // Serializable: no zod schemas or functions leak into the JSON.
    expect(res.text).not.toMatch(/"schema"|"_def"/);
  });

  it("is a 401 for an anonymous visitor", async () => {
    expect((await api.meta({ actor: null })).status).toBe(401);
  });
});
