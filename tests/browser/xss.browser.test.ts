// XSS corpus in a real browser: payloads enter through the real importer (markdown and HTML
// documents), as claim statements, as decision text and as verdict and use-case markdown (through
// the admin API and its services). Chromium then visits every public page and admin screen that
// shows them. Nothing may run (window.__xss stays unset, no dialog, no CSP violation, which would
// mean markup got through and only the policy stopped it), no dangerous markup may be in the DOM,
// and the payload text is still there to read, escaped.
import type { Browser, Page } from "playwright-core";
import { XSS_MARKER, XSS_PAYLOADS } from "../support/xss-payloads";
import { launch, logIn } from "./support/browser";
import { BASE_URL } from "./support/server";

type Json = Record<string, unknown>;

async function api(page: Page, path: string, method = "GET", body?: unknown): Promise<{ status: number; body: Json }> {
  return page.evaluate(
    async ({ path, method, body }) => {
      const res = await fetch(
        path,
        body === undefined
          ? { method }
          : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
      );
      return { status: res.status, body: await res.json() };
    },
    { path, method, body },
  );
}

const list = async (page: Page, resource: string, filter: Json): Promise<Json[]> =>
  (await api(page, `/api/admin/${resource}?perPage=100&filter=${encodeURIComponent(JSON.stringify(filter))}`)).body
    .data as Json[];

const STAMP = Date.now().toString(36);
const markdownDocument = [
  "---",
  `title: ${XSS_MARKER} article ${STAMP} <script>window.__xss='title'</script>`,
  "url: javascript:window.__xss='url'",
  "---",
  ...XSS_PAYLOADS.map(
    (p, i) => `Django serves ${1000 + i} requests per second on 4 vCPUs, says ${XSS_MARKER} ${i}: ${p.text}`,
  ),
].join("\n\n");
const htmlDocument = `<!doctype html><html><head><title>${XSS_MARKER} page ${STAMP}</title><script>window.__xss='import-script'</script></head><body><article>${XSS_PAYLOADS.map(
  (p, i) =>
    `<p>FastAPI handles ${2000 + i} requests per second, ${XSS_MARKER} html ${i}: ${p.text.replace(/</g, "&lt;")} ${p.text}</p>`,
).join("")}</article></body></html>`;
const markdownProse = XSS_PAYLOADS.map((p) => `- ${p.name}: ${p.text}`).join("\n");

