// JavaScript each public page type makes the browser download (raw and gzip bytes), against the
// production build. The framework runtime is what every public page loads; a page that needs no
// client code of its own must ship nothing beyond it. Prints the table and writes it to
// data/js-per-page.md.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launch } from "./support/browser";
import { publicPages, type PublicPage } from "./support/public-pages";
import { BASE_URL, ROOT } from "./support/server";

/** Page types whose interactive parts are client components by design. */
const INTERACTIVE = new Set(["wizard-start", "wizard-result", "search"]);

interface Script {
  url: string;
  raw: number;
  gzip: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (scripts: Script[], key: "raw" | "gzip") => scripts.reduce((n, s) => n + s[key], 0);

describe("JavaScript per public page type", () => {
  let browser: Browser;
  let pages: PublicPage[] = [];
  beforeAll(async () => {
    browser = await launch();
    pages = await publicPages();
  });
  afterAll(async () => browser?.close());

  it("pages without interactive parts ship only the framework runtime", async () => {
    const loaded = new Map<string, Script[]>();
    for (const p of pages) {
      // A fresh context per page: nothing comes from the cache, every script is counted.
      const context = await browser.newContext();
      const page = await context.newPage();
      const scripts: Script[] = [];
      page.on("response", async (res) => {
        if (res.request().resourceType() !== "script") return;
        const body = await res.body().catch(() => Buffer.alloc(0));
        scripts.push({ url: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body).length });
      });
      await page.goto(`${BASE_URL}${p.path}`, { waitUntil: "load" });
      await page.waitForTimeout(500);
      loaded.set(p.name, scripts);
      await context.close();
    }
    const everywhere = [...loaded.values()]
      .map((s) => new Set(s.map((x) => x.url)))
      .reduce((a, b) => new Set([...a].filter((u) => b.has(u))));
    const runtime = (loaded.get("home") ?? []).filter((s) => everywhere.has(s.url));
    const rows = pages.map((p) => {
      const scripts = loaded.get(p.name) ?? [];
      const own = scripts.filter((s) => !everywhere.has(s.url));
      return {
        name: p.name,
        path: p.path,
        files: scripts.length,
        raw: sum(scripts, "raw"),
        gzip: sum(scripts, "gzip"),
        ownRaw: sum(own, "raw"),
        ownGzip: sum(own, "gzip"),
        own,
      };
    });
    const table = [
      `Framework runtime (loaded by every public page): ${runtime.length} files, ${kb(sum(runtime, "raw"))} raw, ${kb(sum(runtime, "gzip"))} gzip.`,
      "",
      "| page type | path | script files | total raw | total gzip | beyond the runtime (raw / gzip) |",
      "|---|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.name} | \`${r.path.length > 40 ? `${r.path.slice(0, 40)}…` : r.path}\` | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.ownRaw)} / ${kb(r.ownGzip)} |`,
      ),
      "",
    ].join("\n");
    writeFileSync(path.join(ROOT, "data", "js-per-page.md"), table);
    console.log(table);
    for (const r of rows) {
      if (INTERACTIVE.has(r.name)) continue;
      expect({ page: r.name, beyondRuntime: r.own.map((s) => s.url) }).toEqual({ page: r.name, beyondRuntime: [] });
    }
    expect(runtime.length).toBeGreaterThan(0);
  });
});
