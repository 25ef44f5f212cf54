// An editor imports pasted text: previews the candidates (nothing written), imports, then
// accepts a candidate from the review queue with its quote highlighted in the source.
import type { Browser, Page } from "playwright-core";
import { launch, logIn, shot } from "./support/browser";
import { BASE_URL } from "./support/server";

const STAMP = Date.now().toString(36);
const TEXT = `# Benchmarks we ran in week ${STAMP}\n\nOn a 4-vCPU VM with 4 Gunicorn workers, Flask served ~9,${String(Date.now() % 900 + 100)} requests per second for a JSON endpoint.\n`;

async function count(page: Page, resource: string): Promise<number> {
  return page.evaluate(async (r) => (await (await fetch(`/api/admin/${r}?perPage=1`)).json()).total as number, resource);
}

describe("an editor importing a document and reviewing its candidates", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("previews without writing, imports, and accepts a candidate with its quote in context", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const articlesBefore = await count(page, "articles");

    await page.goto(`${BASE_URL}/admin#/import`);
    await page.getByLabel("Or paste text").fill(TEXT);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("pasted text: done").waitFor();
    await page.getByText(/Flask achieved about 9,\d+ requests per second/).first().waitFor();
    expect(await count(page, "articles")).toBe(articlesBefore);
    await shot(page, "admin-import-preview");

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText(/imported/).first().waitFor();
    await page.getByText("pasted text: done").waitFor();
    expect(await count(page, "articles")).toBe(articlesBefore + 1);

    await page.goto(`${BASE_URL}/admin#/review`);
    const statement = page.getByText(/Flask achieved about 9,\d+ requests per second/).first();
    await statement.waitFor();
    const card = page.locator(".MuiCard-root", { has: statement });
    await card.getByRole("button", { name: "Show source" }).click();
    await card.locator("mark").first().waitFor();
    expect(await card.locator("mark").first().textContent()).toMatch(/Flask served ~9,\d+ requests per second/);
    await shot(page, "admin-review-queue");
    await card.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Accept" }).click();
    await page.getByText("1 claim(s) accepted for review.").waitFor();
    await card.waitFor({ state: "detached" });
    await page.close();
  });
});
