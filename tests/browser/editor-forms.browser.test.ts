// The editor's forms in a real browser: a claim's conditions as labelled rows (keys other claims use
// are offered) beside its quote and source, a verdict's evidence picked by searching claims (status
// and source shown), CSV exports with names, "view on site" and the app bar's notifications; then
// the list and the sign-in page at 390 px: nothing wider than the screen, the toolbar in view.
import type { Browser, Page } from "playwright-core";
import { launch, logIn, shot } from "./support/browser";
import { BASE_URL } from "./support/server";

const STAMP = Date.now().toString(36);
const KEY = `bench_${STAMP}`;

type Json = Record<string, unknown>;

async function apiJson(page: Page, path: string): Promise<Json> {
  return page.evaluate(async (p) => (await fetch(p)).json(), path);
}

async function apiText(page: Page, path: string): Promise<string> {
  return page.evaluate(async (p) => (await fetch(p)).text(), path);
}

const list = (resource: string, query: Json) =>
  `/api/admin/${resource}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]))}`;

/** No element makes the page wider than the viewport. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe("an editor's forms: pickers and rows, never ids or JSON", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("edits a claim's conditions as rows beside its quote and source; the key is offered on the next claim", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const cited = (await apiJson(page, list("citations", { perPage: "2", sort: "updatedAt", order: "ASC" })))
      .data as Array<{ claimId: string; articleId: string; quote: string }>;
    const [first, second] = cited;
    const article = ((await apiJson(page, `/api/admin/articles/${first.articleId}`)).data ?? {}) as { title: string };

    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(first.claimId)}`);
    await page.getByText(first.quote.slice(0, 40)).first().waitFor();
    await page.getByText(article.title).first().waitFor();
    await page.getByRole("button", { name: "Add condition" }).click();
    const rows = page.getByRole("group", { name: /^Condition \d+$/ });
    const added = rows.last();
    await added.getByRole("combobox", { name: /^Condition/ }).fill(KEY);
    await added.getByRole("textbox", { name: /^Value/ }).fill("8");
    // Nothing on the form is JSON.
    expect(
      await page
        .locator("textarea, input")
        .evaluateAll((els) => els.some((e) => /^\s*[[{]/.test((e as HTMLInputElement).value))),
    ).toBe(false);
    await shot(page, "admin-claim-edit-conditions");
    const saved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/api/admin/claims/"));
    await page.getByRole("button", { name: "Save" }).click();
    expect((await saved).status()).toBe(200);
    const stored = ((await apiJson(page, `/api/admin/claims/${first.claimId}`)).data ?? {}) as { conditions: Json };
    expect(stored.conditions[KEY]).toBe(8);

    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(second.claimId)}`);
    await page.getByRole("button", { name: "Add condition" }).click();
    await page
      .getByRole("group", { name: /^Condition \d+$/ })
      .last()
      .getByRole("combobox", { name: /^Condition/ })
      .fill(KEY.slice(0, 9));
    await page.getByRole("option", { name: KEY }).waitFor();
    await page.close();
  });

  it("cites a claim in a verdict by searching statements, with status and source shown", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const verdict = (
      (await apiJson(page, list("verdicts", { perPage: "1" }))).data as Array<{
        id: string;
        evidence: Array<{ claimId: string }>;
      }>
    )[0];
    const claims = (await apiJson(page, list("claims", { perPage: "50", filter: { status: "VERIFIED" } })))
      .data as Array<{ id: string; statement: string }>;
    const cited = new Set(verdict.evidence.map((e) => e.claimId));
    const pick = claims.find((c) => !cited.has(c.id))!;

    await page.goto(`${BASE_URL}/admin#/verdicts/${encodeURIComponent(verdict.id)}`);
    const groups = page.getByRole("group", { name: /^Claim \d+$/ });
    await page.getByRole("button", { name: "Add claim" }).waitFor();
    expect(await groups.count()).toBe(verdict.evidence.length);
    // Cited claims show by statement, not id.
    if (verdict.evidence.length) {
      const firstCited = claims.find((c) => c.id === verdict.evidence[0].claimId);
      const input = groups.first().getByRole("combobox", { name: /^Claim/ });
      for (let i = 0; i < 40 && (await input.inputValue()) === verdict.evidence[0].claimId; i++)
        await page.waitForTimeout(250);
      expect(await input.inputValue()).not.toBe(verdict.evidence[0].claimId);
      if (firstCited) expect(await input.inputValue()).toBe(firstCited.statement);
    }
    await page.getByRole("button", { name: "Add claim" }).click();
    await groups
      .last()
      .getByRole("combobox", { name: /^Claim/ })
      .fill(pick.statement.slice(0, 24));
    const option = page.getByRole("option").filter({ hasText: pick.statement }).first();
    await option.waitFor();
    expect(await option.textContent()).toMatch(/Verified · (From .+|No source)/);
    await shot(page, "admin-verdict-evidence-picker");
    await option.click();
    const saved = page.waitForResponse(
      (r) => r.request().method() === "PUT" && r.url().includes("/api/admin/verdicts/"),
    );
    await page.getByRole("button", { name: "Save" }).click();
    expect((await saved).status()).toBe(200);
    const after = ((await apiJson(page, `/api/admin/verdicts/${verdict.id}`)).data ?? {}) as {
      evidence: Array<{ claimId: string; weight: number; role: string }>;
    };
    expect(after.evidence).toContainEqual({ claimId: pick.id, weight: 1, role: "SUPPORTS" });
    await page.close();
  });

  it("exports names, links a public claim to its page and counts what waits in the app bar", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const csv = await apiText(page, "/api/admin/claims/export");
    const header = csv.split("\r\n")[0].split(",");
    expect(header).toContain("Technologies");
    expect(csv).not.toMatch(/\["c[a-z0-9]{20,}/);
    expect(csv).toMatch(/,(Django|FastAPI|Flask)[;,]/);

    const verified = (
      (await apiJson(page, list("claims", { perPage: "1", filter: { status: "VERIFIED" } }))).data as Array<{
        id: string;
        slug: string;
      }>
    )[0];
    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(verified.id)}/show`);
    const link = page.getByRole("link", { name: "View on site" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`/claims/${verified.slug}`);
    const bell = page.getByRole("button", { name: /^Notifications: / });
    await bell.waitFor();
    await bell.click();
    await page.getByRole("menuitem").first().waitFor();
    await shot(page, "admin-notifications");
    await page.close();
  });

  it("at 390 px the claims list and the sign-in page fit the screen, toolbar in view", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const signIn = await context.newPage();
    await signIn.goto(`${BASE_URL}/login`);
    await signIn.getByRole("link", { name: "← Back to StackVerdict" }).waitFor();
    expect(await overflow(signIn)).toBeLessThanOrEqual(0);
    await shot(signIn, "login-390");
    await signIn.close();

    const page = await context.newPage();
    // At phone width the menu is a closed drawer: the app bar's bell says the admin is up.
    await page.goto(`${BASE_URL}/login?callbackUrl=%2Fadmin`);
    await page.getByLabel("Email").fill("editor@stackverdict.test");
    await page.getByLabel("Password").fill("verdict-eddie-2026");
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.getByRole("button", { name: /^Notifications: / }).waitFor();
    await page.goto(`${BASE_URL}/admin#/claims`);
    const exportButton = page.getByRole("link", { name: "Export CSV" });
    await exportButton.waitFor();
    await page
      .getByText(/Verified|Candidate|In review/)
      .first()
      .waitFor();
    await shot(page, "admin-claims-list-390");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const box = await exportButton.boundingBox();
    expect([box && box.x >= 0, box && box.x + box.width <= 390, box && box.y >= 0, box]).toEqual([
      true,
      true,
      true,
      expect.anything(),
    ]);
    await context.close();
  });
});
