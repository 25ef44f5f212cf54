// lib/search on both databases: ranked, public-only results with snippets, and user input that
// cannot break either query language.
import fc from "fast-check";
import { SYSTEM } from "@/lib/auth/roles";
import { claims } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";
import { search } from "@/lib/search";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, type World } from "../public/world";

const NASTY = [
  '"', '""', "'", "''", "*", "**", "-", "^", ":", "(", ")", "()", "{}", "[]", "\\", "%", "_", ";", "&", "|", "!", "<->", ":*",
  "AND", "OR", "NOT", "NEAR", "django AND", "OR admin", "NOT django", "NEAR(django admin, 2)", "title:django", "kind:claim",
  "-django", "^django", "django*", '"django', "django'", "django' OR '1'='1", "'); DROP TABLE \"Claim\"; --", "admin\\", "%admin%",
  "😀", "🚀 django", "日本語", "café", "CAFÉ", "ǅemal", "\u200bdjango\u200b", "dja\u0000ngo", "\u202eogjnad", "e\u0301",
  "a".repeat(10_000), "django ".repeat(100), "   ", "",
];

describe.each(testProviders())("search on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  const run = (q: string, extra: Partial<Parameters<typeof search>[0]> = {}) => search({ q, ...extra }, t.db, provider);

  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("finds public claims, sources and verdicts with snippets marking the matched words", async () => {
    const result = await run("django admin");
    const kinds = result.hits.map((h) => `${h.kind}:${h.slug}`);
    expect(kinds).toEqual(expect.arrayContaining([`claim:${w.verified.slug}`, "article:django-vs-fastapi-2026"]));
    const claim = result.hits.find((h) => h.kind === "claim");
    expect(claim).toMatchObject({ title: "Django has a built-in admin.", url: `/claims/${w.verified.slug}`, status: "VERIFIED" });
    expect(claim?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(["Django", "admin"]);
    const verdicts = await run("back office django", { kinds: ["verdict"] });
    expect(verdicts.hits.map((h) => h.slug)).toEqual([w.published.slug]);
  });

  it("matches word prefixes, any case and, on SQLite, without accents", async () => {
    expect((await run("FASTA")).hits.some((h) => h.slug === w.perf.slug)).toBe(true);
  });

  it("ranks a match in the title above a match only in the body", async () => {
    await t.db.article.create({ data: {
      title: "Zebrafish hosting notes", slug: "zebra-title", format: "TEXT", text: "Nothing here.", rawContent: "x", contentHash: "zebra-1", tags: [], comments: [], warnings: [],
    } });
    await t.db.article.create({ data: {
      title: "Other notes", slug: "zebra-body", format: "TEXT", text: "A long text that mentions zebrafish once among many other words about hosting.", rawContent: "y", contentHash: "zebra-2", tags: [], comments: [], warnings: [],
    } });
    // Both articles are private (no public claim cites them): make them public through a verified claim each.
    for (const slug of ["zebra-title", "zebra-body"]) {
      const article = await t.db.article.findUniqueOrThrow({ where: { slug } });
      const claim = await t.db.claim.create({ data: { slug: `claim-${slug}`, statement: `Claim from ${slug}`, kind: "FACT", status: "VERIFIED", conditions: {} } });
      await t.db.citation.create({ data: { claimId: claim.id, articleId: article.id, quote: "x", start: 0, end: 1 } });
    }
    const result = await run("zebrafish", { kinds: ["article"] });
    expect(result.hits.map((h) => h.slug)).toEqual(["zebra-title", "zebra-body"]);
  });

  it("never returns drafts, candidates, retracted, deleted or merged claims, draft verdicts or uncited articles", async () => {
    for (const q of ["Draft opinion replaces", "Candidate fact nobody", "Express middleware", "Django is slow", "Django is deleted", "Django ships", "Flask small services draft", "Draft summary", "imported post drafts"]) {
      const result = await run(q);
      const json = JSON.stringify(result.hits);
      for (const hidden of [w.draft, w.candidate, w.inReview, w.retracted, w.deleted, w.duplicate, w.draftVerdict]) expect(json).not.toContain(hidden.slug as string);
      expect(json).not.toContain("draft-only-post");
    }
  });

  it("follows edits: a claim taken back into review disappears, its new wording is found", async () => {
    expect((await run("fastest framework")).hits.map((h) => h.slug)).toContain(w.refuted.slug);
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: w.refuted.id as string } });
    await updateRecord(claims, SYSTEM, current.id, { statement: "Flask is the quickest microframework.", version: current.version }, t.db);
    expect((await run("fastest framework")).hits.map((h) => h.slug)).not.toContain(w.refuted.slug);
    expect((await run("quickest microframework")).hits.map((h) => h.slug)).toEqual([w.refuted.slug]);
    await updateRecord(claims, SYSTEM, current.id, { status: "IN_REVIEW", version: current.version + 1 }, t.db);
    expect((await run("quickest microframework")).hits).toEqual([]);
  });

  it("paginates: total counts every visible hit, pages do not overlap", async () => {
    const all = await run("django", { perPage: 100 });
    expect(all.total).toBe(all.hits.length);
    const first = await run("django", { perPage: 1, page: 1 });
    const second = await run("django", { perPage: 1, page: 2 });
    expect(first.total).toBe(all.total);
    expect(first.hits[0].slug).not.toBe(second.hits[0]?.slug);
  });

  it.each(NASTY.map((q) => [JSON.stringify(q).slice(0, 40), q]))("survives the query %s", async (_label, q) => {
    const result = await run(q);
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
  });

  it("survives any text at all (property test)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 60 }), async (q) => {
        const result = await run(q);
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });

  it("finds the same claim whatever punctuation surrounds the words", async () => {
    for (const q of ['"fastapi"', "fastapi*", "(fastapi)", "-fastapi", "fastapi:", "'fastapi'", "fastapi OR"]) {
      const slugs = (await run(q)).hits.map((h) => h.slug);
      expect([q, slugs.includes(w.perf.slug as string)]).toEqual([q, !q.includes("OR")]);
    }
  });
});
