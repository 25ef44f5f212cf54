/** @jest-environment node */
// A claim read from a table row quotes only the row ("| Django | 3,900 | 12 ms |"): the importer keeps
// the table's header beside it, exact text of the source at its own offsets, so a reader can tell which
// column each figure is. Quotes that are not table rows keep no header.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/roles";
import { parseDocument } from "@/lib/import";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { importParsed, loadImportContext } from "@/lib/import/service";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useImportWorld } from "./support/import-world";

jest.setTimeout(60_000);
const FILE = "md-table-header.md";
const FIXTURE = path.resolve(__dirname, "../../fixtures/import", FILE);

afterAll(async () => closeReaderPool());

describe.each(testProviders())("table-row citations keep their header on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
  });

  const importFixture = async () => {
    const doc = parseDocument({ filename: FILE, bytes: readFileSync(FIXTURE) });
    await importParsed(t.db, editor, FILE, doc, await loadImportContext(t.db), false);
    const article = await t.db.article.findFirstOrThrow({ select: { id: true, text: true } });
    const citations = await t.db.citation.findMany({
      where: { articleId: article.id },
      include: { claim: { select: { statement: true, kind: true, metric: true, value: true } } },
    });
    return { text: article.text, citations };
  };

  it("a figure from a table row is cited with the row and, apart, the header row: both exact text of the source", async () => {
    const { text, citations } = await importFixture();
    const django = citations.find((c) => c.claim.kind === "PERFORMANCE" && c.claim.value === 3900);
    if (!django)
      throw new Error(
        `no claim for Django's 3,900 requests/s among ${citations.map((c) => c.claim.statement).join(" / ")}`,
      );
    expect(django.quote).toBe("| Django | 3,900 | 12 ms |");
    expect(text.slice(django.start, django.end)).toBe(django.quote);
    expect(django.headerQuote).toBe("| Framework | Requests/s | p95 latency |");
    expect(text.slice(django.headerStart ?? -1, django.headerEnd ?? -1)).toBe(django.headerQuote);
    // Every row of both tables says which header it sits under; the second table has its own.
    const useCases = citations.filter((c) => c.claim.kind === "RECOMMENDATION");
    expect(useCases.length).toBeGreaterThan(0);
    for (const c of useCases) expect(c.headerQuote).toBe("| Use case | Pick |");
  });

  it("a quote from prose keeps no header", async () => {
    const { citations } = await importFixture();
    const prose = citations.filter((c) => !c.quote.startsWith("|"));
    expect(prose.length).toBeGreaterThan(0);
    for (const c of prose)
      expect([c.quote, c.headerQuote, c.headerStart, c.headerEnd]).toEqual([c.quote, null, null, null]);
  });

  it("a recommendation from a 'use case | pick' table reads as a sentence a person writes", async () => {
    const { citations } = await importFixture();
    const statements = citations
      .filter((c) => c.claim.kind === "RECOMMENDATION")
      .map((c) => c.claim.statement)
      .sort();
    expect(statements).toEqual([
      "Django is recommended for staff back office.",
      "FastAPI is recommended for streaming inference API.",
    ]);
  });
});
