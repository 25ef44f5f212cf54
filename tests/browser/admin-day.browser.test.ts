// The editor's day, the screens built last: a claim's history (two versions compared, one field
// restored after a preview that calls out the public consequence of the whole version), a stale
// save's banner in view under the app bar, saved filters (save, reload, apply, delete) and the
// column chooser (a hidden column stays hidden after a reload); a contributor on the same screens
// meets no control that fails; an admin issues a one-time password reset link that the user opens,
// sets a password with and signs in with, the old password refused. Screenshots at 1280 and 390 px.
import path from "node:path";
import type { Browser, BrowserContext, ConsoleMessage, Page, Request } from "playwright-core";
import { launch, logIn } from "./support/browser";
import { BASE_URL, SCREENSHOTS } from "./support/server";
import { signInCookie } from "./support/session";

const STAMP = Date.now().toString(36);

type Json = Record<string, unknown>;

async function api(
  page: Page,
  path: string,
  init?: { method: string; body?: unknown },
): Promise<{ status: number; body: Json }> {
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

async function publicStatus(page: Page, path: string): Promise<number> {
  return page.evaluate(async (p) => (await fetch(p, { credentials: "omit" })).status, path);
}

/** What the screen shows (not the full page: the admin's app bar and menu are fixed). */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400); // menus and dialogs fade in
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** A phone, signed in: the menu is a closed drawer there, so the app bar's bell says the admin is up. */
async function phone(
  browser: Browser,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login?callbackUrl=%2Fadmin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.getByRole("button", { name: /^Notifications: / }).waitFor();
  return { context, page };
}

/** The app bar's buttons (menu, bell, refresh, user menu) are all on the screen, however long the title. */
async function appBarFits(page: Page): Promise<boolean> {
  const width = page.viewportSize()?.width ?? 0;
  const boxes = await page
    .locator("header button")
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
  return boxes.length >= 3 && boxes.every(([left, right]) => left >= 0 && right <= width);
}

/**
 * How much wider than the screen the page is. Against the viewport asked for: on a phone
 * (isMobile) the browser widens its layout viewport to the content, so innerWidth would hide it.
 */
async function overflow(page: Page): Promise<number> {
  const width = page.viewportSize()?.width ?? 0;
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - width;
}

/** Every admin API answer that failed while the page was open (a control that fails shows here). */
function failedCalls(page: Page): string[] {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/api/admin/") && r.status() >= 400)
      failed.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
  });
  return failed;
}

async function newClaim(page: Page, statement: string): Promise<{ id: string; slug: string; version: number }> {
  const tech = ((await api(page, "/api/admin/technologies?perPage=1")).body.data as Array<{ id: string }>)[0];
  const created = await api(page, "/api/admin/claims", {
    method: "POST",
    body: { statement, kind: "FACT", status: "DRAFT", technologyIds: [tech.id] },
  });
  expect(created.status).toBe(201);
  return created.body.data as { id: string; slug: string; version: number };
}

/**
 * Clicks Compare and returns the status of the comparison's API answer. When none comes, the
 * failure says whether the click sent a request at all (official CI once timed out here with no
 * alert and no failed call, and the run kept nothing else to tell the two apart).
 */
async function compareAnswer(page: Page, click: () => Promise<void>): Promise<number> {
  const started = Date.now();
  const seen: string[] = [];
  const logged: string[] = [];
  const onRequest = (r: Request) => {
    if (r.url().includes("/compare?")) seen.push(`request sent after ${Date.now() - started} ms`);
  };
  // What the page itself said meanwhile: an error thrown by the click's handler leaves no request behind.
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === "error" || m.type() === "warning") logged.push(`console ${m.type()}: ${m.text().slice(0, 300)}`);
  };
  const onPageError = (e: Error) => logged.push(`page error: ${e.message.slice(0, 300)}`);
  page.on("request", onRequest);
  page.on("console", onConsole);
  page.on("pageerror", onPageError);
  try {
    const answered = page.waitForResponse((r) => r.url().includes("/compare?"), { timeout: 15_000 });
    await click();
    return (await answered).status();
  } catch (error) {
    await page.screenshot({ path: path.join(SCREENSHOTS, "admin-history-compare-failed.png") });
    throw new Error(
      `No comparison answer within 15 s of clicking Compare (${[seen.join("; ") || "no request was sent", logged.join("; ") || "nothing logged"].join("; ")}): ${String(error)}`,
    );
  } finally {
    page.off("request", onRequest);
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
  }
}

