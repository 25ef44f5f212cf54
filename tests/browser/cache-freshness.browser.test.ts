// Cached public pages and editors' edits, against the production server. Pages render per request
// (CSP nonces) from cached data (lib/cache/data.ts: an in-process memo, 10 s for other processes' writes). Proof that the data is cached: a change
// written straight into the database, bypassing the service layer, does not show. Proof that edits
// are fresh: the same claim edited through the admin API shows within seconds.
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { launch, logIn } from "./support/browser";
import { BASE_URL, DB_FILE } from "./support/server";

const FRESH_WITHIN_MS = 10_000;

async function html(path: string): Promise<string> {
  return (await fetch(`${BASE_URL}${path}`)).text();
}

/** Milliseconds until `path` contains `text`, polling every 250 ms; throws after FRESH_WITHIN_MS. */
async function visibleAfter(path: string, text: string, since: number): Promise<number> {
  while (Date.now() - since < FRESH_WITHIN_MS) {
    if ((await html(path)).includes(text)) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${path} still does not show "${text}" ${FRESH_WITHIN_MS} ms after the edit.`);
}

async function adminJson(
  page: Page,
  path: string,
  init?: { method: string; body: unknown },
): Promise<{ status: number; body: { data: Record<string, unknown> } }> {
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

describe("public page cache and editors' edits", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("an edited claim statement shows on its cached claim page and technology page within seconds", async () => {
    const page = await browser.newPage();
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
    const filter = encodeURIComponent(JSON.stringify({ status: "VERIFIED" }));
    const list = await adminJson(page, `/api/admin/claims?filter=${filter}&perPage=1&sort=updatedAt&order=ASC`);
    const claim = (list.body as unknown as { data: { id: string; slug: string; version: number; statement: string }[] })
      .data[0];
    const full = await adminJson(page, `/api/admin/claims/${encodeURIComponent(claim.id)}`);
    const technologyIds = full.body.data.technologyIds as string[];
    const technologies = await adminJson(page, `/api/admin/technologies/${encodeURIComponent(technologyIds[0])}`);
    const techPath = `/technologies/${technologies.body.data.slug as string}`;
    const claimPath = `/claims/${claim.slug}`;

    // Warm both pages, then change the statement behind the service layer's back: the pages keep
    // showing the cached data (nothing revalidated them).
    // Twice: a first visit may find an entry older than 10 s and refresh it in the background.
    for (const path of [claimPath, techPath]) await html(path);
    await new Promise((r) => setTimeout(r, 1500));
    for (const path of [claimPath, techPath]) await html(path);
    const bypass = `${claim.statement} BYPASS-${Date.now().toString(36)}`;
    const sqlite = new Database(DB_FILE);
    sqlite.prepare("UPDATE Claim SET statement = ? WHERE id = ?").run(bypass, claim.id);
    sqlite.close();
    for (const path of [claimPath, techPath])
      expect([path, (await html(path)).includes("BYPASS-")]).toEqual([path, false]);

    const edited = `${claim.statement.replace(/\.$/, "")} (edited ${Date.now().toString(36)}).`;
    const editedAt = Date.now();
    const saved = await adminJson(page, `/api/admin/claims/${encodeURIComponent(claim.id)}`, {
      method: "PUT",
      body: { version: claim.version, statement: edited },
    });
    expect(saved.status).toBe(200);
    const marker = edited.slice(-20, -1);
    const claimMs = await visibleAfter(claimPath, marker, editedAt);
    const techMs = await visibleAfter(techPath, marker, editedAt);
    console.log(
      `Edit visible after ${claimMs} ms on ${claimPath} and ${techMs} ms on ${techPath} (other processes' writes: within 10 s).`,
    );
    await page.close();
  });
});
