// Discovery as the production server serves it: feeds, sitemap and robots answer, and every public
// page type's <head> has the canonical URL, OpenGraph, the Twitter card and the feed link.
import { launch } from "./support/browser";
import { publicPages } from "./support/public-pages";
import { BASE_URL } from "./support/server";

describe("feeds, sitemap, robots and page metadata from the production server", () => {
  it("serves the Atom feeds, the sitemap and robots.txt", async () => {
    for (const path of ["/feed.xml", "/feeds/verdicts.xml", "/feeds/claims.xml"]) {
      const res = await fetch(`${BASE_URL}${path}`);
      expect([path, res.status, res.headers.get("content-type")]).toEqual([
        path,
        200,
        "application/atom+xml; charset=utf-8",
      ]);
      expect(await res.text()).toMatch(/<entry>[\s\S]*<\/entry>/);
    }
    const sitemap = await (await fetch(`${BASE_URL}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${BASE_URL}/wizard</loc>`);
    expect(sitemap).toMatch(/<loc>[^<]*\/claims\/[^<]+<\/loc>/);
    const robots = await (await fetch(`${BASE_URL}/robots.txt`)).text();
    expect(robots).toContain("Disallow: /admin");
    expect(robots).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
  });

  it("every public page type links its canonical URL, OpenGraph, Twitter card and feed", async () => {
    const missing: Record<string, string[]> = {};
    for (const page of (await publicPages()).filter((p) => p.name !== "not-found")) {
      const html = await (await fetch(`${BASE_URL}${page.path}`)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      const wanted = {
        canonical: /<link rel="canonical" href="http[^"]+"/,
        "og:title": /<meta property="og:title" content="[^"]+"/,
        "og:url": /<meta property="og:url" content="http[^"]+"/,
        "twitter:card": /<meta name="twitter:card" content="summary"/,
        feed: /<link rel="alternate" type="application\/atom\+xml" href="http[^"]*\/feed\.xml" title="[^"]+"/,
      };
      const absent = Object.entries(wanted)
        .filter(([, pattern]) => !pattern.test(head))
        .map(([name]) => name);
      if (absent.length) missing[page.name] = absent;
    }
    expect(missing).toEqual({});
  });

  it("titles the not-found page as a page of the site, for an unknown address and a missing record alike (#13, R14)", async () => {
    for (const path of ["/no-such-page", "/technologies/no-such-technology", "/claims/no-such-claim"]) {
      const res = await fetch(`${BASE_URL}${path}`);
      const html = await res.text();
      const head = html.slice(0, html.indexOf("</head>"));
      expect([path, res.status, [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1])]).toEqual([
        path,
        404,
        ["Page not found · StackVerdict"],
      ]);
    }
  });

  it("keeps the not-found title once the page has hydrated (Next.js replaces a notFound() page's metadata with the layout's on the client: vercel/next.js#95836)", async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const titles: Record<string, string> = {};
      for (const path of ["/no-such-page", "/use-cases/no-such-use-case", "/claims/no-such-claim"]) {
        await page.goto(`${BASE_URL}${path}`, { waitUntil: "networkidle" });
        titles[path] = await page.title();
      }
      expect(titles).toEqual({
        "/no-such-page": "Page not found · StackVerdict",
        "/use-cases/no-such-use-case": "Page not found · StackVerdict",
        "/claims/no-such-claim": "Page not found · StackVerdict",
      });
    } finally {
      await browser.close();
    }
  });
});
