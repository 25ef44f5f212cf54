/** @jest-environment node */
// /search rendered to HTML against a real database: a search form that works without JavaScript,
// public results with the matched words marked, and no draft material.
import { renderToStaticMarkup } from "react-dom/server";
import SearchPage from "@/app/(public)/search/page";
import { loadSearchSuggestions, SearchBox } from "@/components/public/SearchBox";
import { api } from "../api/v1/support";
import { testProviders, type TestDatabase } from "../../support/databases";
import { PRIVATE_STATEMENTS, withAppWorld, type World } from "../../lib/public/world";

const render = async (params: Record<string, string | string[]>) =>
  renderToStaticMarkup(await SearchPage({ searchParams: Promise.resolve(params) }));

describe.each(testProviders())("the search page on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  withAppWorld(provider, (opened) => ({ t, w } = opened));

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

  it("a quoted phrase's count line shows its quotation marks once (review F9)", async () => {
    const html = await render({ q: '"requests per second"' });
    expect(html).toMatch(/\d+ results? for “requests per second”</);
    expect(html).not.toContain("“&quot;");
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

  it("puts the comparison page first for “Django vs FastAPI”", async () => {
    const html = await render({ q: "Django vs FastAPI" });
    const links = [...html.matchAll(/class="search-result__title"><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links[0]).toBe("/compare/django-vs-fastapi");
    expect(links).toContain("/sources/django-vs-fastapi-2026");
  });

  it("corrects “fastapy” and says what it searched instead; suggests a spelling with a link", async () => {
    const html = await render({ q: "fastapy" });
    expect(html).toContain("Nothing matched “fastapy”: showing results for <strong>FastAPI</strong>");
    expect(html).toContain('href="/technologies/fastapi"');
    expect(await render({ q: "djnago admin" })).toContain("showing results for <strong>Django admin</strong>");
    // What was typed matches something: the page shows that, and suggests the name.
    await t.db.claim.create({
      data: {
        slug: "flasks-of-coffee",
        statement: "Flasks of coffee keep the team going.",
        kind: "FACT",
        status: "VERIFIED",
        conditions: {},
      },
    });
    const both = await render({ q: "flasks" });
    expect(both).toContain('href="/claims/flasks-of-coffee"');
    expect(both).toContain('Did you mean <a href="/search?q=Flask">Flask</a>?');
  });

  it("marks a quoted phrase as one span and finds throughput claims by their words", async () => {
    const html = await render({ q: '"requests per second"' });
    expect(html).toContain("<mark>requests per second</mark>");
    const throughput = await render({ q: "throughput" });
    expect(throughput).toContain(`href="/claims/${w.perf.slug}"`);
  });

  it("answers a metric named beside a technology (“fastapi throughput”) with that technology's figures", async () => {
    const html = await render({ q: "fastapi throughput" });
    expect(html).toContain(`href="/claims/${w.perf.slug}"`);
    expect(await render({ q: "express latency" })).toMatch(/No results for|results? for “express latency”/);
  });

  it("offers facets by type and technology as links that keep the query, and applies them", async () => {
    const html = await render({ q: "django" });
    const facets = /<nav aria-label="Narrow the results"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    expect(facets).toContain('href="/search?q=django&amp;type=claim"');
    expect(facets).toContain('href="/search?q=django&amp;tech=fastapi"');
    const filtered = await render({ q: "django", tech: "fastapi" });
    expect(filtered).toContain('href="/compare/django-vs-fastapi"');
    expect(filtered).not.toContain(`href="/claims/${w.verified.slug}"`);
    expect(await render({ q: "django", type: "claim" })).not.toContain('href="/compare/');
    expect(filtered).toContain('name="tech" value="fastapi"');
  });

  it("renders the header box with server-side suggestions and no script", async () => {
    const html = renderToStaticMarkup(SearchBox({ names: await loadSearchSuggestions() }));
    expect(html).toContain('action="/search"');
    expect(html).toContain('list="site-search-names"');
    for (const name of ["Django", "Django vs FastAPI", "Back-office tool"])
      expect(html).toContain(`<option value="${name}"></option>`);
    expect(html).not.toContain("<script");
  });

  it("answers the API's search with the same results as the page", async () => {
    for (const q of [
      "Django vs FastAPI",
      "fastapy",
      "throughput",
      '"requests per second"',
      "fastapi throughput",
      "django latency",
      "p95 latency",
    ]) {
      const { status, json } = await api(`/api/v1/search?q=${encodeURIComponent(q)}&perPage=50`);
      expect(status).toBe(200);
      const page = await render({ q });
      const links = [...page.matchAll(/class="search-result__title"><a href="([^"]+)"/g)].map((m) => m[1]);
      expect([q, json.items.map((i: { url: string }) => i.url).slice(0, links.length)]).toEqual([q, links]);
    }
  });
});
