/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Forbidden } from "@/lib/errors";
import { parseDocument } from "@/lib/import";
import { importFiles, importParsed, loadImportContext } from "@/lib/import/service";
import { seedArticles, DEMO_DIR } from "@/prisma/seed/articles";
import type { Actor } from "@/lib/auth/roles";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useImportWorld } from "./support/import-world";
import { makeUser } from "../../support/factories";

const FIXTURES = path.resolve(__dirname, "../../fixtures/import");
// PostgreSQL on a loaded 2-core machine: seeding the catalogue plus a user can exceed the default 5 s.
jest.setTimeout(60_000);
const file = (name: string, dir = FIXTURES) => ({ filename: name, bytes: readFileSync(path.join(dir, name)) });

describe.each(testProviders())("importing documents on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
  });

  it("the demo documents import into one cross-referenced set: an agreement across sources, a release-date conflict and a not-comparable throughput pair", async () => {
    const result = await seedArticles(t.db, editor);
    expect(result.articles).toBe(8);
    const admin = await t.db.claim.findFirst({
      where: {
        topic: "admin",
        technologies: { some: { slug: "django" } },
        conditions: { equals: { support: "built-in" } },
      },
      include: { citations: true },
    });
    expect(new Set(admin?.citations.map((c) => c.articleId)).size).toBeGreaterThanOrEqual(3);
    const contradictions = await t.db.contradiction.findMany();
    expect(contradictions.map((c) => `${c.kind}:${c.status}`)).toEqual(
      expect.arrayContaining(["FACT:OPEN", "VALUE:NOT_COMPARABLE"]),
    );
    for (const citation of await t.db.citation.findMany({ include: { article: true } })) {
      expect(citation.article.text.slice(citation.start, citation.end)).toBe(citation.quote);
    }
    expect(await t.db.claim.count({ where: { NOT: { status: "CANDIDATE" } } })).toBe(0);
    const revisions = await t.db.revision.groupBy({ by: ["entity"], _count: true });
    expect(Object.fromEntries(revisions.map((r) => [r.entity, r._count]))).toMatchObject({
      articles: 8,
      claims: await t.db.claim.count(),
      citations: await t.db.citation.count(),
      contradictions: contradictions.length,
    });
  });

  it("re-importing the same document (same content or same URL) changes nothing and says so", async () => {
    await importFiles(t.db, editor, [file("html-article.html")]);
    const counts = async () => [
      await t.db.article.count(),
      await t.db.claim.count(),
      await t.db.citation.count(),
      await t.db.revision.count(),
    ];
    const before = await counts();
    const again = await importFiles(t.db, editor, [file("html-article.html")]);
    expect(again.articles[0].status).toBe("already-imported");
    expect(again.articles[0].warnings.join(" ")).toMatch(/nothing changed/);
    const edited = readFileSync(path.join(FIXTURES, "html-article.html"), "utf8").replace("12,500", "12,600");
    const sameUrl = await importFiles(t.db, editor, [{ filename: "edited.html", text: edited }]);
    expect(sameUrl.articles[0].warnings.join(" ")).toMatch(/same URL/);
    expect(await counts()).toEqual(before);
  });

  it("a dry run reports candidates and matches but writes nothing", async () => {
    const report = await importFiles(t.db, editor, [file("md-comparison.md"), file("post-js-stack.txt")], {
      dryRun: true,
    });
    expect(report.articles.map((a) => a.status)).toEqual(["preview", "preview"]);
    expect(report.articles[0].claims.length).toBeGreaterThan(5);
    expect(await t.db.article.count()).toBe(0);
    expect(await t.db.revision.count({ where: { entity: { in: ["articles", "claims"] } } })).toBe(0);
  });

  it("a document that fails half-way leaves nothing behind, and the other files still import", async () => {
    const ctx = await loadImportContext(t.db);
    await t.db.technology.delete({ where: { slug: "rails" } });
    const doc = parseDocument(file("md-comparison.md"));
    await expect(importParsed(t.db, editor, "md-comparison.md", doc, ctx, false)).rejects.toThrow();
    expect(await t.db.article.count()).toBe(0);
    expect(await t.db.claim.count()).toBe(0);
    const report = await importFiles(t.db, editor, [{ filename: "empty.txt", text: "" }, file("text-plain.txt")]);
    expect(report.errors).toEqual([{ file: "empty.txt", message: expect.stringMatching(/empty/) }]);
    expect(report.articles[0].status).toBe("imported");
  });

  it("only staff can import", async () => {
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    await expect(importFiles(t.db, contributor, [file("text-plain.txt")])).rejects.toBeInstanceOf(Forbidden);
    expect(await t.db.article.count()).toBe(0);
  });

  it("resolves the longest technology name: Django REST framework is not Django", async () => {
    const report = await importFiles(t.db, editor, [file("text-plain.txt")]);
    const auth = report.articles[0].claims.find((c) => c.topic === "authentication");
    expect(auth?.technologies).toEqual(["django-rest-framework"]);
    expect(DEMO_DIR).toMatch(/prisma\/demo$/);
  });
});
