/** @jest-environment node */
// The review queue's route as Next calls it: an editor sees each candidate of an import with what
// judging it needs (technologies, figure, conditions, quote in context, source, hints), limited to
// the import's documents when asked; contributors and visitors are refused by the claims' rules.
import * as bulkRoute from "@/app/api/admin/[resource]/bulk/route";
import * as importRoute from "@/app/api/admin/import/route";
import * as reviewRoute from "@/app/api/admin/review/route";
import { SYSTEM } from "@/lib/auth/roles";
import { claims } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { seedCatalog } from "@/prisma/seed/catalog";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { freshDatabase, testProviders, useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { makeUser } from "../../../support/factories";
import { call } from "../../../support/http";

// Our own writing, shaped like the comparison posts the importer reads.
const POST = [
  "# FastAPI or Django for a small JSON API",
  "",
  "Published 2026-03-02 by the review-queue test.",
  "",
  "We measured both on the same laptop with 4 workers. FastAPI served 31,000 requests per second in our JSON benchmark.",
  "Django served 9,000 requests per second in the same JSON benchmark.",
  "Django has a built-in admin interface, which FastAPI lacks.",
].join("\n");

afterAll(() => closeReaderPool());

describe.each(testProviders())("GET /api/admin/review (%s)", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
    useAsAppDatabase(t);
    await seedCatalog(t.db, SYSTEM);
  });
  afterEach(() => t.close());

  async function importPost(editor: Awaited<ReturnType<typeof makeUser>>, text = POST) {
    const res = await call(importRoute.POST, { method: "POST", url: "/api/admin/import", actor: editor, body: { text, filename: "fastapi-django.md" } });
    expect(res.status).toBe(200);
    return res.json.data.articles[0] as { articleSlug: string; title: string; claims: unknown[] };
  }

  it("shows an editor each candidate of an import with its technologies, figure, quote in context and source", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const imported = await importPost(editor);
    const res = await call(reviewRoute.GET, { url: `/api/admin/review?article=${imported.articleSlug}`, actor: editor });
    expect(res.status).toBe(200);
    const page = res.json.data;
    const fastapi = page.cards.find((c: { statement: string }) => c.statement.startsWith("FastAPI"));
    expect(fastapi).toMatchObject({
      kind: "PERFORMANCE",
      value: 31000,
      unit: "req/s",
      technologies: [{ name: "FastAPI", proposed: false }],
      source: { title: "FastAPI or Django for a small JSON API", publishedAt: "2026-03-02T00:00:00.000Z", quote: "FastAPI served 31,000 requests per second in our JSON benchmark." },
    });
    // The quote in its context: the sentence before it and the one after it.
    expect(fastapi.source.before).toContain("same laptop with 4 workers");
    expect(fastapi.source.after).toContain("Django served 9,000");
  });

  it("limits the queue to the import's documents when asked, and shows a possible duplicate and a contradiction with the other claim", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const first = await importPost(editor);
    await importPost(editor, "# Notes on Flask\n\nFlask served 2,000 requests per second in our JSON benchmark.");
    const all = await call(reviewRoute.GET, { url: "/api/admin/review", actor: editor });
    const limited = await call(reviewRoute.GET, { url: `/api/admin/review?article=${first.articleSlug}`, actor: editor });
    expect(all.json.data.total).toBe(limited.json.data.total + 1);
    expect(all.json.data.articles).toEqual([]);

    const fastapiId = (await t.db.technology.findUniqueOrThrow({ where: { slug: "fastapi" } })).id;
    const verified = await createRecord(claims, SYSTEM, { statement: "FastAPI achieved 31,000 requests per second on a laptop.", kind: "PERFORMANCE", status: "VERIFIED", metric: "throughput", value: 31000, unit: "req/s", conditions: {}, technologyIds: [fastapiId] }, t.db);
    const candidates = limited.json.data.cards as Array<{ id: string; statement: string }>;
    const django = candidates.find((c) => c.statement.startsWith("Django achieved"))!;
    const other = await createRecord(claims, SYSTEM, { statement: "Django tops out at 2,500 requests per second.", kind: "PERFORMANCE", status: "VERIFIED", metric: "throughput", value: 2500, unit: "req/s", conditions: {} }, t.db);
    await t.db.contradiction.create({ data: { claimAId: other.id as string, claimBId: django.id, reason: "9,000 against 2,500 requests per second" } });

    const again = await call(reviewRoute.GET, { url: `/api/admin/review?article=${first.articleSlug}`, actor: editor });
    const cards = again.json.data.cards as Array<{ statement: string; hints: unknown[] }>;
    expect(cards.find((c) => c.statement.startsWith("FastAPI"))!.hints).toEqual([
      { kind: "duplicate", reason: expect.stringMatching(/% of the words in common$/), claim: { id: verified.id, statement: verified.statement, status: "VERIFIED" } },
    ]);
    expect(cards.find((c) => c.statement.startsWith("Django achieved"))!.hints).toEqual([
      { kind: "contradiction", reason: "9,000 against 2,500 requests per second", claim: { id: other.id, statement: other.statement, status: "VERIFIED" } },
    ]);
  });

  it("a verified card leaves the queue; contributors and visitors are refused", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const imported = await importPost(editor);
    const url = `/api/admin/review?article=${imported.articleSlug}`;
    const before = (await call(reviewRoute.GET, { url, actor: editor })).json.data.cards as Array<{ id: string; version: number }>;
    const [card] = before;
    const verify = await call(bulkRoute.POST, {
      method: "POST",
      url: "/api/admin/claims/bulk",
      actor: editor,
      params: { resource: "claims" },
      body: { op: "action", action: "setStatus", ids: [card.id], data: { status: "VERIFIED" }, versions: { [card.id]: card.version } },
    });
    expect(verify.status).toBe(200);
    const after = (await call(reviewRoute.GET, { url, actor: editor })).json.data;
    expect(after.cards.map((c: { id: string }) => c.id)).toEqual(before.slice(1).map((c) => c.id));
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: card.id } })).status).toBe("VERIFIED");

    const contributor = await call(reviewRoute.GET, { url, actor: await makeUser(t.db, "CONTRIBUTOR") });
    expect(contributor.status).toBe(403);
    expect((await call(reviewRoute.GET, { url })).status).toBe(401);
  });
});
