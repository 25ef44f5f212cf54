/** @jest-environment node */
// Importing from a URL through the real admin import route: staff only, the page fetched on the
// server through the SSRF guard, previewed or imported whole, every refusal a clear 400 that writes
// nothing. A local node:http server stands in for the web; loopback is allowed by an injected test
// policy (setImportFetchPolicyForTests), which no environment variable can set.
import { NextRequest } from "next/server";
import * as importRoute from "@/app/api/admin/import/route";
import { SYSTEM, type Actor } from "@/lib/auth/roles";
import { setImportFetchPolicyForTests } from "@/lib/import/from-url";
import type { ImportReport } from "@/lib/import/report";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { asUser, TEST_ORIGIN } from "../../support/http";
import { loopbackPolicy, startWebServer, type WebServer } from "../../support/web-server";

jest.setTimeout(90_000);

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer();
  setImportFetchPolicyForTests(loopbackPolicy(web));
});
afterAll(async () => {
  setImportFetchPolicyForTests(null);
  await web.close();
});

type Answer = { status: number; json: { data?: ImportReport; error?: { message: string } } };

async function post(actor: Actor, body: unknown, dryRun = false): Promise<Answer> {
  const req = new NextRequest(new URL(`/api/admin/import${dryRun ? "?dryRun=1" : ""}`, TEST_ORIGIN), {
    method: "POST",
    body: JSON.stringify(body),
    headers: {
      cookie: await asUser(actor),
      origin: TEST_ORIGIN,
      host: "localhost:3000",
      "content-type": "application/json",
    },
  });
  const res = await importRoute.POST(req, { params: Promise.resolve({}) });
  return { status: res.status, json: (await res.json()) as Answer["json"] };
}

describe.each(testProviders())("the admin import route with a URL on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    useAsAppDatabase(t);
    await seedCatalog(t.db, SYSTEM);
    editor = await makeUser(t.db, "EDITOR");
  });
  afterAll(() => t.close());

  it("an editor previews a page (nothing written), then imports it with its article text and claims", async () => {
    const preview = await post(editor, { url: `${web.origin}/article` }, true);
    expect(preview.status).toBe(200);
    expect(preview.json.data?.articles[0]).toMatchObject({
      status: "preview",
      title: "FastAPI in production: what we measured",
      author: "Ana Ruiz",
    });
    expect(await t.db.article.count()).toBe(0);

    const done = await post(editor, { url: `${web.origin}/article` });
    expect(done.status).toBe(200);
    const [article] = done.json.data?.articles ?? [];
    expect(article).toMatchObject({ status: "imported", file: `${web.origin}/article`, publishedAt: "2025-06-03" });
    expect(article.claims.length).toBeGreaterThan(0);
    const stored = await t.db.article.findFirstOrThrow({
      where: { slug: article.articleSlug ?? "" },
      include: { citations: true },
    });
    expect(stored.text).toContain("12,500 req/s");
    expect(stored.text).not.toMatch(/99,999|88,888|cookies/);
    expect(stored.citations).toHaveLength(article.claims.length);
    const reasons = (await t.db.revision.findMany({ where: { entity: "articles" }, select: { reason: true } })).map(
      (r) => r.reason,
    );
    expect(reasons).toContain(`Imported from ${web.origin}/article`);
  });

  it("a pasted text that is only an address is imported as that page, not as a one-line text", async () => {
    const res = await post(editor, { text: `  ${web.origin}/notes.md\n` });
    expect(res.status).toBe(200);
    expect(res.json.data?.articles[0]).toMatchObject({
      status: "imported",
      format: "MARKDOWN",
      title: "Release notes",
    });
  });

  it.each([
    [
      "/to-metadata",
      /redirected to http:\/\/169\.254\.169\.254\/latest\/meta-data\/\. That address points to a link-local address/,
    ],
    ["/to-private-name", /That address points to a private network; only public web pages can be imported\./],
    ["/report.pdf", /serves application\/pdf, not a web page/],
    ["/slow", /did not load within/],
  ])("%s is a 400 with a clear message and writes nothing", async (path, message) => {
    const before = await t.db.article.count();
    const res = await post(editor, { url: `${web.origin}${path}` });
    expect(res.status).toBe(400);
    expect(res.json.data?.errors).toEqual([{ file: `${web.origin}${path}`, message: expect.stringMatching(message) }]);
    expect(await t.db.article.count()).toBe(before);
  });

  it.each([
    ["ftp://example.com/post.html", /Only http and https/],
    ["https://editor:hunter2@example.com/post", /user name or password/],
  ])("a pasted %s is refused with a reason, not imported as text", async (text, message) => {
    const res = await post(editor, { text });
    expect(res.status).toBe(400);
    expect(res.json.data?.errors[0].message).toMatch(message);
  });

  it("without the test policy (as in production) the local server is out of reach", async () => {
    setImportFetchPolicyForTests(null);
    const hits = web.hits.length;
    try {
      const res = await post(editor, { url: `http://127.0.0.1/article` });
      expect(res.json.data?.errors[0].message).toBe(
        "That address points to this server (a loopback address); only public web pages can be imported.",
      );
    } finally {
      setImportFetchPolicyForTests(loopbackPolicy(web));
    }
    expect(web.hits.length).toBe(hits);
  });

  it("a contributor (not staff) gets 403 and the server fetches nothing", async () => {
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    const hits = web.hits.length;
    const res = await post(contributor, { url: `${web.origin}/article` });
    expect(res.status).toBe(403);
    expect(web.hits.length).toBe(hits);
  });
});
