// A feature named any of its ways (lib/search/synonyms FEATURE_SYNONYMS) finds what is said of it in
// another: on both databases (FTS5 phrases, and tsquery phrases over PostgreSQL's hyphenated words).
import { search } from "@/lib/search";
import { parseQuery } from "@/lib/search/query";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, type World } from "../public/world";

describe("reading a feature's names", () => {
  it("reads “admin panel” as one feature, not two words that must both appear", () => {
    const [group] = parseQuery("admin panel").groups;
    expect(parseQuery("admin panel").groups).toHaveLength(1);
    expect(group.alternatives.map((a) => a.words.join(" "))).toEqual(
      expect.arrayContaining(["admin interface", "built in admin", "admin ui", "admin panel"]),
    );
    expect(parseQuery("django admin panel").groups.map((g) => g.text)).toEqual(["django", "admin panel"]);
  });
});

describe.each(testProviders())("feature synonyms on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("“admin panel” and “admin UI” find a claim that says “built-in admin”", async () => {
    for (const q of ["admin panel", "admin UI", "django admin panel", "Admin Interface"]) {
      const result = await search({ q }, t.db, provider);
      expect([q, result.hits.map((h) => h.url)]).toEqual([q, expect.arrayContaining([`/claims/${w.verified.slug}`])]);
    }
  });

  it("still needs every other word: “flask admin panel” finds no Django claim", async () => {
    const result = await search({ q: "flask admin panel" }, t.db, provider);
    expect(result.hits.map((h) => h.url)).not.toContain(`/claims/${w.verified.slug}`);
  });
});