/** Anything in the DOM that could run code: handlers, foreign scripts, unsafe URLs, frames. */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const scriptNonce = (document.querySelector("script[nonce]") as HTMLScriptElement | null)?.nonce ?? "";
    // Inline scripts must carry the page's nonce; loaded ones (Next's chunks) must come from the site.
    for (const script of Array.from(document.scripts)) {
      if (script.src ? new URL(script.src).origin !== location.origin : script.nonce !== scriptNonce)
        found.push(`script ${script.src || script.text.slice(0, 60)}`);
    }
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const tag = el.tagName.toLowerCase();
      if (["iframe", "object", "embed", "frame"].includes(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${tag} ${attr.name}=${attr.value}`);
        if (
          ["href", "src", "action", "formaction", "xlink:href"].includes(attr.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value)
        )
          found.push(`${tag} ${attr.name}=${attr.value}`);
      }
    }
    return found;
  });
}

describe("XSS payloads never execute", () => {
  let browser: Browser;
  let page: Page;
  const executed: string[] = [];
  const visits: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("dialog", async (dialog) => {
      executed.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) executed.push(`CSP: ${msg.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective}`),
      );
    });
    await logIn(page, "editor@stackverdict.test", "verdict-eddie-2026");
  });
  afterAll(async () => {
    // Leave the shared journey database as other journeys expect it: every payload record trashed.
    for (const resource of ["verdicts", "decisions", "useCases", "claims"]) {
      const ids = (await list(page, resource, { q: XSS_MARKER })).map((c) => c.id);
      if (ids.length)
        expect((await api(page, `/api/admin/${resource}/bulk`, "POST", { op: "delete", ids })).status).toBe(200);
    }
    await browser?.close();
  });

  /** Visits a page, then checks nothing ran, no dangerous markup exists and the marker text shows. */
  async function visit(path: string, waitForText: string = XSS_MARKER): Promise<string> {
    await page.goto(`${BASE_URL}${path}`);
    await page.waitForFunction((text) => document.body.innerText.includes(text), waitForText, { timeout: 20_000 });
    await page.waitForLoadState("networkidle");
    const flag = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null);
    expect({ path, flag, executed }).toEqual({ path, flag: null, executed: [] });
    expect({ path, markup: await dangerousMarkup(page) }).toEqual({ path, markup: [] });
    visits.push(path);
    return page.evaluate(() => document.body.innerText);
  }

  let articleSlug = "";
  let articleId = "";
  let candidateSlug = "";
  const claimSlugs: string[] = [];
  const claimIds: string[] = [];

  it("imports the payload documents through the real importer and shows the articles in the admin", async () => {
    const md = await api(page, "/api/admin/import", "POST", {
      text: markdownDocument,
      filename: `../../etc/${XSS_MARKER}.md`,
    });
    expect(md.status).toBe(200);
    const html = await api(page, "/api/admin/import", "POST", { text: htmlDocument, filename: `${XSS_MARKER}.html` });
    expect(html.status).toBe(200);
    const [article] = (
      md.body.data as { articles: Array<{ articleSlug: string; url: string | null; claims: Array<{ key: string }> }> }
    ).articles;
    expect(article.url).toBeNull(); // a javascript: URL is not a URL
    expect(article.claims.length).toBeGreaterThan(0);
    articleSlug = article.articleSlug;
    candidateSlug = article.claims[0].key;
    articleId = String((await list(page, "articles", { q: XSS_MARKER })).find((a) => a.slug === articleSlug)?.id);
    await visit(`/admin#/articles?filter=${encodeURIComponent(JSON.stringify({ q: XSS_MARKER }))}`);
    await visit(`/admin#/articles/${encodeURIComponent(articleId)}/show`);
  });

  it("keeps payload claim statements inert on public claim pages, the source page and the admin", async () => {
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const res = await api(page, "/api/admin/claims", "POST", {
        statement: `${XSS_MARKER} claim ${i}: ${payload.text}`,
        kind: "FACT",
        status: "VERIFIED",
      });
      expect(res.status).toBe(201);
      claimIds.push(String(res.body.data && (res.body.data as Json).id));
      claimSlugs.push(String((res.body.data as Json).slug));
    }
    // Verify one imported candidate so the imported article becomes a public source.
    const candidate = (await list(page, "claims", { q: candidateSlug })).find((c) => c.slug === candidateSlug) as Json;
    expect(
      (
        await api(page, `/api/admin/claims/${encodeURIComponent(String(candidate.id))}`, "PUT", {
          status: "VERIFIED",
          version: candidate.version,
        })
      ).status,
    ).toBe(200);
    for (const slug of claimSlugs) {
      const text = await visit(`/claims/${slug}`);
      expect(text).toContain(XSS_MARKER);
    }
    const source = await visit(`/sources/${articleSlug}`);
    for (const payload of XSS_PAYLOADS.slice(0, 3)) expect(source).toContain(payload.text.slice(0, 20));
    await visit("/");
    await visit(`/admin#/claims/${encodeURIComponent(claimIds[1])}/show`);
    await visit(`/admin#/claims?filter=${encodeURIComponent(JSON.stringify({ q: XSS_MARKER }))}`);
  });

  it("keeps decision text and verdict/use-case markdown inert, and shows it as text", async () => {
    const [team] = await list(page, "teams", {});
    const decision = await api(page, "/api/admin/decisions", "POST", {
      title: `${XSS_MARKER} decision ${STAMP}`,
      teamId: team.id,
      date: "2026-11-01",
      visibility: "PUBLIC",
      context: markdownProse,
      chosenOption: XSS_PAYLOADS[1].text,
      rationale: markdownProse,
      consequences: markdownProse,
      drivers: XSS_PAYLOADS.slice(0, 5).map((p) => p.text),
      options: [
        { name: XSS_PAYLOADS[2].text.slice(0, 120), pros: [XSS_PAYLOADS[3].text], cons: [XSS_PAYLOADS[12].text] },
      ],
    });
    expect(decision.status).toBe(201);
    const decisionText = await visit(
      `/admin#/decisions/${encodeURIComponent(String((decision.body.data as Json).id))}/show`,
    );
    expect(decisionText).toContain(XSS_PAYLOADS[0].text);

    const useCase = await api(page, "/api/admin/useCases", "POST", {
      name: `${XSS_MARKER} use case ${STAMP}`,
      description: `${XSS_MARKER} described:\n\n${markdownProse}`,
    });
    expect(useCase.status).toBe(201);
    const verdict = await api(page, "/api/admin/verdicts", "POST", {
      title: `${XSS_MARKER} verdict ${STAMP}`,
      useCaseId: (useCase.body.data as Json).id,
      summary: `${XSS_MARKER} summary ${XSS_PAYLOADS[0].text}`,
      rationale: `**Why**: ${markdownProse}`,
      status: "PUBLISHED",
      evidence: [{ claimId: claimIds[0], role: "SUPPORTS", weight: 1 }],
    });
    expect(verdict.status).toBe(201);
    const useCasePage = await visit(`/use-cases/${String((useCase.body.data as Json).slug)}`);
    // Raw HTML in markdown is shown as text, not silently dropped.
    expect(useCasePage).toContain(XSS_PAYLOADS[1].text);
    await visit(`/admin#/verdicts/${encodeURIComponent(String((verdict.body.data as Json).id))}/show`);
  });

  it("visited every kind of page that shows the payloads", () => {
    expect(visits.filter((v) => v.startsWith("/admin")).length).toBeGreaterThanOrEqual(6);
    expect(visits.filter((v) => !v.startsWith("/admin")).length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length + 3);
  });
});
