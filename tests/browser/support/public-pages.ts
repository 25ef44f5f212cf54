// One example of every public page type on the seeded demo site, found by following the site's
// own links (so the list never names a slug the seed stopped making).
import type { Browser, Page } from "playwright-core";
import { logIn } from "./browser";
import { BASE_URL } from "./server";

export interface PublicPage {
  name: string;
  path: string;
}

export const WIZARD_QUERY = "useCase=back-office-tool&skills=python&needs=needs-admin-ui,background-jobs";

async function firstLink(path: string, prefix: string): Promise<string> {
  const html = await (await fetch(`${BASE_URL}${path}`)).text();
  const match = html.match(new RegExp(`href="(${prefix}[^"#?]+)"`));
  if (!match) throw new Error(`No link starting with ${prefix} on ${path}`);
  return match[1];
}

async function exists(path: string): Promise<boolean> {
  return (await fetch(`${BASE_URL}${path}`, { redirect: "manual" })).status === 200;
}

export async function publicPages(): Promise<PublicPage[]> {
  const pair = await firstLink("/compare", "/compare/");
  const claim = await firstLink(pair, "/claims/");
  const pages: PublicPage[] = [
    { name: "home", path: "/" },
    { name: "compare-index", path: "/compare" },
    { name: "compare-pair", path: pair },
    { name: "compare-three-way", path: "/compare/django-vs-fastapi-vs-flask" },
    { name: "use-case", path: await firstLink("/", "/use-cases/") },
    { name: "claim", path: claim },
    { name: "source", path: await firstLink(claim, "/sources/") },
    { name: "technologies", path: "/technologies" },
    { name: "technology", path: await firstLink("/technologies", "/technologies/") },
    { name: "wizard-start", path: "/wizard" },
    { name: "wizard-result", path: `/wizard?${WIZARD_QUERY}` },
    { name: "not-found", path: "/no-such-page" },
  ];
  // Pages other helpers add: checked when they exist in the build under test.
  if (await exists("/decisions")) {
    pages.push({ name: "decisions", path: "/decisions" });
    const decision = await firstLink("/decisions", "/decisions/").catch(() => null);
    if (decision) pages.push({ name: "decision", path: decision });
  }
  if (await exists("/search?q=django")) pages.push({ name: "search", path: "/search?q=django" });
  return pages;
}

/**
 * The demo seed leaves its benchmark figures as candidates, so the compare pages would have no
 * chart. An editor verifies them through the admin API (the real write path, which revalidates
 * the public pages) so the chart is checked and photographed. Idempotent.
 */
export async function verifyDemoFigures(browser: Browser): Promise<number> {
  const page = await browser.newPage();
  await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
  const changed = await page.evaluate(async () => {
    const filter = encodeURIComponent(JSON.stringify({ kind: "PERFORMANCE", status: "CANDIDATE" }));
    const list = (await (await fetch(`/api/admin/claims?filter=${filter}&perPage=100`)).json()) as {
      data: { id: string; version: number }[];
    };
    for (const claim of list.data) {
      const res = await fetch(`/api/admin/claims/${encodeURIComponent(claim.id)}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: claim.version, status: "VERIFIED" }),
      });
      if (!res.ok) throw new Error(`Verifying ${claim.id} failed: ${res.status} ${await res.text()}`);
    }
    return list.data.length;
  });
  await sameSetupForChart(page);
  await page.close();
  return changed;
}

/**
 * The demo's figures each stand alone in their setup, and one point is no chart (#13, G15). For the
 * compare page's chart over time to be checked and photographed, an editor records Django's
 * hello-world figure as run on the 2 workers FastAPI's beside it was (test data only), so the two
 * share one setup and /compare/django-vs-fastapi draws them side by side. Idempotent.
 */
async function sameSetupForChart(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const filter = encodeURIComponent(JSON.stringify({ kind: "PERFORMANCE", status: "VERIFIED" }));
    const list = (await (await fetch(`/api/admin/claims?filter=${filter}&perPage=100`)).json()) as {
      data: { id: string; version: number; metric: string | null; value: number | null; conditions: object }[];
    };
    const django = list.data.find((c) => c.metric === "throughput" && c.value === 3900);
    if (!django) throw new Error("The demo's Django throughput figure (3,900 req/s) is missing.");
    if ("workers" in django.conditions) return;
    const res = await fetch(`/api/admin/claims/${encodeURIComponent(django.id)}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ version: django.version, conditions: { ...django.conditions, workers: "2" } }),
    });
    if (!res.ok) throw new Error(`Editing ${django.id} failed: ${res.status} ${await res.text()}`);
  });
}
