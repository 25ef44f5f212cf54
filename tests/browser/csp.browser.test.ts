// Content-Security-Policy on every page type of the production build: a rendered answer has a fresh
// nonce and every <script> carries it; a copy replayed by the page cache admits exactly the inline
// scripts its render stamped, by hash, and script files by 'self'; Chromium reports no violation
// while the pages (and the admin, whose MUI styles are injected at run time) render and hydrate,
// and runs no inline script injected into a replayed page.
import { createHash } from "node:crypto";
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

/** The hash sources of a page's inline scripts (those without src), as the browser computes them. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\ssrc=/.test(attributes))
    .map(([, , text]) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
}

/**
 * A page as the page cache replays it, when it keeps it: fetched once (a render, or an old copy's
 * refresh on a slow machine), then, once the copy is kept (its gzip copy is made after the render's
 * answer ends), again.
 */
async function replayOf(path: string, init: RequestInit = {}): Promise<Response> {
  await (await fetch(`${BASE_URL}${path}`, { redirect: "manual", ...init })).arrayBuffer();
  await new Promise((r) => setTimeout(r, 300));
  return fetch(`${BASE_URL}${path}`, { redirect: "manual", ...init });
}
const isReplay = (res: Response): boolean => ["hit", "stale"].includes(res.headers.get("x-page-cache") ?? "");

const scriptSrc = (policy: string): string[] =>
  (policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "").split(" ").slice(1);

describe("content security policy on every page type", () => {
  let pages: string[] = [];
  let browser: Browser;

  beforeAll(async () => {
    pages = await pageTypes();
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("each page has a strict policy: a render's scripts all carry its nonce, a replay's inline ones are all hashed", async () => {
    let replays = 0;
    for (const path of pages) {
      const res = await replayOf(path);
      const policy = res.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      const html = await res.text();
      const scripts = scriptTags(html);
      expect(scripts.length).toBeGreaterThan(0);
      if (isReplay(res)) {
        replays++;
        expect({ path, nonce: nonceOf(policy), strictDynamic: policy.includes("'strict-dynamic'") }).toEqual({
          path,
          nonce: null,
          strictDynamic: false,
        });
        const unhashed = inlineScriptHashes(html).filter((hash) => !scriptSrc(policy).includes(hash));
        expect({ path, unhashed }).toEqual({ path, unhashed: [] });
        continue;
      }
      const nonce = nonceOf(policy);
      expect({ path, nonce: Boolean(nonce) }).toEqual({ path, nonce: true });
      const unnonced = scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`));
      expect({ path, unnonced }).toEqual({ path, unnonced: [] });
    }
    expect(replays).toBeGreaterThan(5);
  });

  it("a replayed page is the same bytes and policy for everyone, gzipped or not, with no nonce in its policy", async () => {
    expect(isReplay(await replayOf("/compare/django-vs-fastapi"))).toBe(true);
    const responses = [];
    for (const encoding of ["identity", "identity", "gzip"]) {
      const res = await fetch(`${BASE_URL}/compare/django-vs-fastapi`, { headers: { "accept-encoding": encoding } });
      responses.push({
        cache: res.headers.get("x-page-cache"),
        policy: res.headers.get("content-security-policy") ?? "",
        html: await res.text(),
      });
    }
    expect(responses.map((r) => r.cache)).toEqual(["hit", "hit", "hit"]);
    expect(new Set(responses.map((r) => r.policy)).size).toBe(1);
    expect(new Set(responses.map((r) => r.html)).size).toBe(1);
    expect(nonceOf(responses[0].policy)).toBeNull();
  });

  it("Chromium runs a replayed page's own scripts and none injected into it, whatever nonce it copies", async () => {
    const path = "/compare/django-vs-fastapi";
    expect(isReplay(await replayOf(path))).toBe(true);
    const page = await browser.newPage();
    await recordViolationEvents(page);
    // The replay as the server sent it (its headers, its policy), with two scripts added as stored
    // text that escaped escaping would add them: one bare, one copying the nonce in the replayed body.
    await page.route(`${BASE_URL}${path}`, async (route) => {
      const response = await route.fetch();
      expect(response.headers()["x-page-cache"]).toMatch(/^(hit|stale)$/);
      const html = await response.text();
      const seenNonce = html.match(/ nonce="([^"]+)"/)?.[1];
      const injected = `<script>window.__injected = 1</script><script nonce="${seenNonce}">window.__injectedNonce = 1</script>`;
      await route.fulfill({ response, body: html.replace("</body>", `${injected}</body>`) });
    });
    const violations = await violationsOn(page, async () => {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: "networkidle" });
    });
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      // __next_f is filled by the page's inline scripts, `next` by its script files as they hydrate.
      return {
        injected: w.__injected,
        injectedNonce: w.__injectedNonce,
        inline: Array.isArray(w.__next_f),
        files: typeof w.next,
      };
    });
    expect(ran).toEqual({ injected: undefined, injectedNonce: undefined, inline: true, files: "object" });
    // The two injected scripts are the only violations: two events, and Chromium's log lines about them.
    const events = violations.filter((v) => /^[\w-]+: /.test(v));
    expect(events).toEqual(["script-src-elem: inline", "script-src-elem: inline"]);
    expect(violations.filter((v) => !events.includes(v) && !/inline script/.test(v))).toEqual([]);
    await page.close();
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
