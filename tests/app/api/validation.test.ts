/** @jest-environment node */
// Bad input through the real admin API: always a 4xx with a message (and field errors where a
// field is to blame), never a 500, and nothing written.
import * as one from "@/app/api/admin/[resource]/[id]/route";
import { call } from "../../support/http";
import type { TestDatabase } from "../../support/databases";
import { useAppWorld } from "./support/app-database";
import { api, type World } from "./support/admin-api";

let t: TestDatabase;
let w: World;
useAppWorld("sqlite", (db, world) => {
  t = db;
  w = world;
});

const asEditor = () => ({ actor: w.editor });

describe("bad input to the admin API", () => {
  it("an unknown field is a 400 naming the field, and no claim is created", async () => {
    const before = await t.db.claim.count();
    const res = await api.create("claims", asEditor(), {
      statement: "Rails is mature.",
      kind: "FACT",
      secretFlag: true,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual({ secretFlag: ["Unknown field."] });
    expect(await t.db.claim.count()).toBe(before);
  });

  it("a value outside an enum is a 400 on that field", async () => {
    const res = await api.create("claims", asEditor(), { statement: "Rails is mature.", kind: "GOSSIP" });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fields)).toEqual(["kind"]);
  });

  it("a missing required field is a 400 on that field", async () => {
    const res = await api.create("technologies", asEditor(), { description: "No name." });
    expect(res.status).toBe(400);
    expect(res.json.error.fields.name).toBeDefined();
  });

  it("a body that is not JSON is a 400 saying so", async () => {
    const res = await api.create("claims", asEditor(), '{"statement": "unterminated');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/not valid JSON/);
  });

  it.each([["null"], ["[1,2]"], ['"a string"'], ["42"]])(
    "a JSON body that is not an object (%s) is a 400",
    async (body) => {
      const res = await api.create("claims", asEditor(), body);
      expect(res.status).toBe(400);
    },
  );

  it("a filter that is not JSON is a 400", async () => {
    const res = await api.list("claims", asEditor(), { filter: "{not json" });
    expect(res.status).toBe(400);
  });

  it("an unknown filter is a 400 naming it", async () => {
    const res = await api.list("claims", asEditor(), { filter: { passwordHash: "x" } });
    expect(res.status).toBe(400);
    expect(res.json.error.fields).toEqual({ passwordHash: ["Unknown filter."] });
  });

  it("an unknown enum value in a filter and a bad date range are 400s", async () => {
    expect((await api.list("claims", asEditor(), { filter: { status: "NOPE" } })).status).toBe(400);
    expect((await api.list("claims", asEditor(), { filter: { createdAt_gte: "yesterday-ish" } })).status).toBe(400);
  });

  it("sorting by an unknown or unsortable field is a 400", async () => {
    expect((await api.list("claims", asEditor(), { sort: "nonsense" })).status).toBe(400);
    expect((await api.list("users", { actor: w.admin }, { sort: "passwordHash" })).status).toBe(400);
  });

  it("bad paging is a 400", async () => {
    expect((await api.list("claims", asEditor(), { page: "abc" })).status).toBe(400);
    expect((await api.list("claims", asEditor(), { perPage: "100000" })).status).toBe(400);
    expect((await api.list("claims", asEditor(), { order: "SIDEWAYS" })).status).toBe(400);
  });

  it("a body over the limit is a 413, whether or not it declares its length", async () => {
    const huge = JSON.stringify({ statement: "x".repeat(2_100_000), kind: "FACT" });
    expect((await api.create("claims", asEditor(), huge)).status).toBe(413);
    const declared = await api.create("claims", { ...asEditor(), headers: { "content-length": "5000000" } }, "{}");
    expect(declared.status).toBe(413);
    expect(await t.db.claim.count()).toBe(3);
  });

  it("an update without a version, or with a bad one, is a 400", async () => {
    const id = w.claims[0];
    expect((await api.update("claims", id, asEditor(), { topic: "x" })).json.error.fields.version).toBeDefined();
    expect((await api.update("claims", id, asEditor(), { topic: "x", version: "1" })).status).toBe(400);
    expect((await api.update("claims", id, asEditor(), { topic: "x", version: 1.5 })).status).toBe(400);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, topic: null });
  });

  it("a DELETE with a version that is not a number is a 400 and deletes nothing", async () => {
    const id = w.claims[1];
    const res = await call(one.DELETE, {
      method: "DELETE",
      url: `/api/admin/claims/${id}?version=abc`,
      params: { resource: "claims", id },
      actor: w.editor,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.fields.version).toBeDefined();
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
  });

  it("bulk requests without ids, with an unknown op or action are 4xx", async () => {
    expect((await api.bulk("claims", asEditor(), { op: "delete", ids: [] })).status).toBe(400);
    expect((await api.bulk("claims", asEditor(), { op: "explode", ids: [w.claims[0]] })).status).toBe(400);
    expect((await api.bulk("claims", asEditor(), { op: "action", action: "nope", ids: [w.claims[0]] })).status).toBe(
      404,
    );
    expect(
      (
        await api.bulk("claims", asEditor(), {
          op: "action",
          action: "setStatus",
          ids: [w.claims[0]],
          data: { status: "NOPE" },
        })
      ).status,
    ).toBe(400);
  });

  it("an unknown resource or record is a 404", async () => {
    expect((await api.list("secrets", asEditor())).status).toBe(404);
    expect((await api.getOne("claims", "no-such-id", asEditor())).status).toBe(404);
  });
});
