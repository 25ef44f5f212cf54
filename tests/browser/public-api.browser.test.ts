// The public API's reference and the search page in Chromium against the production build: the
// viewer loads from the app itself (no request leaves localhost) and renders every endpoint; a
// visitor searches from the header and reads marked results on a phone and a desktop.
import type { Browser } from "playwright-core";
import { launch, shot } from "./support/browser";
import { BASE_URL } from "./support/server";

describe("public API reference and search", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser.close());

  it("/api/docs renders the OpenAPI document with the locally served viewer under the CSP, and nothing is fetched from elsewhere", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    const problems: string[] = [];
    page.on("request", (req) => {
      if (!req.url().startsWith(BASE_URL) && !req.url().startsWith("data:") && !req.url().startsWith("blob:"))
        outside.push(req.url());
    });
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
    });
    page.on("console", (msg) => {
      // Failed loads are reported with their address by the response listener above.
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) problems.push(msg.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const res = await page.goto(`${BASE_URL}/api/docs`);
    expect(res?.status()).toBe(200);
    // Under the site's nonce-based CSP: a blocked script or <style> shows up as a console error below.
    expect(res?.headers()["content-security-policy"]).toContain("'nonce-");
    await page.getByText("List public claims").first().waitFor({ timeout: 30_000 });
    await expect(
      page
        .getByText("Search over public technologies, comparisons, use cases, verdicts, claims, decisions and sources")
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    // The site's own font, as on every other page, not the browser's serif (#13, G7).
    const font = (await page.evaluate(`(async () => {
      await document.fonts.ready;
      const header = document.querySelector(".site-header");
      return { family: getComputedStyle(header).fontFamily, loaded: document.fonts.check('16px "Geist"') };
    })()`)) as { family: string; loaded: boolean };
    expect(font.family).toMatch(/^"?Geist"?,/);
    expect(font.loaded).toBe(true);
    await shot(page, "api-docs-1280");
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("/api/docs on a phone: the site's header search box, and the reference flows in the page, nothing past its column (#13, R13)", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${BASE_URL}/api/docs`);
    // On a phone the viewer's navigation is hidden: wait for the endpoint's own heading.
    await page.getByText("List public claims").filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    await expect(
      page.getByRole("search", { name: "Site" }).getByLabel("Search StackVerdict").isVisible(),
    ).resolves.toBe(true);
    // Every element of the viewer, through its shadow roots, inside the viewer's column; the viewer
    // as tall as its content (no box with its own scroll inside the page's), the page no wider than the screen.
    const layout = (await page.evaluate(`(() => {
      const viewer = document.querySelector("rapi-doc");
      const column = viewer.getBoundingClientRect();
      const outside = [];
      const walk = (root) => {
        for (const e of root.querySelectorAll("*")) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && r.right > column.right + 1) outside.push(e.tagName + " " + (e.textContent || "").trim().slice(0, 20));
          if (e.shadowRoot) walk(e.shadowRoot);
        }
      };
      walk(viewer.shadowRoot);
      const scroller = viewer.shadowRoot.querySelector(".main-content");
      return {
        outside: outside.slice(0, 5),
        pageWidth: document.documentElement.scrollWidth,
        innerScroll: scroller ? scroller.scrollHeight - scroller.clientHeight : 0,
      };
    })()`)) as { outside: string[]; pageWidth: number; innerScroll: number };
    expect(layout).toEqual({ outside: [], pageWidth: 390, innerScroll: 0 });
    await page.close();
  });

  it.each([390, 1280])("a visitor searches from the header and sees marked, linked results (%i px)", async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${BASE_URL}/`);
    // The header's box (suggestions from a datalist, no script), then the search page's own form.
    const header = page.getByRole("search", { name: "Site" });
    await header.getByLabel("Search StackVerdict").fill("django admin");
    await header.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=django/);
    const form = page.locator("main");
    await form
      .getByLabel("Search technologies, comparisons, claims, sources, verdicts and decisions")
      .fill('django "admin*');
    await form.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=django\+%22admin/);
    const heading = page.getByRole("heading", { level: 2, name: /results? for/ });
    await expect(heading.textContent()).resolves.toMatch(/^\d+\+? results? for “django "admin\*”$/);
    const first = page.locator(".search-result").first();
    await expect(first.locator("mark").first().textContent()).resolves.toMatch(/django|admin/i);
    await shot(page, `search-${width}`);
    await first.getByRole("link").click();
    await page.waitForURL(/\/(claims|sources|use-cases)\//);
    await page.close();
  });
});
