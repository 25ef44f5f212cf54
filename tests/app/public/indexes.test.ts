/** @jest-environment node */
// The claims and sources indexes (issue 13, G18): the pages the breadcrumbs and the footer lead to.
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactElement } from "react";
import ClaimPage from "@/app/(public)/claims/[slug]/page";
import ClaimsPage from "@/app/(public)/claims/page";
import SourcePage from "@/app/(public)/sources/[slug]/page";
import SourcesPage from "@/app/(public)/sources/page";
import { SiteFooter } from "@/components/public/SiteFooter";
import { publicQueryOf } from "@/lib/http/public-routes";
import { claimIndexPage } from "@/lib/public/claim-index";
import { sitemapEntries } from "@/lib/public/sitemap";
import { sourceIndexPage } from "@/lib/public/source-index";
import { testProviders, type TestDatabase } from "../../support/databases";
import { PRIVATE_STATEMENTS, withAppWorld, type World } from "../../lib/public/world";

const html = async (element: Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await element);
const query = (value: Record<string, string>) => ({ searchParams: Promise.resolve(value) });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe.each(testProviders())("the claims and sources indexes on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  withAppWorld(provider, (opened) => ({ t, w } = opened));

  it("/claims lists every public claim with its kind, technologies and sources, and nothing private", async () => {
    const page = await html(ClaimsPage(query({})));
    expect(page).toContain('href="/claims/django-has-a-built-in-admin"');
    expect(page).toContain("FastAPI served 31,000 requests per second");
    expect(page).toContain("Flask is the fastest framework.");
    expect(page).toContain('href="/technologies/fastapi"');
    expect(page).toContain("Feature");
    expect(page).toContain("1 source");
    expect(page).toContain("3 checked claims");
    for (const statement of PRIVATE_STATEMENTS) expect(page).not.toContain(statement);
  });

  it("/claims filters by kind and by technology, and says so", async () => {
    const features = await claimIndexPage({ kind: "FEATURE", technology: null, page: 1 }, t.db);
    expect(features.rows.map((r) => r.slug)).toEqual([w.verified.slug]);
    const fastapi = await claimIndexPage({ kind: null, technology: "fastapi", page: 1 }, t.db);
    expect(fastapi.rows.map((r) => r.slug)).toEqual([w.perf.slug]);
    expect(fastapi.technology).toEqual({ slug: "fastapi", name: "FastAPI" });
    const page = await html(ClaimsPage(query({ kind: "performance", tech: "flask" })));
    expect(page).toContain("<h1>Claims about Flask</h1>");
    expect(page).toContain("1 checked claim");
    expect(page).not.toContain("FastAPI served");
  });

  it("/sources lists the quoted articles with site, date (or that it is not given) and how many claims quote each", async () => {
    const result = await sourceIndexPage(1, t.db);
    expect(result.rows.map((r) => [r.slug, r.claims])).toEqual([["django-vs-fastapi-2026", 3]]);
    const page = await html(SourcesPage(query({})));
    expect(page).toContain('href="/sources/django-vs-fastapi-2026"');
    expect(page).toContain("blog.example");
    expect(page).toContain("Author and date not given.");
    expect(page).toContain("Quoted by 3 checked claims");
    expect(page).not.toContain("Draft-only post");
  });

  it("the claim and source pages' breadcrumbs and the footer lead to the indexes, which the sitemap and page cache know", async () => {
    expect(await html(ClaimPage(params(w.perf.slug as string)))).toContain('href="/claims"');
    expect(await html(SourcePage(params("django-vs-fastapi-2026")))).toContain('href="/sources"');
    const footer = await html(SiteFooter());
    expect(footer).toContain('href="/claims"');
    expect(footer).toContain('href="/sources"');
    const urls = (await sitemapEntries(t.db)).map((e) => new URL(e.url).pathname);
    expect(urls).toEqual(expect.arrayContaining(["/claims", "/sources"]));
    expect(publicQueryOf("/claims")).toEqual(["kind", "tech", "page"]);
    expect(publicQueryOf("/sources")).toEqual(["page"]);
  });
});
