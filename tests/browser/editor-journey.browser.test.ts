// The editor's journey, in a real browser against the production build: sign in, create a
// claim, edit it, find it in the list and its history, publish a verdict citing it, and see
// both on the public site. Then a contributor is refused claim editing.
import type { Browser, Page } from "playwright-core";
import { launch, logIn, shot } from "./support/browser";
import { BASE_URL } from "./support/server";

const STAMP = Date.now().toString(36);
const STATEMENT = `Zebraframe ${STAMP} serves 12,000 requests per second on 2 vCPUs.`;
const EDITED = `Zebraframe ${STAMP} serves 14,000 requests per second on 2 vCPUs.`;
const VERDICT = `Zebraframe ${STAMP} for public JSON APIs`;
const SUMMARY = `Pick Zebraframe ${STAMP}: it is fast.`;

async function pickOption(page: Page, label: RegExp, option: string | RegExp): Promise<void> {
  await page.getByLabel(label).first().click();
  await page.getByRole("option", { name: option }).first().click();
}

async function eventually(check: () => Promise<boolean>, seconds = 10): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not visible within ${seconds} s.`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function apiJson(
  page: Page,
  path: string,
  init?: { method: string; body?: unknown },
): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ path, init }) => {
      const res = await fetch(
        path,
        init
          ? { method: init.method, headers: { "content-type": "application/json" }, body: JSON.stringify(init.body) }
          : undefined,
      );
      return { status: res.status, body: await res.json() };
    },
    { path, init },
  );
}

describe("an editor curating a claim and publishing a verdict", () => {
  let browser: Browser;
  let claimId = "";

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("creates, edits, lists and reviews the history of a claim, then publishes a verdict that shows publicly", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    await page.getByText("Review queue").first().waitFor();
    await shot(page, "admin-dashboard");

    // Create.
    await page.goto(`${BASE_URL}/admin#/claims/create`);
    await page.getByLabel(/^Statement/).fill(STATEMENT);
    await pickOption(page, /^Kind/, "Performance");
    await pickOption(page, /^Status/, "Verified");
    await page.getByLabel(/^Value/).fill("12000");
    await page.getByLabel(/^Unit/).fill("req/s");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/#\/claims\/(?!create)[^/]+$/);
    claimId = decodeURIComponent(page.url().split("#/claims/")[1]);
    await page
      .getByLabel(/^Statement/)
      .and(page.locator(`[value="${STATEMENT}"], textarea`))
      .first()
      .waitFor();

    // Edit.
    await page.getByText("History").first().waitFor();
    await page.getByLabel(/^Statement/).fill(EDITED);
    const saved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes("/api/admin/claims/"));
    await page.getByRole("button", { name: "Save" }).click();
    expect((await saved).status()).toBe(200);

    // Find it in the list.
    await page.goto(`${BASE_URL}/admin#/claims?filter=${encodeURIComponent(JSON.stringify({ q: STAMP }))}`);
    await page.getByText(EDITED).first().waitFor();
    await shot(page, "admin-claims-list");

    // Its history shows the creation and the edit with the changed statement.
    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(claimId)}`);
    await page.getByRole("button", { name: /^History \(2\)/ }).click();
    await page.getByText("Edited", { exact: true }).first().waitFor();
    await page.getByText("Created", { exact: true }).first().waitFor();
    await shot(page, "admin-claim-history");

    // Publish a verdict citing it.
    const useCases = await apiJson(
      page,
      `/api/admin/useCases?filter=${encodeURIComponent(JSON.stringify({ q: "Public JSON API" }))}`,
    );
    const useCaseName = String((useCases.body.data as Array<{ name: string }>)[0].name);
    const useCaseSlug = String((useCases.body.data as Array<{ slug: string }>)[0].slug);
    await page.goto(`${BASE_URL}/admin#/verdicts/create`);
    await page.getByLabel(/^Title/).fill(VERDICT);
    await page.getByLabel(/^Use case/).fill(useCaseName.slice(0, 10));
    await page.getByRole("option", { name: useCaseName }).first().click();
    await page.getByLabel(/^Summary/).fill(SUMMARY);
    // Evidence is picked by searching statements (never typed as ids).
    await page.getByRole("button", { name: "Add claim" }).click();
    await page
      .getByRole("group", { name: "Claim 1" })
      .getByRole("combobox", { name: /^Claim/ })
      .fill(STAMP);
    await page.getByRole("option").filter({ hasText: EDITED }).first().click();
    await pickOption(page, /^Status/, "Published");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/#\/verdicts\/(?!create)[^/]+$/);

    // The public site shows the verdict and the claim, linked to each other.
    const claim = await apiJson(page, `/api/admin/claims/${encodeURIComponent(claimId)}`);
    const slug = String((claim.body.data as { slug: string }).slug);
    const home = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Published material shows within seconds: the write revalidates the cached pages. The summary the
    // editor typed is their note (pages lead with the evidence's own summary), on the use case's page.
    await eventually(async () => {
      await home.goto(`${BASE_URL}/use-cases/${useCaseSlug}`);
      return (await home.getByText(VERDICT).count()) > 0 && (await home.getByText(SUMMARY).count()) > 0;
    });
    await shot(home, "public-use-case");
    await eventually(async () => {
      await home.goto(`${BASE_URL}/claims/${slug}`);
      return (await home.getByText(EDITED).count()) > 0;
    });
    await shot(home, "public-claim");
    await home.close();
    await page.close();
  });

  it("refuses claim editing to a contributor, in the screens and in the API", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "contributor@stackverdict.test", "verdict-casey-2026");
    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(claimId)}`);
    await page.getByText(EDITED).first().waitFor();
    expect(await page.getByRole("button", { name: "Save", exact: true }).count()).toBe(0);
    const attempt = await apiJson(page, `/api/admin/claims/${encodeURIComponent(claimId)}`, {
      method: "PUT",
      body: { version: 2, statement: "Hijacked" },
    });
    expect(attempt.status).toBe(403);
    const after = await apiJson(page, `/api/admin/claims/${encodeURIComponent(claimId)}`);
    expect((after.body.data as { statement: string }).statement).toBe(EDITED);
    await shot(page, "admin-contributor-claim");
    await page.close();
  });
});
