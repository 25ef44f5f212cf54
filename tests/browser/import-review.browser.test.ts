// An editor's day, timed: imports a document of their own writing, follows the import result to its
// documents' review queue, verifies five candidates by keyboard (v, then j past one to reject it
// with r) and sees the verified claims on the public site. Prints the journey's duration.
import type { Browser, Page } from "playwright-core";
import { launch, logIn, shot } from "./support/browser";
import { BASE_URL } from "./support/server";

const STAMP = Date.now().toString(36);
// Six figures about catalogue technologies, each in its own sentence (our own writing).
const FIGURES: Array<[string, number]> = [
  ["Flask", 9],
  ["Django", 7],
  ["FastAPI", 31],
  ["Express", 18],
  ["Rails", 5],
  ["Laravel", 4],
];
const TEXT = [
  `# Benchmarks we ran in week ${STAMP}`,
  "",
  "On a 4-vCPU VM with 4 workers each, every framework answered the same JSON endpoint.",
  "",
  ...FIGURES.map(
    ([name, k], i) =>
      `${name} served ~${k},${String(100 + ((Date.now() + i * 37) % 900))} requests per second for the JSON endpoint.`,
  ),
].join("\n");

async function publicStatus(page: Page, slug: string): Promise<number> {
  return page.evaluate(async (s) => (await fetch(`/claims/${s}`, { credentials: "omit" })).status, slug);
}

describe("an editor importing a document and reviewing its candidates by keyboard", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("imports, verifies five candidates with the keyboard in the queue, and sees them public", async () => {
    const started = Date.now();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");

    await page.goto(`${BASE_URL}/admin#/import`);
    await page.getByLabel("Or paste text").fill(TEXT);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText("pasted text: done").waitFor();
    // The import result links to the queue of this import's documents.
    await page.getByRole("link", { name: "Review them" }).click();
    await page.waitForURL(/#\/review\?article=/);
    await page.getByText("From this import:").waitFor();
    const cards = page.locator("[data-review-card]");
    await cards.first().waitFor();
    const headings = await cards.locator("h2").allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(6);
    const card = cards.first();
    await card.locator("mark").waitFor();
    expect(await card.locator("figcaption").textContent()).toContain(`Benchmarks we ran in week ${STAMP}`);
    await shot(page, "admin-review-queue");

    // Verify four, reject one, verify a fifth: v, v, v, v, r, v. Each verification's message links
    // to the claim's public page.
    const decided: string[] = [];
    const slugs: string[] = [];
    for (const key of ["v", "v", "v", "v", "r", "v"]) {
      const statement = (await cards.first().locator("h2").textContent()) ?? "";
      await page.keyboard.press(key);
      const message = page
        .getByRole("alert")
        .filter({ hasText: `“${statement}” ${key === "v" ? "verified" : "rejected"}.` });
      await message.waitFor();
      await page.locator("[data-review-card] h2", { hasText: statement }).waitFor({ state: "detached" });
      if (key !== "v") continue;
      decided.push(statement);
      slugs.push(
        ((await message.getByRole("link", { name: "View on site" }).getAttribute("href")) ?? "").replace(
          /^\/claims\//,
          "",
        ),
      );
    }
    expect(decided).toHaveLength(5);

    // The five verified claims are on the public site (signed out: the public answer).
    for (const slug of slugs) expect(await publicStatus(page, slug)).toBe(200);
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(`${BASE_URL}/claims/${slugs[0]}`);
    // The public title names the figure's conditions ("(endpoint JSON)"): the statement up to them is what must show.
    const said = decided[0].replace(/\s*\([^()]*\)\.?$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await visitor.getByRole("heading", { name: new RegExp(`^${said}`) }).waitFor();
    await visitor.close();
    console.log(`import → verify five by keyboard → public: ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The queue on a phone: nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BASE_URL}/admin#/review`);
    await cards.first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, "admin-review-queue-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${BASE_URL}/admin#/review`);
    await cards.first().waitFor();
    await shot(page, "admin-review-queue-1280");
    await page.close();
  });
});
