/** @jest-environment node */
// /search rendered to HTML against a real database: a search form that works without JavaScript,
// public results with the matched words marked, and no draft material.
import { renderToStaticMarkup } from "react-dom/server";
import SearchPage from "@/app/(public)/search/page";
import { testProviders, type TestDatabase } from "../../support/databases";
import { openAppWorld, PRIVATE_STATEMENTS, type World } from "../../lib/public/world";

const render = async (params: Record<string, string | string[]>) => renderToStaticMarkup(await SearchPage({ searchParams: Promise.resolve(params) }));

describe.each(testProviders())("the search page on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    ({ t, w } = await openAppWorld(provider));
  }, 60_000);
  afterAll(async () => t.close());

  it("without a query shows a labelled GET search form and no results", async () => {
    const html = await render({});
    const form = /<form[^>]*>/.exec(html)?.[0] ?? "";
    expect(form).toContain('role="search"');
    expect(form).toContain('action="/search"');
    expect(form).toContain('method="get"');
    expect(html).toContain('<label for="search-q"');
    expect(/<input id="search-q"[^>]*>/.exec(html)?.[0]).toContain('name="q"');
    expect(html).not.toContain("search-results-heading");
  });

  it("lists public results with links, statuses and marked words, keeping the query in the box", async () => {
    const html = await render({ q: "django admin" });
    expect(html).toContain('value="django admin"');
    expect(html).toMatch(/\d+ results? for “django admin”/);
    expect(html).toContain(`href="/claims/${w.verified.slug}"`);
    expect(html).toContain('href="/sources/django-vs-fastapi-2026"');
    expect(html).toContain("<mark>Django</mark>");
    expect(html).toContain("badge--verified");
    for (const statement of PRIVATE_STATEMENTS) expect(html).not.toContain(statement);
  });

  it("escapes the query and says plainly when nothing matched", async () => {
    const html = await render({ q: '<script>alert("x")</script> zzzqqq' });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("No results for “&lt;script&gt;");
  });

  it("forgives odd parameters: repeated values, unknown types, silly pages", async () => {
    const html = await render({ q: ["fastapi", "django"], type: "users", page: "-4" });
    expect(html).toContain(`href="/claims/${w.perf.slug}"`);
    const filtered = await render({ q: "django", type: "verdict" });
    expect(filtered).toContain('href="/use-cases/back-office-tool"');
    expect(filtered).not.toContain('href="/claims/');
  });
});
