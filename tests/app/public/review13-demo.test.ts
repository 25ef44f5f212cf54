/** @jest-environment node */
// The independent reader's findings on the demo's public words and search (issue #13), each on the
// demo as `npm run demo` shows it (SQLite, seeded): claim titles in the API, search by meaning,
// snippets that quote only what a source said, and "X vs Y" answered with what the site has on the pair.
import { search, type SearchHit } from "@/lib/search";
import { claimTitle, conditionPhrase, type Conditions } from "@/lib/public/format";
import { useSeededDemo } from "./support/demo-pages";
import { api } from "../api/v1/support";

interface ApiClaim {
  slug: string;
  kind: string;
  statement: string;
  title: string;
  conditions: Conditions;
}

/** Keys of conditions that say what a claim is about, not how a figure was measured (never in a title's setup). */
const NOT_SETUP = new Set(["support", "replacement", "stance", "before", "range", "bound", "by"]);
const textOf = (hit: SearchHit) => hit.snippet.map((p) => p.text).join("");

describe("the demo after review 13 (SQLite)", () => {
  let claims: ApiClaim[];
  const demo = useSeededDemo(async () => {
    const { json } = await api("/api/v1/claims?perPage=100");
    claims = json.items;
  });

  it("R5: the API titles a claim as its page does: every condition labelled, names spelled as written", async () => {
    const laravel = claims.find((c) => /^Laravel achieved about 2,100/.test(c.statement));
    expect(laravel?.title).toBe(
      "Laravel achieved about 2,100 requests per second (hardware 2-vCPU VM, 8 workers, server PHP-FPM, endpoint hello-world).",
    );
    for (const c of claims) {
      expect([c.slug, c.title]).toEqual([c.slug, claimTitle(c.statement, c.conditions)]);
      // No bare number or lower-cased setup in brackets: "(2-vcpu vm, 8, php-fpm, …)".
      expect([c.slug, /(?:\(|, )\d+(?:, |\))|\(\d-vcpu vm\b|\bphp-fpm\b/.test(c.title)]).toEqual([c.slug, false]);
    }
    const one = await api(`/api/v1/claims/${laravel?.slug}`);
    expect(one.json.title).toBe(laravel?.title);
  });

  it("R15: a figure's title carries every measuring condition it holds, stated in its statement or not", () => {
    const figures = claims.filter((c) => c.kind === "PERFORMANCE");
    expect(figures.length).toBeGreaterThan(3);
    for (const c of figures) {
      for (const [key, value] of Object.entries(c.conditions)) {
        if (NOT_SETUP.has(key)) continue;
        expect([c.slug, c.title]).toEqual([c.slug, expect.stringContaining(conditionPhrase(key, value))]);
      }
    }
    const latency = figures.find((c) => c.statement.startsWith("Express achieved a p95 latency of 38 ms"));
    expect(latency?.title).toMatch(
      /^Express achieved a p95 latency of 38 ms \(hardware 4-vCPU VM, tested on PostgreSQL 16, 4 workers, .*\)\.$/,
    );
  });

  it("R9: “admin panel”, “admin UI”, “built-in admin” and “admin interface” all find the admin interface claims", async () => {
    const urls = async (q: string) => (await search({ q, perPage: 50 }, demo().db, "sqlite")).hits.map((h) => h.url);
    const expected = [
      "/claims/django-has-an-admin-interface-built-in",
      "/claims/fastapi-has-no-built-in-admin-interface",
    ];
    for (const q of ["admin panel", "admin UI", "built-in admin", "admin interface", "Admin Panels"])
      expect([q, await urls(q)]).toEqual([q, expect.arrayContaining(expected)]);
  });

  it("R10: quotation marks only around a source's own words; a table row's cells keep a separator", async () => {
    const hits = (await search({ q: "admin interface", perPage: 50 }, demo().db, "sqlite")).hits;
    const tableRow = hits.find((h) => h.url.startsWith("/claims/laravel-has-no-built-in-admin"));
    expect(textOf(tableRow as SearchHit)).toContain("Feature: Admin UI · Django: ✅ built-in");
    expect(textOf(tableRow as SearchHit)).not.toMatch(/[“”]/);
    const quoted = hits.find((h) => h.url === "/claims/django-has-an-admin-interface-built-in");
    expect(textOf(quoted as SearchHit)).toMatch(/^“Django has an admin interface built in, .*” \(The Django admin/);
    // A source's tables read cell by cell and row by row: never "Laravel· Admin UI".
    for (const q of ["admin interface", "websockets", "staff back office"])
      for (const hit of (await search({ q, perPage: 50 }, demo().db, "sqlite")).hits)
        expect([hit.url, textOf(hit)]).toEqual([hit.url, expect.not.stringMatching(/\S·|·\S/)]);
  });

  it("R11: “Django vs FastAPI” shows the comparison, both technology pages and every verdict recommending either", async () => {
    const hits = (await search({ q: "Django vs FastAPI" }, demo().db, "sqlite")).hits.map((h) => h.url);
    expect(hits.slice(0, 3)).toEqual(["/compare/django-vs-fastapi", "/technologies/django", "/technologies/fastapi"]);
    const verdicts = await demo().db.verdict.findMany({
      where: { status: "PUBLISHED", deletedAt: null, recommended: { some: { slug: { in: ["django", "fastapi"] } } } },
      select: { useCase: { select: { slug: true } } },
    });
    expect(verdicts.length).toBe(3);
    const verdictUrls = verdicts.map((v) => `/use-cases/${v.useCase.slug}`);
    expect(hits.slice(3, 6).sort()).toEqual(verdictUrls.sort());
    // Typed with typos, the same pages.
    const typed = (await search({ q: "djnago vs fastapy" }, demo().db, "sqlite")).hits.map((h) => h.url);
    expect(typed.slice(0, 3)).toEqual(hits.slice(0, 3));
  });
});
