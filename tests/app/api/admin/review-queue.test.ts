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
    const res = await call(importRoute.POST, {
      method: "POST",
      url: "/api/admin/import",
      actor: editor,
      body: { text, filename: "fastapi-django.md" },
    });
    expect(res.status).toBe(200);
    return res.json.data.articles[0] as { articleSlug: string; title: string; claims: unknown[] };
  }

  it("shows an editor each candidate of an import with its technologies, figure, quote in context and source", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const imported = await importPost(editor);
    const res = await call(reviewRoute.GET, {
      url: `/api/admin/review?article=${imported.articleSlug}`,
      actor: editor,
    });
    expect(res.status).toBe(200);
    const page = res.json.data;
    const fastapi = page.cards.find((c: { statement: string }) => c.statement.startsWith("FastAPI"));
    expect(fastapi).toMatchObject({
      kind: "PERFORMANCE",
      value: 31000,
      unit: "req/s",
      technologies: [{ name: "FastAPI", proposed: false }],
      source: {
        title: "FastAPI or Django for a small JSON API",
        publishedAt: "2026-03-02T00:00:00.000Z",
        quote: "FastAPI served 31,000 requests per second in our JSON benchmark.",
      },
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
    const limited = await call(reviewRoute.GET, {
      url: `/api/admin/review?article=${first.articleSlug}`,
      actor: editor,
    });
    expect(all.json.data.total).toBe(limited.json.data.total + 1);
    expect(all.json.data.articles).toEqual([]);

    const fastapiId = (await t.db.technology.findUniqueOrThrow({ where: { slug: "fastapi" } })).id;
    const verified = await createRecord(
      claims,
      SYSTEM,
      {
        statement: "FastAPI achieved 31,000 requests per second on a laptop.",
        kind: "PERFORMANCE",
        status: "VERIFIED",
        metric: "throughput",
        value: 31000,
        unit: "req/s",
        conditions: {},
        technologyIds: [fastapiId],
      },
      t.db,
    );
    const candidates = limited.json.data.cards as Array<{ id: string; statement: string }>;
    const django = candidates.find((c) => c.statement.startsWith("Django achieved"))!;
    const other = await createRecord(
      claims,
      SYSTEM,
      {
        statement: "Django tops out at 2,500 requests per second.",
        kind: "PERFORMANCE",
        status: "VERIFIED",
        metric: "throughput",
        value: 2500,
        unit: "req/s",
        conditions: {},
      },
      t.db,
    );
    await t.db.contradiction.create({
      data: { claimAId: other.id as string, claimBId: django.id, reason: "9,000 against 2,500 requests per second" },
    });

    const again = await call(reviewRoute.GET, { url: `/api/admin/review?article=${first.articleSlug}`, actor: editor });
    const cards = again.json.data.cards as Array<{ statement: string; hints: unknown[] }>;
    expect(cards.find((c) => c.statement.startsWith("FastAPI"))!.hints).toEqual([
      {
        kind: "duplicate",
        reason: expect.stringMatching(/% of the words in common$/),
        claim: { id: verified.id, statement: verified.statement, status: "VERIFIED" },
      },
    ]);
    expect(cards.find((c) => c.statement.startsWith("Django achieved"))!.hints).toEqual([
      {
        kind: "contradiction",
        reason: "9,000 against 2,500 requests per second",
        claim: { id: other.id, statement: other.statement, status: "VERIFIED" },
      },
    ]);
  });

  it("a verified card leaves the queue; contributors and visitors are refused", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const imported = await importPost(editor);
    const url = `/api/admin/review?article=${imported.articleSlug}`;
    const before = (await call(reviewRoute.GET, { url, actor: editor })).json.data.cards as Array<{
      id: string;
      version: number;
    }>;
    const [card] = before;
    const verify = await call(bulkRoute.POST, {
      method: "POST",
      url: "/api/admin/claims/bulk",
      actor: editor,
      params: { resource: "claims" },
      body: {
        op: "action",
        action: "setStatus",
        ids: [card.id],
        data: { status: "VERIFIED" },
        versions: { [card.id]: card.version },
      },
    });
    expect(verify.status).toBe(200);
    const after = (await call(reviewRoute.GET, { url, actor: editor })).json.data;
    expect(after.cards.map((c: { id: string }) => c.id)).toEqual(before.slice(1).map((c) => c.id));
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: card.id } })).status).toBe("VERIFIED");

    const contributor = await call(reviewRoute.GET, { url, actor: await makeUser(t.db, "CONTRIBUTOR") });
    expect(contributor.status).toBe(403);
    expect((await call(reviewRoute.GET, { url })).status).toBe(401);
  });

  it("orders the cards by what editors' decisions taught, shows why, and hides low-confidence candidates until asked", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    const lines = (from: number, count: number) =>
      Array.from(
        { length: count },
        (_, i) =>
          `FastAPI served ${from + i + 10},000 requests per second in run ${from + i}.\n\nDjango is overrated, says reviewer number ${from + i}.`,
      ).join("\n\n");
    await importPost(editor, `# Framework notes\n\n${lines(1, 30)}`);
    const first = (await call(reviewRoute.GET, { url: "/api/admin/review", actor: editor })).json.data;
    expect(first.hidden).toBe(0);
    expect(first.model).toEqual({ examples: 0, threshold: null });
    expect(first.total).toBe(60);
    // Every candidate decided (the queue shows 50 at a time).
    const ids = async (kind: string) =>
      (
        await t.db.claim.findMany({ where: { status: "CANDIDATE", kind: kind as "OPINION" }, select: { id: true } })
      ).map((c) => c.id);
    for (const [kind, status] of [
      ["PERFORMANCE", "VERIFIED"],
      ["OPINION", "RETRACTED"],
    ]) {
      const res = await call(bulkRoute.POST, {
        method: "POST",
        url: "/api/admin/claims/bulk",
        actor: editor,
        params: { resource: "claims" },
        body: { op: "action", action: "setStatus", ids: await ids(kind), data: { status } },
      });
      expect(res.status).toBe(200);
    }

    const second = await importPost(
      editor,
      `# More framework notes\n\n${lines(100, 3)}\n\nFlask is overrated, a fair point.\n\nFlask served 2,000 requests per second in run 7.`,
    );
    const queue = (
      await call(reviewRoute.GET, { url: `/api/admin/review?article=${second.articleSlug}`, actor: editor })
    ).json.data;
    // The opinions like those editors rejected are hidden; the figures are shown, likeliest to be kept first.
    expect(queue.hidden).toBe(4);
    expect(queue.model.examples).toBe(60);
    expect(queue.cards.map((c: { kind: string }) => c.kind)).toEqual([
      "PERFORMANCE",
      "PERFORMANCE",
      "PERFORMANCE",
      "PERFORMANCE",
    ]);
    const scores = queue.cards.map((c: { learned: { importScore: number } }) => c.learned.importScore);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(queue.cards[0].learned.reasons.join(" ")).toMatch(/kept \d+ of \d+ times/);

    const low = (
      await call(reviewRoute.GET, {
        url: `/api/admin/review?article=${second.articleSlug}&lowConfidence=1`,
        actor: editor,
      })
    ).json.data;
    expect(low.lowConfidence).toBe(true);
    expect(low.total).toBe(4);
    expect(
      low.cards.every(
        (c: { kind: string; learned: { hidden: boolean; reasons: string[] } }) =>
          c.kind === "OPINION" && c.learned.hidden,
      ),
    ).toBe(true);
    expect(low.cards[0].learned.reasons.join(" ")).toMatch(/rejected \d+ of \d+ times/);
  }, 240_000);
});
