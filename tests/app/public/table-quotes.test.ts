/** @jest-environment node */
// A claim read from a table row is shown with its table's header wherever its quote is shown: on the
// claim page as a small two-row table (header cells over the row's), in a search result as "Header:
// value" pairs, in the API beside the quote. A citation stored without a header (any prose quote, or
// a row imported before headers were kept) renders as it always did.
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import ClaimPage from "@/app/(public)/claims/[slug]/page";
import { SYSTEM } from "@/lib/auth/roles";
import { parseDocument } from "@/lib/import";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { importParsed, loadImportContext } from "@/lib/import/service";
import { search } from "@/lib/search";
import { forgetCatalogue } from "@/lib/search/catalogue";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { api } from "../api/v1/support";

const FILE = "md-table-header.md";
const FIXTURE = path.resolve(__dirname, "../../fixtures/import", FILE);
const page = async (slug: string) => renderToStaticMarkup(await ClaimPage({ params: Promise.resolve({ slug }) }));

afterAll(async () => closeReaderPool());

describe.each(testProviders())("table-row quotes read with their header on %s", (provider) => {
  let t: TestDatabase;
  let figure: string;
  let prose: string;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    useAsAppDatabase(t);
    await seedCatalog(t.db, SYSTEM);
    const editor = await makeUser(t.db, "EDITOR");
    await importParsed(
      t.db,
      editor,
      FILE,
      parseDocument({ filename: FILE, bytes: readFileSync(FIXTURE) }),
      await loadImportContext(t.db),
      false,
    );
    await t.db.claim.updateMany({ data: { status: "VERIFIED" } });
    figure = (
      await t.db.claim.findFirstOrThrow({ where: { kind: "PERFORMANCE", value: 3900 }, select: { slug: true } })
    ).slug;
    prose = (
      await t.db.claim.findFirstOrThrow({
        where: { citations: { some: { headerQuote: null } } },
        select: { slug: true },
      })
    ).slug;
  }, 60_000);
  afterAll(async () => t.close());

  it("the claim page shows the quoted row under its header's cells", async () => {
    const html = await page(figure);
    const table = /<table class="quote__table">.*?<\/table>/s.exec(html)?.[0] ?? "";
    expect(table).toContain(
      '<thead><tr><th scope="col">Framework</th><th scope="col">Requests/s</th><th scope="col">p95 latency</th></tr></thead>',
    );
    expect(table).toContain(
      "<tbody><tr><td><mark>Django</mark></td><td><mark>3,900</mark></td><td><mark>12 ms</mark></td></tr></tbody>",
    );
    // Only the quoted row: the other rows of the table are not part of this claim's quote.
    expect(table).not.toContain("4,400");
  });

  it("a search result shows the row as 'Header: value' pairs, as a table row, not in quotation marks", async () => {
    forgetCatalogue(t.db);
    const { hits } = await search({ q: "django", kinds: ["claim"] }, t.db, provider);
    const hit = hits.find((h) => h.slug === figure);
    expect(hit?.snippet.map((p) => p.text).join("")).toContain(
      "Framework: Django · Requests/s: 3,900 · p95 latency: 12 ms (table row in ",
    );
  });

  it("a prose quote renders as before, and so does a table row stored without its header", async () => {
    expect(await page(prose)).not.toContain("quote__table");
    await t.db.citation.updateMany({
      where: { claim: { slug: figure } },
      data: { headerQuote: null, headerStart: null, headerEnd: null },
    });
    const html = await page(figure);
    expect(html).not.toContain("quote__table");
    expect(html).toContain("<mark>Django · 3,900 · 12 ms</mark>");
  });

  it("the API gives the header beside the quote, null where there is none", async () => {
    await t.db.citation.updateMany({
      where: { claim: { slug: figure } },
      data: { headerQuote: "| Framework | Requests/s | p95 latency |" },
    });
    const { json } = await api(`/api/v1/claims/${figure}`);
    expect(json.citations[0].context).toMatchObject({
      quote: "| Django | 3,900 | 12 ms |",
      tableHeader: "| Framework | Requests/s | p95 latency |",
    });
    expect((await api(`/api/v1/claims/${prose}`)).json.citations[0].context.tableHeader).toBeNull();
  });
});
