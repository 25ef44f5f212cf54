// axe-core (from npm, injected into the page) on every public page type of the production build:
// no serious or critical violations. Then the wizard and the compare chart by keyboard alone.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launch } from "./support/browser";
import { publicPages, verifyDemoFigures, type PublicPage } from "./support/public-pages";
import { BASE_URL } from "./support/server";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

describe("accessibility of the public site", () => {
  let browser: Browser;
  let pages: PublicPage[] = [];
  beforeAll(async () => {
    browser = await launch();
    await verifyDemoFigures(browser);
    pages = await publicPages();
  });
  afterAll(async () => browser?.close());

  it("every public page type has no serious or critical axe violations, on a phone and a desktop", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const found: Record<string, string[]> = {};
    for (const width of [390, 1280]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      for (const p of pages) {
        await page.goto(`${BASE_URL}${p.path}`, { waitUntil: "load" });
        const problems = await seriousViolations(page);
        if (problems.length) found[`${p.name} @${width}`] = problems;
      }
      await page.close();
    }
    await context.close();
    expect(found).toEqual({});
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it("the wizard can be answered with the keyboard alone, and the result is announced politely", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE_URL}/wizard`, { waitUntil: "load" });
    // The first answer brings the next questions: the team's languages and the category's drivers.
    await page.locator("#wizard-useCase-back-office-tool").focus();
    await page.keyboard.press("Space");
    await page.locator("#wizard-skills-python").waitFor();
    // Tab through the languages' checkboxes (a team may know several) to Python and tick it with Space.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "wizard-skills-python"; i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("skills");
    expect(await page.locator("#wizard-skills-python").isChecked()).toBe(true);
    // Tab to the admin driver's checkbox and tick it with Space.
    for (
      let i = 0;
      i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "wizard-needs-needs-admin-ui";
      i++
    )
      await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.locator("#wizard-needs-needs-admin-ui").isChecked()).toBe(true);
    // The focus ring is visible (the site's yellow outline, not none).
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe(
      "none",
    );
    for (
      let i = 0;
      i < 12 && (await page.evaluate(() => document.activeElement?.textContent)) !== "Show my recommendation";
      i++
    )
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Show my recommendation");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/wizard\?useCase=back-office-tool&skills=python&needs=needs-admin-ui$/);
    await page.waitForFunction(() =>
      /Recommendation: /.test(document.querySelector('[role="status"]')?.textContent ?? ""),
    );
    expect(await page.getByRole("heading", { name: "Our recommendation" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "How your answers counted" }).isVisible()).toBe(true);
    expect(await page.locator('.wizard-result a[href^="/claims/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it("the wizard works without JavaScript: the first answer brings the next questions, the form submits to the page, which renders the shareable result", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/wizard`);
    await page.locator("#wizard-useCase-content-site-cms").check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/\/wizard\?useCase=content-site-cms$/);
    for (const id of ["skills-javascript", "needs-editors-non-developers"]) await page.locator(`#wizard-${id}`).check();
    await page.getByRole("button", { name: "Show my recommendation" }).click();
    await page.waitForURL(/\/wizard\?useCase=content-site-cms&skills=javascript&needs=editors-non-developers&show=1/);
    expect(await page.getByRole("heading", { name: "Our recommendation" }).isVisible()).toBe(true);
    await context.close();
  });

  it("an incomplete wizard says which questions are missing and moves focus to the first one", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${BASE_URL}/wizard?useCase=public-json-api`, { waitUntil: "load" });
    await page.getByRole("button", { name: "Show my recommendation" }).click();
    await page.getByText("Please answer the questions marked below.").waitFor();
    expect(await page.locator(".field-error").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("wizard-skills-javascript");
    await page.close();
  });

  it("each bar of the compare chart is reached with Tab and opens its claim with Enter", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE_URL}/compare/django-vs-fastapi`, { waitUntil: "load" });
    const bars = page.locator("svg.chart a");
    expect(await bars.count()).toBeGreaterThan(0);
    const href = await bars.first().getAttribute("href");
    // Focus the element before the chart, then Tab onto the first bar.
    await page.evaluate(() => {
      const chart = document.querySelector("svg.chart");
      const before = chart?.closest(".chart-group")?.previousElementSibling as HTMLElement | null;
      before?.setAttribute("tabindex", "-1");
      before?.focus();
    });
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.closest("svg.chart") === null)); i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(href);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/\d req\/s/);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`${href}$`));
    await page.close();
  });

  it("each figure over time and each segment of a verdict's evidence balance is reached with Tab, shows a focus ring and opens its claim with Enter", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const useCase = pages.find((p) => p.name === "use-case")?.path ?? "";
    const charts: [string, string, string][] = [
      ["/compare/django-vs-fastapi", "svg.timeline-chart", ".timeline-chart__hit"],
      [useCase, "svg.balance-chart", ".balance-chart__segment"],
    ];
    for (const [path, chart, ring] of charts) {
      await page.goto(`${BASE_URL}${path}`, { waitUntil: "load" });
      const first = page.locator(`${chart} a`).first();
      const [href, name] = [await first.getAttribute("href"), await first.getAttribute("aria-label")];
      expect(name).toBeTruthy();
      // Focus what comes before the chart (its legend), then Tab onto the first link in it.
      await page.evaluate((selector) => {
        const before = document.querySelector(selector)?.previousElementSibling as HTMLElement | null;
        before?.setAttribute("tabindex", "-1");
        before?.focus();
      }, chart);
      for (
        let i = 0;
        i < 20 && (await page.evaluate((selector) => document.activeElement?.closest(selector) == null, chart));
        i++
      )
        await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(name);
      const stroke = await page.evaluate(
        (selector) => getComputedStyle(document.activeElement?.querySelector(selector) as Element).strokeWidth,
        ring,
      );
      expect(parseFloat(stroke)).toBeGreaterThanOrEqual(3);
      await page.keyboard.press("Enter");
      await page.waitForURL(new RegExp(`${href}$`));
    }
    await page.close();
  });
});
