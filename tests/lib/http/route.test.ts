/** @jest-environment node */
// route(): the CSRF origin check on writes and the error mapping, through real admin handlers.
import * as one from "@/app/api/admin/[resource]/[id]/route";
import type { TestDatabase } from "../../support/databases";
import { useAppWorld } from "../../app/api/support/app-database";
import { call } from "../../support/http";
import { api, type World } from "../../app/api/support/admin-api";

const EVIL = "https://evil.example";
let t: TestDatabase;
let w: World;
useAppWorld("sqlite", (db, world) => {
  t = db;
  w = world;
});

describe("cross-site requests", () => {
  it("a POST from a foreign origin is refused with 403 and creates nothing", async () => {
    const before = { claims: await t.db.claim.count(), revisions: await t.db.revision.count() };
    const res = await api.create(
      "claims",
      { actor: w.editor, origin: EVIL },
      { statement: "Planted claim.", kind: "FACT" },
    );
    expect(res.status).toBe(403);
    expect(res.json.error.message).toMatch(/Cross-site/);
    expect({ claims: await t.db.claim.count(), revisions: await t.db.revision.count() }).toEqual(before);
  });

  it("a PUT from a foreign origin is refused and the record is unchanged", async () => {
    const res = await api.update(
      "claims",
      w.claims[0],
      { actor: w.admin, origin: EVIL },
      { topic: "hijacked", version: 1 },
    );
    expect(res.status).toBe(403);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: w.claims[0] } })).toMatchObject({
      topic: null,
      version: 1,
    });
  });

  it("a DELETE from a foreign origin is refused and the record stays", async () => {
    const res = await api.delete("claims", w.claims[0], { actor: w.admin, origin: EVIL });
    expect(res.status).toBe(403);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: w.claims[0] } })).deletedAt).toBeNull();
  });

  it("bulk and restore from a foreign origin are refused", async () => {
    expect((await api.bulk("claims", { actor: w.admin, origin: EVIL }, { op: "delete", ids: w.claims })).status).toBe(
      403,
    );
    expect((await api.restore("claims", w.claims[0], { actor: w.admin, origin: EVIL })).status).toBe(403);
    expect(await t.db.claim.count({ where: { deletedAt: null } })).toBe(3);
  });

  it("an Origin that is not a URL, or a look-alike host, is refused", async () => {
    expect((await api.create("technologies", { actor: w.editor, origin: "null" }, { name: "Nope" })).status).toBe(403);
    expect(
      (
        await api.create(
          "technologies",
          { actor: w.editor, origin: "http://localhost:3000.evil.example" },
          { name: "Nope" },
        )
      ).status,
    ).toBe(403);
    expect(
      (await api.create("technologies", { actor: w.editor, origin: "http://localhost:4000" }, { name: "Nope" })).status,
    ).toBe(403);
    expect(await t.db.technology.count()).toBe(0);
  });

  it("the same host under another scheme is another origin: https://localhost:3000 is refused on the http site", async () => {
    const res = await api.create(
      "technologies",
      { actor: w.editor, origin: "https://localhost:3000", peer: "127.0.0.1" },
      { name: "Nope" },
    );
    expect(res.status).toBe(403);
    expect(
      (await api.create("technologies", { actor: w.editor, origin: "http://localhost:3000:443" }, { name: "Nope" }))
        .status,
    ).toBe(403);
    expect(await t.db.technology.count()).toBe(0);
  });

  it("X-Forwarded-Proto sets the scheme only when a trusted proxy sends it", async () => {
    const https = { "x-forwarded-proto": "https" };
    const untrusted = await api.create(
      "technologies",
      { actor: w.editor, origin: "https://localhost:3000", peer: "203.0.113.7", headers: https },
      { name: "Nope" },
    );
    expect(untrusted.status).toBe(403);
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    try {
      expect(
        (
          await api.create(
            "technologies",
            { actor: w.editor, origin: "http://localhost:3000", peer: "127.0.0.1", headers: https },
            { name: "Nope" },
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await api.create(
            "technologies",
            { actor: w.editor, origin: "https://localhost:3000", peer: "127.0.0.1", headers: https },
            { name: "Phoenix" },
          )
        ).status,
      ).toBe(201);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
    expect(await t.db.technology.count()).toBe(1);
  });

  it("without an Origin, a browser's Sec-Fetch-Site: cross-site write is refused", async () => {
    const res = await api.create(
      "technologies",
      { actor: w.editor, origin: null, headers: { "sec-fetch-site": "cross-site" } },
      { name: "Nope" },
    );
    expect(res.status).toBe(403);
    expect(await t.db.technology.count()).toBe(0);
  });

  it("a write from the same origin goes through", async () => {
    const res = await api.create(
      "technologies",
      { actor: w.editor, origin: "http://localhost:3000" },
      { name: "Phoenix" },
    );
    expect(res.status).toBe(201);
    expect(await t.db.technology.count()).toBe(1);
  });

  it("a GET with a foreign origin is allowed (reads change nothing)", async () => {
    const list = await api.list("claims", { actor: w.editor, origin: EVIL });
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(3);
    const res = await call(one.GET, {
      url: `/api/admin/claims/${w.claims[0]}`,
      params: { resource: "claims", id: w.claims[0] },
      actor: w.editor,
      origin: EVIL,
    });
    expect(res.status).toBe(200);
  });

  it("the origin check comes before authentication: a foreign anonymous write is 403, not 401", async () => {
    expect(
      (await api.create("claims", { actor: null, origin: EVIL }, { statement: "x y z", kind: "FACT" })).status,
    ).toBe(403);
  });
});

describe("error mapping", () => {
  it("errors are JSON with a code and a message", async () => {
    const res = await api.getOne("claims", "missing", { actor: w.editor });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.json).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  });

  it("an anonymous request is a 401 asking to sign in", async () => {
    const res = await api.list("claims", { actor: null });
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe("unauthenticated");
  });
});
