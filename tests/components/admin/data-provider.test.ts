/** @jest-environment node */
// The admin's data provider against the real route handlers, services and a real SQLite database.
import { HttpError } from "react-admin";
import { createDataProvider, type StackVerdictDataProvider } from "@/components/admin/data-provider";
import type { Actor } from "@/lib/auth/roles";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeArticle, makeTechnology, makeUser } from "../../support/factories";
import { routeFetch } from "./support/route-fetch";

process.env.NEXTAUTH_SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef";

let t: TestDatabase;
let editor: Actor;
let dp: StackVerdictDataProvider;
const providerFor = (actor: Actor | null) => createDataProvider({ fetch: routeFetch(actor) });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as HttpError,
  );

beforeEach(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
  editor = await makeUser(t.db, "EDITOR", { name: "Edith" });
  dp = providerFor(editor);
});
afterEach(async () => t.close());

const newClaim = (statement: string, extra: Record<string, unknown> = {}) =>
  dp.create("claims", { data: { statement, kind: "FACT", ...extra } }).then((r) => r.data);

describe("the admin data provider over the real API", () => {
  it("pages forward by cursor (keyset) and gives the same pages as page numbers", async () => {
    for (const word of ["alpha", "bravo", "charlie", "delta"]) await newClaim(`Claim ${word} is listed.`);
    const urls: string[] = [];
    const paging = createDataProvider({ fetch: (input, init) => (urls.push(input), routeFetch(editor)(input, init)) });
    const params = (page: number) => ({
      pagination: { page, perPage: 1 },
      sort: { field: "updatedAt", order: "DESC" as const },
      filter: {},
    });
    const byCursor: unknown[] = [];
    for (let page = 1; page <= 4; page++)
      byCursor.push(...(await paging.getList("claims", params(page))).data.map((c) => c.statement));
    expect(urls.slice(1).every((u) => new URL(u, "http://x").searchParams.has("cursor"))).toBe(true);
    expect(new URL(urls[0], "http://x").searchParams.has("cursor")).toBe(false);
    const byNumber: unknown[] = [];
    for (const page of [1, 2, 3, 4])
      byNumber.push(...(await dp.getList("claims", params(page))).data.map((c) => c.statement));
    expect(byCursor).toEqual(byNumber);
    expect(new Set(byCursor).size).toBe(4);
  });

  it("creates, lists with search, sort and paging, and reads one record", async () => {
    const django = await makeTechnology(t.db, "Django");
    await newClaim("Django has a built-in admin.", { technologyIds: [django.id] });
    await newClaim("Flask is a microframework.");
    const page = await dp.getList("claims", {
      pagination: { page: 1, perPage: 1 },
      sort: { field: "updatedAt", order: "DESC" },
      filter: {},
    });
    expect(page.total).toBe(2);
    expect(page.data).toHaveLength(1);
    const found = await dp.getList("claims", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "updatedAt", order: "ASC" },
      filter: { q: "admin", technologyIds: django.id },
    });
    expect(found.data.map((c) => c.statement)).toEqual(["Django has a built-in admin."]);
    const { data } = await dp.getOne("claims", { id: found.data[0].id });
    expect(data).toMatchObject({ technologyIds: [django.id], version: 1 });
    const many = await dp.getMany("claims", { ids: [data.id] });
    expect(many.data).toHaveLength(1);
  });

  it("an update sends only the changed fields with the version it started from", async () => {
    const claim = await newClaim("FastAPI is async.");
    const { data } = await dp.update("claims", {
      id: claim.id,
      data: { ...claim, topic: "async", updatedAt: "ignored" },
      previousData: claim,
    });
    expect(data).toMatchObject({ topic: "async", version: 2, statement: "FastAPI is async." });
  });

  it("an editor saving a stale claim gets a 409 naming who changed it, and nothing is overwritten", async () => {
    const bob = await makeUser(t.db, "EDITOR", { name: "Bob" });
    const claim = await newClaim("Flask was released in 2010.");
    await providerFor(bob).update("claims", {
      id: claim.id,
      data: { ...claim, topic: "history" },
      previousData: claim,
    });
    const error = await failure(
      dp.update("claims", {
        id: claim.id,
        data: { ...claim, statement: "Flask was released in 2011." },
        previousData: claim,
      }),
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error?.status).toBe(409);
    expect(error?.message).toMatch(/Changed by Bob at/);
    expect(error?.body.current).toMatchObject({ currentVersion: 2, changedBy: "Bob" });
    const { data } = await dp.getOne("claims", { id: claim.id });
    expect(data).toMatchObject({ statement: "Flask was released in 2010.", topic: "history" });
  });

  it("bad input becomes field errors the form can show", async () => {
    const error = await failure(dp.create("claims", { data: { statement: "x", kind: "NONSENSE" } }));
    expect(error?.status).toBe(400);
    expect(Object.keys(error?.body.errors).sort()).toEqual(["kind", "statement"]);
    expect(typeof error?.body.errors.kind).toBe("string");
  });

  it("deletes to the trash, lists the trash and restores", async () => {
    const claim = await newClaim("Django has an ORM.");
    await dp.delete("claims", { id: claim.id, previousData: claim });
    const listed = (filter: Record<string, unknown>) =>
      dp.getList("claims", {
        pagination: { page: 1, perPage: 10 },
        sort: { field: "updatedAt", order: "DESC" },
        filter,
      });
    expect((await listed({})).total).toBe(0);
    expect((await listed({ deleted: true })).data.map((c) => c.id)).toEqual([claim.id]);
    await dp.restore("claims", { ids: [claim.id] });
    expect((await listed({})).total).toBe(1);
    const other = await newClaim("Rails has generators.");
    await dp.deleteMany("claims", { ids: [other.id] });
    expect((await listed({ deleted: true })).total).toBe(1);
  });

  it("reads a record's history and restores an earlier version", async () => {
    const claim = await newClaim("Django ~4,200 req/s.");
    const { data: updated } = await dp.update("claims", {
      id: claim.id,
      data: { ...claim, statement: "Django ~6,000 req/s." },
      previousData: claim,
    });
    const { data: history } = await dp.history("claims", { id: claim.id });
    expect(history.map((h) => h.action)).toEqual(["UPDATE", "CREATE"]);
    expect(history[0].changes.statement).toEqual({ before: "Django ~4,200 req/s.", after: "Django ~6,000 req/s." });
    expect(history[0].user?.name).toBe("Edith");
    const { data: reverted } = await dp.revert("claims", {
      id: claim.id,
      revisionId: history[1].id,
      version: updated.version,
    });
    expect(reverted).toMatchObject({ statement: "Django ~4,200 req/s.", version: 3 });
  });

  it("runs bulk actions and fetches citations of a claim", async () => {
    const a = await newClaim("Claim A.");
    const b = await newClaim("Claim B.");
    await dp.bulkAction("claims", { action: "setStatus", ids: [a.id, b.id], data: { status: "VERIFIED" } });
    const verified = await dp.getList("claims", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "updatedAt", order: "DESC" },
      filter: { status: "VERIFIED" },
    });
    expect(verified.total).toBe(2);
    const article = await makeArticle(t.db);
    await dp.create("citations", {
      data: { claimId: a.id, articleId: article.id, quote: "Django has a built-in admin." },
    });
    const cited = await dp.getManyReference("citations", {
      target: "claimId",
      id: a.id,
      pagination: { page: 1, perPage: 10 },
      sort: { field: "updatedAt", order: "DESC" },
      filter: {},
    });
    expect(cited.data.map((c) => c.quote)).toEqual(["Django has a built-in admin."]);
  });

  it("the dashboard and the CSV export follow the same API", async () => {
    await newClaim("A candidate claim.", { status: "CANDIDATE" });
    const { data } = await dp.dashboard();
    expect(data.claimsByStatus.CANDIDATE).toBe(1);
    expect(data.reviewQueue.map((c) => c.statement)).toEqual(["A candidate claim."]);
    const url = dp.exportUrl("claims", {
      filter: { status: "CANDIDATE" },
      sort: { field: "updatedAt", order: "DESC" },
    });
    const csv = await (await routeFetch(editor)(url)).text();
    expect(csv.split("\n")[0]).toMatch(/^id,statement/);
    expect(csv).toContain("A candidate claim.");
  });

  it("a contributor cannot create claims and an anonymous caller is asked to sign in", async () => {
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    const forbidden = await failure(
      providerFor(contributor).create("claims", { data: { statement: "Nope.", kind: "FACT" } }),
    );
    expect(forbidden?.status).toBe(403);
    const anonymous = await failure(
      providerFor(null).getList("claims", {
        pagination: { page: 1, perPage: 5 },
        sort: { field: "updatedAt", order: "DESC" },
        filter: {},
      }),
    );
    expect(anonymous?.status).toBe(401);
    expect(anonymous?.message).toMatch(/Sign in/);
  });

  it("restores one field of a version and compares two versions", async () => {
    const created = await newClaim("Flask is small.");
    const edited = await dp.update("claims", {
      id: created.id,
      data: { ...created, statement: "Flask is a microframework.", kind: "OPINION" },
      previousData: created,
    });
    const [latest, first] = (await dp.history("claims", { id: created.id })).data;
    const { data } = await dp.revert("claims", {
      id: created.id,
      revisionId: first.id,
      version: Number(edited.data.version),
      fields: ["statement"],
    });
    expect(data).toMatchObject({ statement: "Flask is small.", kind: "OPINION", version: 3 });
    const comparison = await dp.compareVersions("claims", { id: created.id, from: first.id, to: latest.id });
    expect(comparison.data.changes).toMatchObject({
      statement: { before: "Flask is small.", after: "Flask is a microframework." },
      kind: { before: "FACT", after: "OPINION" },
    });
    expect(comparison.data.to.user).toBe("Edith");
  });

  it("an admin issues a password reset link; an editor is refused with the server's message", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const { data } = await providerFor(admin).issueResetLink(editor.id);
    expect(data.path).toMatch(/^\/login\/reset#/);
    const refused = await failure(dp.issueResetLink(editor.id));
    expect(refused?.status).toBe(403);
  });
});
