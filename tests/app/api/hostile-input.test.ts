/** @jest-environment node */
// Input that used to reach the database or Object.prototype and come back as a 500: sorts on
// columns a model lacks, action names that are Object's own, "__proto__" keys, lone surrogates,
// values that are objects where a filter wants a value. Each is the caller's mistake: a 4xx
// naming what is wrong, and nothing written.
import * as importRoute from "@/app/api/admin/import/route";
import * as proposalRoute from "@/app/api/admin/verdict-proposal/[id]/route";
import { testProviders, type TestDatabase } from "../../support/databases";
import { call } from "../../support/http";
import { openAppDatabase } from "./support/app-database";
import { api, makeWorld, type World } from "./support/admin-api";
import { api as publicApi } from "./v1/support";

describe.each(testProviders())("hostile input to the admin API on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
    w = await makeWorld(t.db);
  });
  afterEach(async () => t.close());

  const asAdmin = () => ({ actor: w.admin });
  const claimCount = () => t.db.claim.count();

  it.each(["revisions", "loginAttempts"])(
    "sorting %s by updatedAt, a column it does not have, is a 400 on sort",
    async (resource) => {
      const res = await api.list(resource, asAdmin(), { sort: "updatedAt" });
      expect(res.status).toBe(400);
      expect(res.json.error.fields.sort).toEqual(["Cannot sort by updatedAt."]);
      expect((await api.export(resource, asAdmin(), { sort: "updatedAt" })).status).toBe(400);
    },
  );

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "a bulk action named %s is an unknown action (404), and nothing changes",
    async (action) => {
      const res = await api.bulk("claims", asAdmin(), { op: "action", action, ids: [w.claims[0]] });
      expect(res.status).toBe(404);
      expect(res.json.error.message).toMatch(/^Action ".*" on claims was not found\.$/);
      expect((await t.db.claim.findUniqueOrThrow({ where: { id: w.claims[0] } })).version).toBe(1);
    },
  );

  it.each(["__proto__", "constructor", "toString"])("a body key %j is an unknown field, named", async (key) => {
    const res = await api.create(
      "claims",
      asAdmin(),
      `{"statement":"Rails is mature.","kind":"FACT",${JSON.stringify(key)}:{"polluted":true}}`,
    );
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual({ [key]: ["Unknown field."] });
    expect(await claimCount()).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(["__proto__", "constructor"])("a filter named %j is an unknown filter, named", async (key) => {
    const res = await api.list("claims", asAdmin(), { filter: `{${JSON.stringify(key)}:"x"}` });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fields)).toEqual([key]);
  });

  it("a lone surrogate in a write is a 400 on that field, and nothing is written", async () => {
    const create = await api.create("claims", asAdmin(), '{"statement":"Rails \\ud800 is mature.","kind":"FACT"}');
    expect(create.status).toBe(400);
    expect(create.json.error.fields).toEqual({ statement: [expect.stringMatching(/not valid Unicode/)] });
    const update = await api.update("claims", w.claims[0], asAdmin(), '{"topic":"orm\\udc00","version":1}');
    expect(update.status).toBe(400);
    expect(await claimCount()).toBe(3);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: w.claims[0] } })).version).toBe(1);
  });

  it("a NUL character (which PostgreSQL cannot store) in a write, a filter or an id is a 4xx, not a 500 (found by the route fuzz)", async () => {
    const create = await api.create("contradictions", asAdmin(), { claimAId: w.claims[0], claimBId: "\u0000" });
    expect(create.status).toBe(400);
    expect(create.json.error.fields).toEqual({ claimBId: ["Contains a NUL character, which cannot be stored."] });
    expect((await api.create("claims", asAdmin(), { statement: "Rails\u0000 is mature.", kind: "FACT" })).status).toBe(
      400,
    );
    expect((await api.list("claims", asAdmin(), { filter: { topic: "a\u0000" } })).status).toBe(400);
    expect((await api.getOne("claims", "\u0000", asAdmin())).status).toBe(404);
    expect((await api.history("decisions", "x\u0000", asAdmin())).status).toBe(404);
    expect((await publicApi("/api/v1/claims/%00")).status).toBe(400);
    expect((await publicApi("/api/v1/search?q=django%00")).status).toBe(400);
    expect(await claimCount()).toBe(3);
  });

  it("a lone surrogate in the search text or a filter is a 400", async () => {
    for (const filter of ['{"q":"\\ud800"}', '{"topic":"\\ud800"}', '{"topic":["ok","\\udfff"]}']) {
      const res = await api.list("claims", asAdmin(), { filter });
      expect([filter, res.status]).toEqual([filter, 400]);
      expect(res.json.error.message).toMatch(/not valid Unicode/);
    }
  });

  it("a filter value that is an object (even one with its own toString) is a 400, not a 500", async () => {
    for (const filter of [
      '{"q":{"toString":"x"}}',
      '{"topic":{"valueOf":1}}',
      '{"status":[{"a":1}]}',
      '{"createdAt_gte":{"toString":"2020"}}',
    ]) {
      const res = await api.list("claims", asAdmin(), { filter });
      expect([filter, res.status]).toEqual([filter, 400]);
    }
  });

  it("a date filter outside what the databases store is a 400", async () => {
    expect((await api.list("claims", asAdmin(), { filter: { createdAt_gte: "+275760-09-13" } })).status).toBe(400);
    expect((await api.list("claims", asAdmin(), { filter: { createdAt: "0001-01-01" } })).status).toBe(400);
  });

  it.each(["Constructor"])(
    'a use case named %j (slug "constructor") gets a verdict proposal like any other (found by the route fuzz)',
    async (name) => {
      const useCase = await api.create("useCases", asAdmin(), { name });
      expect(useCase.status).toBe(201);
      const verdict = await api.create("verdicts", asAdmin(), {
        title: `For ${name}`,
        useCaseId: useCase.json.data.id,
        summary: "Pending.",
      });
      const id = verdict.json.data.id as string;
      const res = await call(proposalRoute.GET, {
        url: `/api/admin/verdict-proposal/${id}`,
        actor: w.editor,
        params: { id },
      });
      expect(res.status).toBe(200);
    },
  );

  it.each(["constructor", "__proto__", "hasOwnProperty"])(
    "the public API refuses a query parameter named %s as unknown (it was taken for a repeat, or ignored)",
    async (key) => {
      const res = await publicApi(`/api/v1/claims?${key}=1`);
      expect(res.status).toBe(400);
      expect(res.json.error.fields).toEqual({ [key]: [`${key} is not a known query parameter.`] });
    },
  );

  it.each(["null", "[]", '"text"', "42"])(
    "a pasted import whose JSON body is %s is a 400 asking for the text",
    async (body) => {
      const res = await call(importRoute.POST, { method: "POST", url: "/api/admin/import", actor: w.editor, body });
      expect(res.status).toBe(400);
      expect(res.json.error.fields.text).toEqual(["Paste the document text or a web address."]);
    },
  );
});
