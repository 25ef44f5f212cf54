// Every public page type at phone (390 px) and desktop (1280 px) widths: full-page screenshots to
// look at (data/screenshots; a few kept in tests/browser/__screenshots__ for the README), and the
// layout problems a screenshot shows, checked: nothing wider than the screen, tap targets large
// enough on a phone, chart text readable.
import { copyFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launch, shot } from "./support/browser";
import { publicPages, verifyDemoFigures, type PublicPage } from "./support/public-pages";
import { BASE_URL, ROOT, SCREENSHOTS } from "./support/server";

const WIDTHS = [390, 1280];
const KEPT = ["home-390", "compare-pair-390", "compare-pair-1280", "wizard-result-390", "claim-390"];

/** Elements that stick out past the right edge of the viewport (the page scrolls sideways). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const box = el.getBoundingClientRect();
      // Content inside a horizontally scrolling box is fine: the box scrolls, not the page.
      if (
        box.right > width + 1 &&
        box.width > 0 &&
        !el.closest(".table-scroll") &&
        getComputedStyle(el).position !== "absolute"
      ) {
        out.push(
          `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""} right=${Math.round(box.right)}`,
        );
      }
    }
    return out.slice(0, 5);
  });
}

/**
 * Links and controls smaller than 24×24 CSS px (WCAG 2.2 target size), unless inline in text. A
 * control inside its <label> is tapped through the label, so the label's box counts.
 */
async function tinyTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea"))) {
      const box = (el.closest("label") ?? el).getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest(".skip-link")) continue;
      const inline = getComputedStyle(el).display === "inline" && el.tagName === "A";
      if (!inline && (Math.round(box.height) < 24 || Math.round(box.width) < 24))
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return out.slice(0, 5);
  });
}

describe("public pages on a phone and a desktop", () => {
  let browser: Browser;
  let pages: PublicPage[] = [];
  beforeAll(async () => {
    browser = await launch();
    await verifyDemoFigures(browser);
    pages = await publicPages();
  });
  afterAll(async () => browser?.close());

  it.each(WIDTHS)("at %i px nothing overflows sideways and every control is big enough to tap", async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: Record<string, string[]> = {};
    for (const p of pages) {
      await page.goto(`${BASE_URL}${p.path}`, { waitUntil: "load" });
      await shot(page, `${p.name}-${width}`);
      const found = [...(await overflowing(page)), ...(await tinyTargets(page))];
      if (found.length) problems[p.name] = found;
    }
    await page.close();
    for (const name of KEPT.filter((k) => k.endsWith(`-${width}`))) {
      copyFileSync(
        path.join(SCREENSHOTS, `${name}.png`),
        path.join(ROOT, "tests/browser/__screenshots__", `public-${name}.png`),
      );
    }
    expect(problems).toEqual({});
  });

  it.each(WIDTHS)(
    "at %i px every search box shows its whole placeholder (finding F24: the header's was cut at 1280 px)",
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const cut: Record<string, string[]> = {};
      for (const route of ["/", "/search"]) {
        await page.goto(`${BASE_URL}${route}`, { waitUntil: "load" });
        const found = await page.$$eval("input[type=search][placeholder]", (inputs) => {
          const context = document.createElement("canvas").getContext("2d")!;
          return (inputs as HTMLInputElement[]).flatMap((input) => {
            const style = getComputedStyle(input);
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            // Chromium draws a suggestions arrow inside a box with a <datalist>: the text cannot use that room.
            const room =
              input.clientWidth -
              parseFloat(style.paddingLeft) -
              parseFloat(style.paddingRight) -
              (input.list ? 20 : 0);
            const needed = context.measureText(input.placeholder).width;
            return needed > room
              ? [`#${input.id}: "${input.placeholder}" needs ${Math.ceil(needed)} px, has ${Math.floor(room)}`]
              : [];
          });
        });
        if (found.length) cut[route] = found;
      }
      await page.close();
      expect(cut).toEqual({});
    },
  );

  it("chart labels on a phone are at least 12 px", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await page.goto(`${BASE_URL}/compare/django-vs-fastapi`);
    const sizes = await page.$$eval("svg.chart text", (els) =>
      els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.close();
  });
});
