// lib/search does a bounded amount of work per query, whatever the size of the site: a word in
// more claims than a search ranks still finds the other kinds, and the catalogue of names follows
// writes made by other processes without being rebuilt on every expiry.
import { search } from "@/lib/search";
import { forgetCatalogue } from "@/lib/search/catalogue";
import { INDEXED_KINDS, postgresEngine, RANKED_PER_KIND, sqliteEngine } from "@/lib/search/engines";
import { parseQuery } from "@/lib/search/query";
import { PUBLIC_CACHE_SECONDS } from "@/lib/cache/tags";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";

const COMMON = RANKED_PER_KIND + 40;

describe.each(testProviders())("bounded search on %s", (provider) => {
  let t: TestDatabase;
  const engine = provider === "sqlite" ? sqliteEngine : postgresEngine;

  beforeAll(async () => {
    t = await freshDatabase(provider);
    // More claims with one word than a search ranks per kind, written one after another.
    const start = Date.parse("2026-01-01T00:00:00Z");
    await t.db.claim.createMany({
      data: Array.from({ length: COMMON }, (_, i) => ({
        slug: `wombat-${i}`,
        statement: `Wombat framework note number ${i}.`,
        kind: "FACT" as const,
        status: "VERIFIED" as const,
        conditions: {},
        createdAt: new Date(start + i * 1000),
      })),
    });
    // One source with that word in its title, public through a verified claim citing it.
    const article = await t.db.article.create({
      data: {
        title: "Wombat field guide",
        slug: "wombat-guide",
        format: "TEXT",
        text: "Notes on wombats.",
        rawContent: "x",
        contentHash: "wombat-guide",
        tags: [],
        comments: [],
        warnings: [],
      },
    });
    const claim = await t.db.claim.findUniqueOrThrow({ where: { slug: "wombat-0" } });
    await t.db.citation.create({ data: { claimId: claim.id, articleId: article.id, quote: "x", start: 0, end: 1 } });
    forgetCatalogue(t.db);
  }, 120_000);
  afterAll(async () => t.close());

  it("a word in more claims than a search ranks still finds a source with it, and says the count is a lower bound", async () => {
    const matches = await engine.find(t.db, parseQuery("wombat").groups, INDEXED_KINDS, 200);
    expect(matches).toHaveLength(200);
    expect(matches.filter((m) => m.kind === "article")).toHaveLength(1);
    const result = await search({ q: "wombat", kinds: ["article"] }, t.db, provider);
    expect(result.hits.map((h) => h.slug)).toEqual(["wombat-guide"]);
    expect((await search({ q: "wombat" }, t.db, provider)).capped).toBe(true);
  });

  it("a phrase in more claims than a search ranks still finds them, and a rarer word among them narrows it", async () => {
    expect((await search({ q: '"wombat framework note"' }, t.db, provider)).hits.length).toBe(20);
    const narrowed = await search({ q: "wombat 537" }, t.db, provider);
    expect(narrowed.hits.map((h) => h.slug)).toEqual(["wombat-537"]);
  });

  if (provider === "sqlite") {
    it("on SQLite, beyond what it ranks, the newest matches come first", async () => {
      const claims = (await engine.find(t.db, parseQuery("wombat").groups, ["claim"], 5)).map((m) => m.id);
      const newest = await t.db.claim.findMany({
        where: { slug: { startsWith: "wombat-" } },
        orderBy: { createdAt: "desc" },
        take: 5,
        select: { id: true },
      });
      expect(claims).toEqual(newest.map((c) => c.id));
    });
  }

  it("finds what another process wrote once PUBLIC_CACHE_SECONDS have passed", async () => {
    expect((await search({ q: "zanzibar" }, t.db, provider)).hits).toEqual([]);
    // Written around this process's service layer, as another server process would: no generation bump.
    await t.db.technology.create({
      data: { slug: "zanzibar", name: "Zanzibar", aliases: [], description: "A framework." },
    });
    const now = Date.now();
    const clock = jest.spyOn(Date, "now").mockReturnValue(now + PUBLIC_CACHE_SECONDS * 1000 + 1);
    try {
      let found = false;
      for (let attempt = 0; attempt < 100 && !found; attempt++) {
        found = (await search({ q: "zanzibar" }, t.db, provider)).hits.some(
          (h) => h.kind === "technology" && h.slug === "zanzibar",
        );
        if (!found) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(found).toBe(true);
    } finally {
      clock.mockRestore();
    }
  });
});
