/** @jest-environment node */
// The batched importer writes keep the audit guarantee (one CREATE revision per created record, by the
// importer, holding the record as stored) and stay one transaction per document.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/roles";
import { parseDocument } from "@/lib/import";
import { importParsed, loadImportContext } from "@/lib/import/service";
import { articles, citations, claims, contradictions } from "@/lib/resources";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";
import { seedArticles } from "@/prisma/seed/articles";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useImportWorld } from "./support/import-world";

jest.setTimeout(60_000);
const FIXTURES = path.resolve(__dirname, "../../fixtures/import");

describe.each(testProviders())("batched import writes on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
  });

  it("every imported claim, citation and contradiction has exactly one CREATE revision by the importer, holding the stored record", async () => {
    await seedArticles(t.db, editor);
    const revisions = await t.db.revision.findMany({
      where: { entity: { in: ["claims", "citations", "contradictions", "articles"] } },
    });
    const byEntity = new Map<string, typeof revisions>();
    for (const r of revisions)
      byEntity.set(`${r.entity}:${r.entityId}`, [...(byEntity.get(`${r.entity}:${r.entityId}`) ?? []), r]);
    const check = (entity: string, row: Record<string, unknown>, expected: Record<string, unknown>) => {
      const mine = byEntity.get(`${entity}:${String(row.id)}`) ?? [];
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ action: "CREATE", userId: editor.id });
      expect(mine[0].snapshot).toEqual(JSON.parse(JSON.stringify(expected)));
    };
    const claimRows = await t.db.claim.findMany({
      include: relationInclude(claims) as { technologies: { select: { id: true } } },
    });
    const citationRows = await t.db.citation.findMany();
    const contradictionRows = await t.db.contradiction.findMany();
    expect(claimRows.length).toBeGreaterThan(10);
    expect(citationRows.length).toBeGreaterThanOrEqual(claimRows.length);
    expect(contradictionRows.length).toBeGreaterThan(0);
    for (const row of claimRows) {
      expect(row.technologies.length).toBeGreaterThan(0);
      check("claims", row, serializeRow(claims, row));
    }
    for (const row of citationRows) check("citations", row, serializeRow(citations, row));
    for (const row of contradictionRows) check("contradictions", row, serializeRow(contradictions, row));
    const articleRows = await t.db.article.findMany();
    for (const row of articleRows) check("articles", row, serializeRow(articles, row));
    expect(byEntity.size).toBe(claimRows.length + citationRows.length + contradictionRows.length + articleRows.length);
  });

  it("a document failing after its article and claims were inserted leaves nothing behind, and the index does not learn its claims", async () => {
    await seedArticles(t.db, editor);
    const count = async () => [
      await t.db.article.count(),
      await t.db.claim.count(),
      await t.db.citation.count(),
      await t.db.contradiction.count(),
      await t.db.revision.count(),
    ];
    const before = await count();
    const ctx = await loadImportContext(t.db);
    const indexed = ctx.index.size;
    // A technology id that does not exist: the technology-link insert fails after the article and claim inserts.
    for (const slug of ctx.techIds.keys()) ctx.techIds.set(slug, "no-such-technology");
    const doc = parseDocument({
      filename: "md-comparison.md",
      bytes: readFileSync(path.join(FIXTURES, "md-comparison.md")),
    });
    const preview = await importParsed(t.db, editor, "md-comparison.md", doc, ctx, true);
    expect(preview.article.claims.filter((c) => !c.matches).length).toBeGreaterThan(0);
    await expect(importParsed(t.db, editor, "md-comparison.md", doc, ctx, false)).rejects.toThrow();
    expect(await count()).toEqual(before);
    expect(ctx.index.size).toBe(indexed);
  });
});
