// Content-Security-Policy on every page type of the production build: a fresh nonce per response,
// every <script> carrying it, and Chromium reporting no violation while the pages (and the admin,
// whose MUI styles are injected at run time) render and hydrate.
import type { Browser, Page } from "playwright-core";
import { nonceOf } from "@/lib/http/csp";
import { launch, logIn } from "./support/browser";
import { BASE_URL } from "./support/server";

const FIXED_PAGES = [
  "/",
  "/compare",
  "/compare/django-vs-fastapi",
  "/technologies",
  "/technologies/django",
  "/wizard",
  "/search?q=django",
  "/decisions",
  "/api/docs",
  "/login",
  "/admin",
  "/no-such-page",
];

const linkTo = (html: string, kind: string): string => {
  const match = html.match(new RegExp(`href="(/${kind}/[^"#?]+)"`));
  if (!match) throw new Error(`No /${kind}/ link found on the seeded site.`);
  return match[1];
};

/** One page of each linked kind (claim, use case, source), found by following the site's links. */
async function pageTypes(): Promise<string[]> {
  const html = (
    await Promise.all(
      ["/", "/compare/django-vs-fastapi", "/decisions"].map(async (p) => (await fetch(`${BASE_URL}${p}`)).text()),
    )
  ).join("");
  const claims = [...new Set([...html.matchAll(/href="(\/claims\/[^"#?]+)"/g)].map((m) => m[1]))];
  for (const claim of claims) {
    const claimHtml = await (await fetch(`${BASE_URL}${claim}`)).text();
    if (claimHtml.includes('href="/sources/'))
      return [
        ...FIXED_PAGES,
        claim,
        linkTo(html, "use-cases"),
        linkTo(html, "decisions"),
        linkTo(claimHtml, "sources"),
      ];
  }
  throw new Error("No claim page of the seeded site links to a source.");
}

function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/g) ?? [];
}

describe("content security policy on every page type", () => {
  let pages: string[] = [];
  let browser: Browser;

  beforeAll(async () => {
    pages = await pageTypes();
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("each page has a strict policy and every script carries this response's nonce", async () => {
    for (const path of pages) {
      const res = await fetch(`${BASE_URL}${path}`, { redirect: "manual" });
      const policy = res.headers.get("content-security-policy") ?? "";
      const nonce = nonceOf(policy);
      expect({ path, nonce: Boolean(nonce) }).toEqual({ path, nonce: true });
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const scripts = scriptTags(await res.text());
      expect(scripts.length).toBeGreaterThan(0);
      const unnonced = scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`));
      expect({ path, unnonced }).toEqual({ path, unnonced: [] });
    }
  });

  it("two responses for the same page get different nonces, also when the page comes from the page cache", async () => {
    const responses = [];
    for (const encoding of ["identity", "identity", "gzip"]) {
      const res = await fetch(`${BASE_URL}/compare/django-vs-fastapi`, { headers: { "accept-encoding": encoding } });
      responses.push({
        cache: res.headers.get("x-page-cache"),
        nonce: nonceOf(res.headers.get("content-security-policy")) ?? "",
        html: await res.text(),
      });
    }
    // The page was fetched before: these are replays of one render, each with its own nonce.
    expect(responses.map((r) => r.cache)).toEqual(["hit", "hit", "hit"]);
    expect(new Set(responses.map((r) => r.nonce)).size).toBe(3);
    for (const [i, { nonce, html }] of responses.entries()) {
      expect(scriptTags(html).filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
      for (const other of responses.filter((_, j) => j !== i)) expect(html).not.toContain(other.nonce);
    }
  });

  async function violationsOn(page: Page, visit: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) seen.push(msg.text());
    });
    page.on("pageerror", (error) => seen.push(`page error: ${error.message}`));
    await visit();
    // Violations also arrive as DOM events, including ones Chromium does not log.
    const events = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    return [...seen, ...events];
  }

  async function recordViolationEvents(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const list: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
      document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
  }

  it("the public pages, the login page and the not-found page render with no CSP violation", async () => {
    const page = await browser.newPage();
    await recordViolationEvents(page);
    for (const path of pages.filter((p) => p !== "/admin")) {
      const violations = await violationsOn(page, async () => {
        await page.goto(`${BASE_URL}${path}`, { waitUntil: "networkidle" });
      });
      expect({ path, violations }).toEqual({ path, violations: [] });
    }
    await page.close();
  });

  it("the admin signs in and shows its screens (MUI styles included) with no CSP violation", async () => {
    const page = await browser.newPage();
    await recordViolationEvents(page);
    const violations = await violationsOn(page, async () => {
      await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
      await page.getByText("Review queue").first().waitFor();
      for (const screen of ["#/claims", "#/import", "#/review", "#/articles"]) {
        await page.goto(`${BASE_URL}/admin${screen}`);
        await page.waitForLoadState("networkidle");
      }
    });
    expect(violations).toEqual([]);
    // The styles did apply: MUI's app bar is laid out, not an unstyled list.
    const position = await page.evaluate(
      () => getComputedStyle(document.querySelector("header") ?? document.body).position,
    );
    expect(position).toBe("fixed");
    await page.close();
  });
});
