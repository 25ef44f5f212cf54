// What the screenshots of the editor's day still showed (issue 12), in a real browser, with
// screenshots at 390 and 1280 px to look at (data/screenshots/editor-screens-*.png):
// - the claims list on a phone showed each claim's raw topic key under it and its date over a long
//   statement: now labels and the date on the line under the title, nothing overlapping;
// - screen titles ran together ("Users Rowan Reset"), and every tab read "Admin": now "User: …",
//   "Edit claim: …", "New technology", and the tab says the same;
// - the wizard's result on a phone ran to ~6,500 px: now the answer first, its parts folded, all
//   the text still in the page and shown on a tap.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launch, logIn } from "./support/browser";
import { WIZARD_QUERY } from "./support/public-pages";
import { BASE_URL, SCREENSHOTS } from "./support/server";

const EDITOR = ["editor@stackverdict.test", "verdict-eddie-2026"] as const;
const ADMIN = ["admin@stackverdict.test", "verdict-ada-2026"] as const;

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `editor-screens-${name}.png`), fullPage });
}

/** The app bar's title and the tab's, once the screen has put its title there. */
async function titles(page: Page, expected: RegExp): Promise<{ bar: string; tab: string }> {
  await page.waitForFunction((source) => new RegExp(source).test(document.title), expected.source, { timeout: 30_000 });
  return page.evaluate(() => ({
    bar: (document.getElementById("react-admin-title")?.textContent ?? "").trim(),
    tab: document.title,
  }));
}

describe("the editor's screens, as the screenshots showed them", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("the claims list on a phone: labels and the date under each title, no topic keys, nothing overlapping", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // Signed in straight onto the list (the menu is a closed drawer on a phone: no menu to wait for).
    await page.goto(`${BASE_URL}/login?callbackUrl=${encodeURIComponent("/admin#/claims")}`);
    await page.getByLabel("Email").fill(EDITOR[0]);
    await page.getByLabel("Password").fill(EDITOR[1]);
    await page.getByRole("button", { name: /sign in/i }).click();
    const rows = page.locator(".RaList-content .MuiListItemText-root");
    await rows.first().waitFor();
    // The topic keys of the claims on screen, from the API the list reads.
    const topics: string[] = await page.evaluate(async () => {
      const res = await fetch("/api/admin/claims?perPage=25&sort=updatedAt&order=DESC");
      const body = (await res.json()) as { data: { topic: string | null }[] };
      return body.data.map((c) => c.topic).filter((t): t is string => !!t);
    });
    expect(topics.length).toBeGreaterThan(0);
    const captions = await page.locator(".RaList-content .MuiListItemText-secondary").allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) {
      for (const part of caption.split(" · ")) expect(topics).not.toContain(part);
      expect(caption).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/); // the date ends the caption line
    }
    // Within each row, the title's box and the caption's box do not overlap, and nothing sticks out.
    const overlaps = await page.evaluate(() =>
      Array.from(document.querySelectorAll(".RaList-content .MuiListItemText-root")).flatMap((li, i) => {
        const title = li.querySelector(".MuiListItemText-primary")?.getBoundingClientRect();
        const caption = li.querySelector(".MuiListItemText-secondary")?.getBoundingClientRect();
        if (!title || !caption) return [`row ${i}: no title or caption`];
        const wide = Array.from(li.querySelectorAll("*")).filter(
          (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
        );
        return [
          ...(caption.top < title.bottom - 1 ? [`row ${i}: caption over title`] : []),
          ...(wide.length ? [`row ${i}: wider than the screen`] : []),
        ];
      }),
    );
    expect(overlaps).toEqual([]);
    await shot(page, "claims-390");
    await context.close();
  });

  it("every screen's title reads as words, in the app bar and the browser tab", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, ...ADMIN);
    expect((await titles(page, /^Dashboard · /)).tab).toBe("Dashboard · StackVerdict admin");
    await page.goto(`${BASE_URL}/admin#/users`);
    expect(await titles(page, /^Users · /)).toEqual({ bar: "Users", tab: "Users · StackVerdict admin" });
    const editor = await page.evaluate(async () =>
      (
        (await (await fetch("/api/admin/users?perPage=100")).json()) as {
          data: { id: string; name: string; email: string }[];
        }
      ).data.find((u) => u.email === "editor@stackverdict.test"),
    );
    expect(editor).toBeDefined();
    await page.goto(`${BASE_URL}/admin#/users/${editor!.id}/show`);
    expect(await titles(page, /^User: /)).toEqual({
      bar: `User: ${editor!.name}`,
      tab: `User: ${editor!.name} · StackVerdict admin`,
    });
    await shot(page, "user-show-1280");
    await page.goto(`${BASE_URL}/admin#/users/${editor!.id}`);
    expect((await titles(page, /^Edit user: /)).bar).toBe(`Edit user: ${editor!.name}`);
    await page.goto(`${BASE_URL}/admin#/technologies/create`);
    expect(await titles(page, /^New technology/)).toEqual({
      bar: "New technology",
      tab: "New technology · StackVerdict admin",
    });
    await page.goto(`${BASE_URL}/admin#/review`);
    expect((await titles(page, /^Review queue · /)).bar).toBe("Review queue");
    await page.close();
  });

  it.each([390, 1280])(
    "the wizard's result at %i px: the answer first, each part folded, nothing lost",
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${BASE_URL}/wizard?${WIZARD_QUERY}`, { waitUntil: "load" });
      const result = page.locator(".wizard-result");
      await result.waitFor();
      const pick = await page.locator(".wizard-result__pick").boundingBox();
      expect(pick).not.toBeNull();
      expect(pick!.y + pick!.height).toBeLessThan(900); // the pick is on the first screen
      const folded = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        text: document.querySelector(".wizard-result")?.textContent ?? "",
      }));
      await shot(page, `wizard-${width}`, true);
      const folds = page.locator(".wizard-fold > summary");
      expect(await folds.count()).toBeGreaterThanOrEqual(3);
      // Every list of claims (the reasons, and those against the pick on what was ticked) starts folded.
      const lists = page.locator(".wizard-reasons");
      const visibility = async () => Promise.all((await lists.all()).map((list) => list.isVisible()));
      expect(await lists.count()).toBeGreaterThanOrEqual(1);
      expect(await visibility()).toEqual(new Array(await lists.count()).fill(false));
      // Every part opens on a tap, and the text was in the page all along (the browser's find sees it).
      for (let i = 0; i < (await folds.count()); i++) await folds.nth(i).click();
      expect(await visibility()).toEqual(new Array(await lists.count()).fill(true));
      expect(await page.locator('.wizard-result a[href^="/claims/"]').first().isVisible()).toBe(true);
      const open = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        text: document.querySelector(".wizard-result")?.textContent ?? "",
      }));
      expect(open.text).toBe(folded.text);
      // The shared link's answers are folded under the result too; they open to change.
      const answers = page.locator(".wizard-answers > summary");
      await answers.click();
      expect(await page.locator("#wizard-useCase-back-office-tool").isChecked()).toBe(true);
      await shot(page, `wizard-${width}-open`, true);
      console.log(`wizard result at ${width} px: ${folded.height} px folded, ${open.height} px with every part open`);
      if (width === 390) expect(folded.height).toBeLessThan(2500);
      await page.close();
    },
  );
});