// One retry, its first failure printed: the history comparison timed out on official CI in about
// one full run in three, never on this machine (alone or in the full suite); compareAnswer now
// says which side failed.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe("the editor's day: history, stale saves, saved filters, columns, password reset", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("an editor compares two versions and restores one field, warned first of what the whole version would unpublish", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed = failedCalls(page);
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const first = `Quillstack ${STAMP} ships a built-in admin panel.`;
    const second = `Quillstack ${STAMP} ships a built-in admin panel and a migrations tool.`;
    const claim = await newClaim(page, first);
    const edited = await api(page, `/api/admin/claims/${claim.id}`, {
      method: "PUT",
      body: { version: claim.version, statement: second, status: "VERIFIED" },
    });
    expect(edited.status).toBe(200);
    const slug = String((edited.body.data as { slug: string }).slug);
    expect(await publicStatus(page, `/claims/${slug}`)).toBe(200);

    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(claim.id)}`);
    await page.getByRole("button", { name: /^History \(2\)$/ }).click();
    await page.getByRole("button", { name: /^History \(2\)$/, expanded: true }).waitFor();
    // Compare: the previous version against the latest by default, picked by who and when.
    const compare = page.getByRole("region", { name: "Compare two versions" });
    const answer = await compareAnswer(page, () =>
      compare.getByRole("button", { name: "Compare", exact: true }).click(),
    );
    const changes = compare.getByRole("table", { name: "Changes" });
    // The comparison or an error, whichever comes: a failure then says what the screen and the API said.
    await changes.or(compare.getByRole("alert")).first().waitFor();
    expect([answer, await compare.getByRole("alert").allTextContents(), failed]).toEqual([200, [], []]);
    await changes.getByRole("rowheader", { name: "Statement", exact: true }).waitFor();
    // The statement as a word diff: what was removed, what was added.
    expect(await changes.locator("ins").allTextContents()).toEqual(["panel and a migrations tool."]);
    const status = changes
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Status", exact: true }) });
    expect(await status.getByRole("cell").allTextContents()).toEqual(["Draft", "Verified"]);
    const compared = (await compare.textContent()) ?? "";
    expect(compared).toContain("Created by Eddie Editor");
    expect(compared).not.toMatch(/DRAFT|VERIFIED|\d{4}-\d{2}-\d{2}T|\bc[a-z0-9]{20,}\b/);
    await compare.scrollIntoViewIfNeeded();
    await shot(page, "admin-history-compare-1280");
    // The creation's fields read as on the record's page: no JSON ("Django: Neutral", conditions empty).
    const history = (await page.getByRole("region", { name: /^History \(2\)$/ }).textContent()) ?? "";
    expect(history).not.toMatch(/[{}]|"django"/);

    // Restoring the first version: the preview says the claim would leave the public site.
    await page.getByRole("button", { name: "Restore this version…", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Restore this version?" });
    await dialog.getByText("This claim will leave the public site: its page will no longer be found.").waitFor();
    await dialog.getByText("What will change (now → after restoring)").waitFor();
    expect(await dialog.getByRole("combobox", { name: "What to restore" }).textContent()).toBe(
      "Every field that differs (2)",
    );
    await shot(page, "admin-history-restore-1280");

    // Only the statement: no public consequence, the status stays Verified.
    await dialog.getByRole("combobox", { name: "What to restore" }).click();
    await page.getByRole("option", { name: "Only Statement", exact: true }).click();
    await dialog.getByRole("button", { name: "Restore Statement", exact: true }).waitFor();
    expect(await dialog.getByText(/will leave the public site/).count()).toBe(0);
    const restored = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/revert"));
    await dialog.getByRole("button", { name: "Restore Statement", exact: true }).click();
    expect((await restored).status()).toBe(200);
    await page.getByText("That field was restored from the earlier version (recorded as a new revision).").waitFor();
    const after = (await api(page, `/api/admin/claims/${claim.id}`)).body.data as { statement: string; status: string };
    expect([after.statement, after.status]).toEqual([first, "VERIFIED"]);
    expect(await publicStatus(page, `/claims/${slug}`)).toBe(200);
    await page.getByRole("button", { name: /^History \(3\)$/ }).waitFor();
    await page.getByText("Restored an earlier version", { exact: true }).first().waitFor();
    expect(failed).toEqual([]);
    await page.close();

    // On a phone: the history, the comparison and the restore dialog fit the screen.
    const small = await phone(browser, "editor@stackverdict.test", "verdict-eddie-2026");
    await small.page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(claim.id)}`);
    // The phone's fixed Save bar covers the header when scrolled to it: opened from the keyboard.
    await small.page.getByRole("button", { name: /^History \(3\)$/ }).focus();
    await small.page.keyboard.press("Enter");
    const smallFailed = failedCalls(small.page);
    await small.page.getByRole("button", { name: /^History \(3\)$/, expanded: true }).waitFor();
    const smallCompare = small.page.getByRole("region", { name: "Compare two versions" });
    const smallAnswer = await compareAnswer(small.page, () =>
      smallCompare.getByRole("button", { name: "Compare", exact: true }).click(),
    );
    // As above: the comparison or an error; a failure says what the screen and the API answered.
    const smallChanges = smallCompare.getByRole("table", { name: "Changes" });
    await smallChanges.or(smallCompare.getByRole("alert")).first().waitFor();
    expect([smallAnswer, await smallCompare.getByRole("alert").allTextContents(), smallFailed]).toEqual([200, [], []]);
    await smallCompare.scrollIntoViewIfNeeded();
    await shot(small.page, "admin-history-compare-390");
    expect(await overflow(small.page)).toBeLessThanOrEqual(0);
    await small.page.getByRole("button", { name: "Restore this version…", exact: true }).last().focus();
    await small.page.keyboard.press("Enter");
    await small.page
      .getByRole("dialog", { name: "Restore this version?" })
      .getByText("What will change (now → after restoring)")
      .waitFor();
    await shot(small.page, "admin-history-restore-390");
    expect(await overflow(small.page)).toBeLessThanOrEqual(0);
    await small.context.close();
  });

  it("an editor whose save is stale sees the banner below the app bar, their text kept", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const claim = await newClaim(page, `Quillstack ${STAMP} starts in under a second.`);
    await page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(claim.id)}`);
    const statement = page.getByLabel(/^Statement/);
    await statement.first().waitFor();
    const mine = `Quillstack ${STAMP} starts in 300 ms on a laptop.`;
    await statement.first().fill(mine);
    // Someone else saves first.
    expect(
      (
        await api(page, `/api/admin/claims/${claim.id}`, {
          method: "PUT",
          body: { version: claim.version, topic: "startup" },
        })
      ).status,
    ).toBe(200);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const banner = page.getByRole("alert").filter({ hasText: "since you opened it" });
    await banner.waitFor();
    await page.waitForTimeout(800); // the smooth scroll into view
    const bar = await page.locator("header").first().boundingBox();
    const box = await banner.boundingBox();
    expect(box && bar && box.y >= bar.y + bar.height).toBe(true);
    expect(await statement.first().inputValue()).toBe(mine);
    await shot(page, "admin-stale-edit-1280");
    await page.close();

    const small = await phone(browser, "editor@stackverdict.test", "verdict-eddie-2026");
    await small.page.goto(`${BASE_URL}/admin#/claims/${encodeURIComponent(claim.id)}`);
    const smallStatement = small.page.getByLabel(/^Statement/).first();
    await smallStatement.waitFor();
    await smallStatement.fill(`${mine} Again.`);
    const current = (await api(small.page, `/api/admin/claims/${claim.id}`)).body.data as { version: number };
    expect(
      (
        await api(small.page, `/api/admin/claims/${claim.id}`, {
          method: "PUT",
          body: { version: current.version, topic: "cold-start" },
        })
      ).status,
    ).toBe(200);
    await small.page.getByRole("button", { name: "Save", exact: true }).click();
    const smallBanner = small.page.getByRole("alert").filter({ hasText: "since you opened it" });
    await smallBanner.waitFor();
    await small.page.waitForTimeout(800);
    const smallBar = await small.page.locator("header").first().boundingBox();
    const smallBox = await smallBanner.boundingBox();
    expect(smallBox && smallBar && smallBox.y >= smallBar.y + smallBar.height).toBe(true);
    await shot(small.page, "admin-stale-edit-390");
    expect(await overflow(small.page)).toBeLessThanOrEqual(0);
    await small.context.close();
  });

  it("an editor saves a filter, finds it after a reload, applies it and deletes it; a hidden column stays hidden", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failed = failedCalls(page);
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const name = `Verified ${STAMP}`;
    await page.goto(`${BASE_URL}/admin#/claims?filter=${encodeURIComponent(JSON.stringify({ status: "VERIFIED" }))}`);
    await page.getByRole("columnheader", { name: "Statement" }).waitFor();
    await page.getByRole("button", { name: "Saved filters", exact: true }).click();
    await page.getByRole("menuitem", { name: "Save the current filter…", exact: true }).click();
    const naming = page.getByRole("dialog", { name: "Save this filter" });
    await naming.getByRole("textbox", { name: "Name" }).fill(name);
    await naming.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Filter saved.").waitFor();

    // After a reload, with no filter, the saved one applies in one click.
    await page.goto(`${BASE_URL}/admin#/claims?filter=%7B%7D`);
    await page.reload();
    await page.getByRole("columnheader", { name: "Statement" }).waitFor();
    await page.getByRole("button", { name: "Saved filters", exact: true }).click();
    const listed = page.waitForResponse(
      (r) => r.url().includes("/api/admin/claims?") && decodeURIComponent(r.url()).includes('"status":"VERIFIED"'),
    );
    await page.getByRole("menuitem", { name }).click();
    expect((await listed).status()).toBe(200);
    await page.waitForURL(/status/);
    const statuses = await page.locator("td.column-status").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["Verified"]));

    // Deleted, it is gone from the menu, also after a reload.
    await page.getByRole("button", { name: "Saved filters", exact: true }).click();
    await shot(page, "admin-saved-filters-1280");
    await page.getByRole("button", { name: `Delete saved filter ${name}`, exact: true }).click();
    await page.getByRole("menuitem", { name }).waitFor({ state: "detached" });
    await page.keyboard.press("Escape");
    await page.reload();
    await page.getByRole("button", { name: "Saved filters", exact: true }).click();
    await page.getByRole("menuitem", { name: "Save the current filter…", exact: true }).waitFor();
    expect(await page.getByRole("menuitem", { name }).count()).toBe(0);
    await page.keyboard.press("Escape");

    // The column chooser: Topic hidden, still hidden after a reload.
    await page.getByRole("columnheader", { name: "Topic" }).waitFor();
    await page.getByRole("button", { name: "Columns", exact: true }).click();
    await page.getByLabel("Topic", { exact: true }).click();
    await page.getByRole("columnheader", { name: "Topic" }).waitFor({ state: "detached" });
    await shot(page, "admin-columns-1280");
    await page.keyboard.press("Escape");
    await page.reload();
    await page.getByRole("columnheader", { name: "Statement" }).waitFor();
    expect(await page.getByRole("columnheader", { name: "Topic" }).count()).toBe(0);
    expect(failed).toEqual([]);

    await context.close();

    // At 390 px: the toolbar's Saved filters in view, nothing wider than the screen.
    const small = await phone(browser, "editor@stackverdict.test", "verdict-eddie-2026");
    await small.page.goto(
      `${BASE_URL}/admin#/claims?filter=${encodeURIComponent(JSON.stringify({ status: "VERIFIED" }))}`,
    );
    const savedButton = small.page.getByRole("button", { name: "Saved filters", exact: true });
    await savedButton.waitFor();
    await small.page
      .getByText(/Verified|Candidate|In review/)
      .first()
      .waitFor();
    await savedButton.click();
    await small.page.getByRole("menuitem", { name: "Save the current filter…", exact: true }).waitFor();
    await shot(small.page, "admin-saved-filters-390");
    await small.page.keyboard.press("Escape");
    expect(await overflow(small.page)).toBeLessThanOrEqual(0);
    const box = await savedButton.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await small.context.close();
  });

  it("a contributor on the same screens meets no control that fails", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const failed = failedCalls(page);
    await logIn(page, "contributor@stackverdict.test", "verdict-casey-2026");
    expect(await page.getByRole("menuitem", { name: "Users", exact: true }).count()).toBe(0);
    await page.goto(`${BASE_URL}/admin#/claims`);
    await page.getByRole("columnheader", { name: "Statement" }).waitFor();
    expect(await page.getByRole("button", { name: "Trash", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Create", exact: true }).count()).toBe(0);
    // Own saved filters work for a list the role may read.
    await page.goto(`${BASE_URL}/admin#/claims?filter=${encodeURIComponent(JSON.stringify({ kind: "PERFORMANCE" }))}`);
    await page.getByRole("columnheader", { name: "Statement" }).waitFor();
    await page.getByRole("button", { name: "Saved filters", exact: true }).click();
    await page.getByRole("menuitem", { name: "Save the current filter…", exact: true }).click();
    const naming = page.getByRole("dialog", { name: "Save this filter" });
    await naming.getByRole("textbox", { name: "Name" }).fill(`Figures ${STAMP}`);
    await naming.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Filter saved.").waitFor();

    // A claim opens as its page: no Edit, no history to restore from (revisions are staff-only).
    const claimLink = page.locator("tbody tr").first();
    await claimLink.click();
    await page.waitForURL(/#\/claims\/[^/]+\/show$/);
    await page.getByRole("link", { name: "View on site" }).or(page.getByText("Statement").first()).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("button", { name: "Restore this version…", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Edit", exact: true }).count()).toBe(0);
    expect(
      await page
        .getByRole("alert")
        .filter({ hasText: /forbidden|not allowed|may not/i })
        .count(),
    ).toBe(0);
    await shot(page, "admin-contributor-claim-show-1280");
    expect(failed).toEqual([]);
    await page.close();
  });

  it("an admin issues a reset link; the user sets a password with it, signs in with it, and the old one fails", async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(admin, "admin@stackverdict.test", "verdict-ada-2026");
    const email = `reset-${STAMP}@stackverdict.test`;
    const oldPassword = `old-lantern-${STAMP}-27`;
    const newPassword = `new-harbour-${STAMP}-41`;
    const created = await api(admin, "/api/admin/users", {
      method: "POST",
      body: { email, name: `Rowan Reset ${STAMP}`, role: "CONTRIBUTOR", active: true, password: oldPassword },
    });
    expect(created.status).toBe(201);
    const userId = String((created.body.data as { id: string }).id);

    await admin.goto(`${BASE_URL}/admin#/users/${encodeURIComponent(userId)}`);
    const panel = admin.getByRole("region", { name: "Password reset" });
    await panel.getByRole("button", { name: "Issue a password reset link", exact: true }).click();
    const linkBox = panel.getByRole("textbox", { name: "Reset link" });
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${BASE_URL}/login/reset#[A-Za-z0-9_-]{43}$`));
    expect((await panel.textContent()) ?? "").toMatch(/Valid until \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    await shot(admin, "admin-user-reset-link-1280");
    await admin.close();

    // The admin on a phone sees the same panel (issuing again there would replace the link: not done).
    const small = await phone(browser, "admin@stackverdict.test", "verdict-ada-2026");
    await small.page.goto(`${BASE_URL}/admin#/users/${encodeURIComponent(userId)}`);
    await small.page
      .getByRole("region", { name: "Password reset" })
      .getByRole("button", { name: "Issue a password reset link", exact: true })
      .waitFor();
    await shot(small.page, "admin-user-reset-390");
    expect(await overflow(small.page)).toBeLessThanOrEqual(0);
    // A long record title gives way to the bell and the user menu (measured on the record's page view).
    await small.page.goto(`${BASE_URL}/admin#/users/${encodeURIComponent(userId)}/show`);
    await small.page.getByText(email).first().waitFor();
    await shot(small.page, "admin-user-show-390");
    expect(await overflow(small.page)).toBeLessThanOrEqual(0);
    expect(await appBarFits(small.page)).toBe(true);
    await small.context.close();

    // The user, signed out, on a phone.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const user = await context.newPage();
    await user.goto(link);
    await user.getByRole("heading", { name: "Set a new password" }).waitFor();
    // The token leaves the address bar (the page drops it once it has read it, just after it renders).
    await user.waitForFunction(() => !window.location.hash, undefined, { timeout: 5000 });
    expect(user.url()).not.toContain("#");
    await user.getByLabel("New password", { exact: true }).fill(newPassword);
    await user.getByLabel("New password, again", { exact: true }).fill(newPassword);
    await shot(user, "login-reset-390");
    await user.getByRole("button", { name: "Set password", exact: true }).click();
    await user
      .getByRole("status")
      .filter({ hasText: `Your password is set. Sign in as ${email}.` })
      .waitFor();
    expect(await overflow(user)).toBeLessThanOrEqual(0);

    // The link works once.
    const again = await context.newPage();
    await again.goto(link);
    await again.getByLabel("New password", { exact: true }).fill(`third-${newPassword}`);
    await again.getByLabel("New password, again", { exact: true }).fill(`third-${newPassword}`);
    await again.getByRole("button", { name: "Set password", exact: true }).click();
    await again.getByRole("alert").filter({ hasText: "This link is not valid any more" }).waitFor();
    await again.close();

    await user.getByRole("link", { name: "Sign in", exact: true }).click();
    await user.getByLabel("Email").fill(email);
    await user.getByLabel("Password").fill(newPassword);
    await user.getByRole("button", { name: /sign in/i }).click();
    await user.waitForURL(/\/admin/);
    await user
      .getByRole("button", { name: /^Notifications: / })
      .or(user.getByRole("menuitem", { name: "Dashboard" }))
      .first()
      .waitFor();
    await context.close();
    await expect(signInCookie(BASE_URL, email, oldPassword)).rejects.toThrow(/Signing in as .* failed/);
  });
});
