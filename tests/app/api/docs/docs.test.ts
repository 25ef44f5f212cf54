/** @jest-environment node */
// /api/docs serves an offline viewer: its page points only at local script files, which exist.
import { GET as page } from "@/app/api/docs/route";
import { GET as asset } from "@/app/api/docs/[asset]/route";
import { openApiDocument } from "@/lib/api/openapi";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../../support/databases";

// The page's header suggests names from the database, as every public page's does.
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
});
afterAll(async () => t.close());

const fetchAsset = (name: string) =>
  asset(new Request(`http://localhost/api/docs/${name}`), { params: Promise.resolve({ asset: name }) });

describe("/api/docs", () => {
  it("loads the viewer from the app itself, never from a CDN, and points it at the OpenAPI document", async () => {
    const html = await (await page(new Request("http://localhost/api/docs"))).text();
    expect(html).toContain('spec-url="/api/v1/openapi.json"');
    expect(html).toContain('load-fonts="false"');
    const sources = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(["/api/docs/init.js", "/api/docs/rapidoc-min.js"]);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    // No inline script: a nonce-based CSP would refuse it.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it("stamps the request's CSP nonce on its scripts", async () => {
    const html = await (
      await page(new Request("http://localhost/api/docs", { headers: { "x-nonce": "abc123==" } }))
    ).text();
    expect(html.match(/nonce="abc123=="/g)).toHaveLength(2);
  });

  it("serves the viewer bundle from node_modules and refuses other file names", async () => {
    const bundle = await fetchAsset("rapidoc-min.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
    expect((await fetchAsset("init.js")).status).toBe(200);
    expect((await fetchAsset("..%2Fpackage.json")).status).toBe(404);
  });
});

describe("/api/docs inside the site", () => {
  it("has the site's header, breadcrumbs back home and footer around the viewer, styled by the site's own stylesheet", async () => {
    const html = await (
      await page(new Request("http://localhost/api/docs", { headers: { "x-nonce": "abc123==" } }))
    ).text();
    const body = html.slice(html.indexOf("<body>"));
    expect(body.indexOf('<header class="site-header">')).toBeLessThan(body.indexOf("<rapi-doc"));
    expect(body.indexOf('<footer class="site-footer">')).toBeGreaterThan(body.indexOf("</rapi-doc>"));
    expect(body).toContain(
      '<nav aria-label="Breadcrumb" class="breadcrumbs"><ol><li><a href="/">Home</a></li><li aria-current="page">API reference</li></ol></nav>',
    );
    for (const href of ["/technologies", "/compare", "/use-cases", "/decisions", "/wizard"])
      expect(body).toContain(`href="${href}"`);
    expect(html).toContain('<link rel="stylesheet" href="/api/docs/site.css">');
    // Still no inline script or style: the CSP's nonce is only on the viewer's two scripts.
    expect(html).not.toMatch(/<style/);
    expect(html.match(/nonce="abc123=="/g)).toHaveLength(2);
    const css = await fetchAsset("site.css");
    expect(css.headers.get("content-type")).toMatch(/text\/css/);
    expect(await css.text()).toContain(".site-header");
  });

  it("has the header's search box like every other page, styled by the stylesheet it is served with (#13, R13)", async () => {
    const html = await (await page(new Request("http://localhost/api/docs"))).text();
    const header = html.slice(html.indexOf('<header class="site-header">'), html.indexOf("</header>"));
    expect(header).toContain('<form role="search" aria-label="Site" action="/search" method="get" class="search-box">');
    expect(header).toContain('<input id="site-search" name="q" type="search" list="site-search-names"');
    expect(header).toContain('<label for="site-search" class="sr-only">Search StackVerdict</label>');
    expect(await (await fetchAsset("site.css")).text()).toContain('.search-box input[type="search"]');
  });

  it("sets the site's own font, served with it, so the header and footer do not fall back to the browser's serif (#13, G7)", async () => {
    const css = await (await fetchAsset("site.css")).text();
    // Every use of the font's variable has either a definition in this stylesheet or a fallback.
    expect(css).toMatch(/--font-geist-sans:\s*"Geist"/);
    const face = /@font-face\s*\{[^}]*font-family:\s*"Geist";[^}]*src:\s*url\("([^"]+)"\)/.exec(css);
    expect(face?.[1]).toBe("/api/docs/geist-sans.woff2");
    const font = await fetchAsset("geist-sans.woff2");
    expect(font.status).toBe(200);
    expect(font.headers.get("content-type")).toBe("font/woff2");
    expect(
      Buffer.from(await font.arrayBuffer())
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("wOF2");
    const html = await (await page(new Request("http://localhost/api/docs"))).text();
    expect(html).toContain('regular-font="Geist, system-ui, sans-serif"');
  });

  it("names the reference's sections as the site names them: Sources, Use cases (#13, G7)", async () => {
    const tags = (openApiDocument() as { tags: { name: string }[] }).tags.map((t) => t.name);
    expect(tags).toEqual(expect.arrayContaining(["Sources", "Use cases", "Technologies", "Claims"]));
    expect(tags).not.toContain("Articles");
  });
});
