// Admin claim lists through index-friendly SQL (lib/services/list-sql.ts), on the real databases:
// the same rows, order and totals as the Prisma rendering of the same filters, keyset pages equal
// to offset pages, q through the full-text index, and counts capped at 10,000.
import type { Actor } from "@/lib/auth/roles";
import { createClient } from "@/lib/db/client";
import { leanClaimRows } from "@/lib/services/lean-claim-rows";
import { COUNT_CAP, SEARCH_COUNT_CAP } from "@/lib/services/list-sql";
import { claims } from "@/lib/resources";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";
import { listRecords, type ListParams } from "@/lib/services/list";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTechnology, makeUser } from "../../support/factories";

const KINDS = ["PERFORMANCE", "FEATURE", "RECOMMENDATION", "FACT", "OPINION"] as const;
const STATUSES = ["VERIFIED", "DRAFT", "DISPUTED", "CANDIDATE"] as const;
const TOPICS = ["websockets", "admin", "orm", null] as const;

describe.each(testProviders())("admin claim lists on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  let techs: string[];
  beforeAll(async () => {
    t = await freshDatabase(provider);
    editor = await makeUser(t.db, "EDITOR");
    techs = [
      (await makeTechnology(t.db, "Django")).id,
      (await makeTechnology(t.db, "FastAPI")).id,
      (await makeTechnology(t.db, "Flask")).id,
    ];
    const base = Date.parse("2026-01-01T00:00:00Z");
    for (let i = 0; i < 60; i++) {
      // Every third claim shares its timestamp with the one before: ties are broken by id.
      const at = new Date(base + Math.floor(i / 3) * 3_600_000 + (i % 3 === 2 ? 0 : (i % 3) * 1000));
      const word = i % 7 === 0 ? "Websockets" : i % 7 === 1 ? "websocketry" : "routing";
      await t.db.claim.create({
        data: {
          id: `c${String(i).padStart(3, "0")}`,
          slug: `claim-${i}`,
          statement: `Claim ${i} about ${word} in café number ${i}.`,
          kind: KINDS[i % 5],
          status: STATUSES[i % 4],
          topic: TOPICS[i % 4],
          conditions: {},
          createdAt: at,
          updatedAt: at,
          deletedAt: i % 10 === 9 ? at : null,
          technologies: { connect: [{ id: techs[i % 3] }, ...(i % 4 === 0 ? [{ id: techs[(i + 1) % 3] }] : [])] },
        },
      });
    }
  }, 60_000);
  afterAll(() => t.close());

  const list = (params: ListParams) => listRecords(claims, editor, params, t.db);
  const ids = async (params: ListParams) => (await list(params)).data.map((r) => r.id);

  /** Every page of a list, following each answer's cursor (as the data provider does). */
  async function walk(params: ListParams, perPage: number, useCursor: boolean): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 1; page < 100; page++) {
      const result = await list({ ...params, page, perPage, ...(useCursor && cursor ? { cursor } : {}) });
      if (!result.data.length) break;
      seen.push(...result.data.map((r) => r.id));
      cursor = result.nextCursor;
    }
    return seen;
  }

  it("lists live claims newest first, ties by id, with the exact total", async () => {
    const expected = (
      await t.db.claim.findMany({
        where: { deletedAt: null },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((c) => c.id);
    const all = await list({ perPage: 100 });
    expect(all.total).toBe(54);
    expect(all.totalCapped).toBeUndefined();
    expect(all.data.map((r) => r.id)).toEqual(expected);
    expect(all.data[0]).toMatchObject({ technologyIds: expect.any(Array), version: 1 });
    expect(await ids({ page: 3, perPage: 7 })).toEqual(expected.slice(14, 21));
  });

  it("lists each claim as Prisma reads it, with every technology it links to", async () => {
    // Every kind of column filled somewhere (the others hold nulls and defaults); updatedAt kept.
    const filled = await t.db.claim.findUniqueOrThrow({ where: { id: "c004" } });
    await t.db.claim.update({
      where: { id: "c004" },
      data: {
        value: 1234.567,
        metric: "throughput",
        unit: "req/s",
        editorWeight: 0.25,
        rating: "good",
        conditions: { runtime: "CPython 3.12", workers: 4, nested: { on: true, list: [1, "two", null] } },
        directions: { django: "supports", fastapi: "against" },
        reviewedAt: new Date("2026-02-03T04:05:06.789Z"),
        updatedAt: filled.updatedAt,
      },
    });
    const listed = (await list({ perPage: 100 })).data;
    expect(listed.find((r) => r.id === "c004")).toMatchObject({
      value: 1234.567,
      reviewedAt: "2026-02-03T04:05:06.789Z",
    });
    const read = await t.db.claim.findMany({
      where: { id: { in: listed.map((r) => r.id) } },
      include: relationInclude(claims),
    });
    const byId = new Map(read.map((r) => [r.id, serializeRow(claims, r)]));
    expect(listed).toEqual(listed.map((r) => byId.get(r.id)));
    // …read on the lean path, not by falling back to Prisma.
    expect(await leanClaimRows(t.db, provider, ["c004"])).toEqual([expect.objectContaining({ value: 1234.567 })]);
    // Claims linked to two technologies (every fourth) list both.
    expect(listed.filter((r) => (r.technologyIds as string[]).length === 2).length).toBeGreaterThan(10);
  });

  it("reads on the lean path (prepared statements on the driver) exactly what Prisma's engine reads", async () => {
    // The same lists through a client without a lean reader: ids, counts and rows through Prisma's
    // $queryRaw and its adapter, each value bound and decoded by Prisma rather than by the driver.
    const throughPrisma = createClient(t.url, { lean: false });
    const queryRaw = jest.spyOn(t.db, "$queryRaw");
    const transaction = jest.spyOn(t.db, "$transaction");
    try {
      const first = await list({ perPage: 5 });
      const cases: ListParams[] = [
        { perPage: 10 },
        { page: 3, perPage: 7 },
        { page: 2, perPage: 5, cursor: first.nextCursor },
        { page: 100, perPage: 25 },
        { perPage: 10, filter: { technologyIds: [techs[1]] } },
        { perPage: 10, filter: { technologyIds: [techs[0], techs[2]], status: "VERIFIED" } },
        { perPage: 10, filter: { q: "websockets" } },
        { perPage: 10, filter: { q: "zzyzx" } },
        { perPage: 10, sort: "kind", order: "ASC", filter: { status: ["VERIFIED", "DRAFT"] } },
        { perPage: 10, sort: "createdAt", order: "ASC", filter: { deleted: true } },
      ];
      for (const params of cases) {
        const lean = await list(params);
        expect({ params, lean }).toEqual({ params, lean: await listRecords(claims, editor, params, throughPrisma) });
      }
      // A page past the end still says how many there are (the count and the page are one statement on PostgreSQL).
      expect(await list({ page: 100, perPage: 25 })).toMatchObject({ data: [], total: 54 });
      // …and the lean client never went through Prisma for them.
      expect(queryRaw).not.toHaveBeenCalled();
      expect(transaction).not.toHaveBeenCalled();
    } finally {
      queryRaw.mockRestore();
      transaction.mockRestore();
      await throughPrisma.$disconnect();
    }
  });

  it("keyset pages equal offset pages for every sort, in both directions", async () => {
    for (const [sort, order] of [
      ["updatedAt", "DESC"],
      ["updatedAt", "ASC"],
      ["createdAt", "DESC"],
      ["kind", "ASC"],
      ["status", "DESC"],
      ["id", "ASC"],
      ["topic", "ASC"],
    ] as const) {
      const params: ListParams = { sort, order, filter: { status: ["VERIFIED", "DRAFT", "DISPUTED"] } };
      const byOffset = await walk(params, 4, false);
      expect(byOffset).toHaveLength((await list(params)).total);
      expect(new Set(byOffset).size).toBe(byOffset.length);
      expect(await walk(params, 4, true)).toEqual(byOffset);
    }
    // The cursor, not the page number, says where a page starts.
    const first = await list({ perPage: 4 });
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(await ids({ page: 1, perPage: 4, cursor: first.nextCursor })).toEqual(await ids({ page: 2, perPage: 4 }));
  });

  it("filters by technology (any of several), status and topic, as the join table says", async () => {
    const linked = (
      await t.db.claim.findMany({
        where: { deletedAt: null, technologies: { some: { id: techs[1] } } },
        select: { id: true },
      })
    ).map((c) => c.id);
    const found = await list({ perPage: 100, filter: { technologyIds: techs[1] } });
    expect(found.data.map((r) => r.id).sort()).toEqual(linked.sort());
    expect(found.total).toBe(linked.length);
    const either = await list({
      perPage: 100,
      filter: { technologyIds: [techs[1], techs[2]], status: "VERIFIED", topic: "admin" },
    });
    for (const row of either.data) {
      expect(row).toMatchObject({ status: "VERIFIED", topic: "admin" });
      expect((row.technologyIds as string[]).some((id) => id === techs[1] || id === techs[2])).toBe(true);
    }
    expect(either.total).toBe(either.data.length);
    expect((await list({ filter: { technologyIds: "no-such-technology" } })).total).toBe(0);
  });

  it("q matches word beginnings of statement and topic, every word, any case and accent, or the exact slug", async () => {
    const statements = async (q: string) =>
      (await list({ perPage: 100, filter: { q } })).data.map((r) => String(r.statement));
    const websock = await statements("websock");
    expect(websock.length).toBeGreaterThan(0);
    expect(websock.some((s) => s.includes("websocketry"))).toBe(true);
    expect(await statements("WEBSOCKETS")).toEqual(
      expect.arrayContaining(websock.filter((s) => s.includes("Websockets"))),
    );
    expect((await statements("websockets number 14")).length).toBeGreaterThan(0);
    expect(await statements("websockets 14")).toEqual(["Claim 14 about Websockets in café number 14."]);
    // A word inside another word is not a match: word-prefix, not substring.
    expect(await statements("ebsockets")).toEqual([]);
    expect(await statements("zzyzx")).toEqual([]);
    expect(await statements("claim-23")).toEqual(["Claim 23 about routing in café number 23."]);
    if (provider === "sqlite") expect((await statements("cafe 57")).length).toBe(1);
    // The topic is searched too: claim 4's topic is "websockets", its statement is not about it.
    expect(await statements("websockets routing")).toContain("Claim 4 about routing in café number 4.");
  });

  it("the trash lists deleted claims only; fetching by id finds them too", async () => {
    const trash = await list({ perPage: 100, filter: { deleted: true } });
    expect(trash.data.map((r) => r.id).sort()).toEqual(["c009", "c019", "c029", "c039", "c049", "c059"]);
    expect((await list({ filter: { id: ["c009", "c010"] } })).data.map((r) => r.id).sort()).toEqual(["c009", "c010"]);
  });

  it("counts stop at 10,000 (a search at 1,000): beyond it the total is the cap and marked so", async () => {
    // One INSERT … SELECT over a generated series: 10,005 drafts without 10,005 round trips.
    const cast = (type: string) => (provider === "postgresql" ? `::"${type}"` : "");
    await t.db.$executeRawUnsafe(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT_CAP + 4})
       INSERT INTO "Claim" ("id", "slug", "statement", "kind", "status", "conditions", "updatedAt")
       SELECT 'bulk-' || i, 'bulk-' || i, 'Bulk ' || i, 'FACT'${cast("ClaimKind")}, 'DRAFT'${cast("ClaimStatus")}, '{}'${provider === "postgresql" ? "::jsonb" : ""}, CURRENT_TIMESTAMP FROM n`,
    );
    const capped = await list({ perPage: 5 });
    expect(capped).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(capped.data).toHaveLength(5);
    const exact = await list({ filter: { status: "VERIFIED" } });
    expect(exact.totalCapped).toBeUndefined();
    expect(exact.total).toBe(await t.db.claim.count({ where: { deletedAt: null, status: "VERIFIED" } }));
    // A search stops counting sooner; its page is still the newest matches, ties by id.
    const searched = await list({ perPage: 5, filter: { q: "bulk" } });
    expect(searched).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    const newestBulk = await t.db.claim.findMany({
      where: { deletedAt: null, statement: { startsWith: "Bulk" } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 5,
      select: { id: true },
    });
    expect(searched.data.map((r) => r.id)).toEqual(newestBulk.map((c) => c.id));
    expect(await ids({ perPage: 5, filter: { q: "bulk 10004" } })).toEqual(["bulk-10004"]);
    // Left in place: this is the last test of the file (deleting 10,000 claims would only test the FTS triggers).
  }, 60_000);
});
