/** @jest-environment node */
// Importing from a URL through the real importer: the fetched page's main text (Readability) with its
// claims, its metadata, the fetched URL as the article's URL; failures write nothing. A local server
// on loopback stands in for the web (allowed by an injected policy, never by configuration).
import type { Actor } from "@/lib/auth/roles";
import { addressIn, fetchAll, fetchForImport } from "@/lib/import/from-url";
import { parseDocument } from "@/lib/import";
import { pageToImport } from "@/lib/import/readable";
import { importFiles } from "@/lib/import/service";
import { defaultFetchPolicy, type FetchPolicy } from "@/lib/net/policy";
import { testProviders, type TestDatabase } from "../../support/databases";
import { loopbackPolicy, startWebServer, type WebServer } from "../../support/web-server";
import { useImportWorld } from "./support/import-world";

jest.setTimeout(60_000);

let web: WebServer;
let policy: FetchPolicy;
beforeAll(async () => {
  web = await startWebServer();
  policy = { ...defaultFetchPolicy(), ...loopbackPolicy(web) };
});
afterAll(() => web.close());

describe("what counts as an address", () => {
  it.each([
    ["https://example.com/post", "https://example.com/post"],
    ["  http://example.com/a?b=1 \n", "http://example.com/a?b=1"],
    ["ftp://example.com/x", "ftp://example.com/x"],
    ["file:///etc/passwd", "file:///etc/passwd"],
    ["see https://example.com/post", null],
    ["https://a.example/1\nhttps://b.example/2", null],
    ["Django is fast.", null],
  ])("%j -> %j", (text, url) => {
    expect(addressIn(text)).toBe(url);
  });
});

describe("the document handed to the importer", () => {
  it("is the article's main text as HTML, named by the URL, with Readability's metadata and the URL as canonical link", async () => {
    const input = pageToImport((await fetchForImport(`${web.origin}/article`, policy)).page);
    const html = new TextDecoder().decode(input.bytes);
    expect(input.filename).toBe(`${web.origin}/article`);
    expect(html).toContain(`<link rel="canonical" href="${web.origin}/article">`);
    expect(html).toContain('<meta name="author" content="Ana Ruiz">');
    expect(html).toContain('<meta property="article:published_time" content="2025-06-03T09:00:00Z">');
    expect(html).toContain("12,500 req/s");
    expect(html).not.toMatch(/99,999|88,888|We use cookies|ignored-canonical/);
  });

  it("markdown keeps its text, with the URL in front matter", async () => {
    const input = pageToImport((await fetchForImport(`${web.origin}/notes.md`, policy)).page);
    expect(new TextDecoder().decode(input.bytes)).toBe(
      `---\nurl: "${web.origin}/notes.md"\n---\n\n# Release notes\n\nFastAPI was first released in 2018.\n`,
    );
  });

  it("a hostile, deeply nested page skips Readability (minutes on it) and is read whole by the HTML parser, with the URL", () => {
    const html = `<html><body>${"<div>".repeat(5000)}<p>FastAPI was first released in 2018.</p>${"</div>".repeat(5000)}</body></html>`;
    const started = Date.now();
    const input = pageToImport({
      url: "https://example.org/deep",
      mime: "text/html",
      charset: null,
      bytes: new TextEncoder().encode(html),
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(
      new TextDecoder()
        .decode(input.bytes)
        .startsWith('<!doctype html>\n<link rel="canonical" href="https://example.org/deep">\n<html><body><div><div>'),
    ).toBe(true);
    expect(parseDocument(input).text).toContain("FastAPI was first released in 2018.");
  });
});

describe.each(testProviders())("importing a URL on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
  });

  it("a real page imports with its article text and claims, and a second import of it is recognised", async () => {
    const { inputs, errors } = await fetchAll([`${web.origin}/article`], policy);
    expect(errors).toEqual([]);
    const report = await importFiles(t.db, editor, inputs);
    expect(report.errors).toEqual([]);
    const [article] = report.articles;
    expect(article).toMatchObject({
      status: "imported",
      format: "HTML",
      title: "FastAPI in production: what we measured",
      author: "Ana Ruiz",
      publishedAt: "2025-06-03",
    });
    expect(article.claims.map((c) => c.quote).join("\n")).toMatch(/12,500 req\/s/);
    const stored = await t.db.article.findFirstOrThrow({
      where: { slug: article.articleSlug ?? "" },
      include: { citations: true },
    });
    expect(stored.url).toBe(article.url);
    expect(stored.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/article$/);
    expect(stored.text).toContain("FastAPI was first released in 2018");
    expect(stored.text).not.toMatch(/99,999|88,888|cookies|Privacy/);
    expect(stored.citations.length).toBe(article.claims.length);
    const again = await importFiles(t.db, editor, (await fetchAll([`${web.origin}/hop`], policy)).inputs);
    expect(again.articles[0]).toMatchObject({ status: "already-imported", articleSlug: article.articleSlug });
  });

  it("a refused URL is a report error named by the URL and writes nothing", async () => {
    const { inputs, errors } = await fetchAll(
      [`${web.origin}/to-metadata`, "https://user:pw@example.com/", `${web.origin}/report.pdf`],
      policy,
    );
    expect(inputs).toEqual([]);
    expect(errors.map((e) => e.file)).toEqual([
      `${web.origin}/to-metadata`,
      "https://user:pw@example.com/",
      `${web.origin}/report.pdf`,
    ]);
    expect(await t.db.article.count()).toBe(0);
  });
});
