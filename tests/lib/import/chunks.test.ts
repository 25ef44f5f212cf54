/** @jest-environment node */
// importFiles writes up to CHUNK documents (within a time budget) per transaction, each inside a
// savepoint: a document that fails half-way rolls back alone, a failed transaction leaves nothing of its chunk (and the claim index
// forgets it), repeats inside one upload are recognised, and every record keeps its one CREATE revision.
import type { Actor } from "@/lib/auth/roles";
import { CHUNK, importFiles, loadImportContext } from "@/lib/import/service";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useImportWorld } from "./support/import-world";

jest.setTimeout(120_000);
/** A time budget no test chunk reaches, even on a loaded machine: the chunk is one transaction. */
const ONE_TRANSACTION = 60_000;

const doc = (name: string, tech: string, year: number) => ({
  filename: `${name}.md`,
  text: `# ${name}: notes on ${tech}\n\n${tech} was first released in ${year}. ${tech} has an admin built in. Written for ${name}.`,
});

describe.each(testProviders())("importing in chunks on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
  });

  const counts = async () => ({
    articles: await t.db.article.count(),
    claims: await t.db.claim.count(),
    citations: await t.db.citation.count(),
    contradictions: await t.db.contradiction.count(),
    revisions: await t.db.revision.count({
      where: { entity: { in: ["articles", "claims", "citations", "contradictions"] } },
    }),
  });

  it("a document failing half-way through a chunk rolls back alone; the documents around it in the same transaction land", async () => {
    const context = await loadImportContext(t.db);
    // Rails is gone from the database but not from the loaded context: the failing document's
    // technology link insert fails after its article and claims were inserted.
    await t.db.technology.delete({ where: { slug: "rails" } });
    const before = context.index.size;
    const report = await importFiles(
      t.db,
      editor,
      [doc("first", "Django", 2005), doc("broken", "Rails", 2004), doc("last", "Flask", 2010)],
      { context, transactionMs: ONE_TRANSACTION },
    );
    expect(report.errors).toEqual([{ file: "broken.md", message: expect.stringMatching(/^Import failed/) }]);
    expect(report.articles.map((a) => [a.file, a.status])).toEqual([
      ["first.md", "imported"],
      ["last.md", "imported"],
    ]);
    expect((await t.db.article.findMany({ orderBy: { title: "asc" } })).map((a) => a.title)).toEqual([
      "first: notes on Django",
      "last: notes on Flask",
    ]);
    expect(await t.db.claim.findMany({ where: { statement: { contains: "Rails" } } })).toEqual([]);
    const after = await counts();
    expect(after.revisions).toBe(after.articles + after.claims + after.citations + after.contradictions);
    expect(context.index.size).toBe(before + after.claims);
    // The surviving documents' citations point at their own text.
    for (const c of await t.db.citation.findMany({ include: { article: true } }))
      expect(c.article.text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("a chunk whose transaction fails leaves nothing behind, and the claim index forgets the claims it had learned", async () => {
    const context = await loadImportContext(t.db);
    const before = await counts();
    const indexed = context.index.size;
    const files = [doc("one", "Django", 2005), doc("two", "Flask", 2010), doc("three", "Django", 2006)];
    // A repeat of "one" in the same upload: it was "already imported" only until the chunk failed.
    const upload = [files[0], { ...files[0], filename: "one-again.md" }, ...files.slice(1)];
    const onProgress = (done: number) => {
      if (done === 4) throw new Error("progress display broke");
    };
    const report = await importFiles(t.db, editor, upload, { context, onProgress, transactionMs: ONE_TRANSACTION });
    expect(report.articles).toEqual([]);
    expect(report.errors).toEqual(
      upload.map((f) => ({ file: f.filename, message: "Import failed: progress display broke" })),
    );
    expect(await counts()).toEqual(before);
    expect(context.index.size).toBe(indexed);
    // Nothing was learned: importing again writes the same documents afresh.
    const again = await importFiles(t.db, editor, files, { context });
    expect(again.articles.map((a) => a.status)).toEqual(["imported", "imported", "imported"]);
    expect(again.articles[2].claims.find((c) => c.kind === "feature")?.matches).toBe(
      again.articles[0].claims.find((c) => c.kind === "feature")?.key,
    );
  });

  it("a transaction commits once its time budget is spent, so a later failure keeps the documents committed before it", async () => {
    const context = await loadImportContext(t.db);
    const files = [doc("early", "Django", 2005), doc("late", "Flask", 2010), doc("later", "Django", 2006)];
    const onProgress = (done: number) => {
      if (done === 3) throw new Error("progress display broke");
    };
    // A budget of 0 ms: every document commits in its own transaction.
    const report = await importFiles(t.db, editor, files, { context, onProgress, transactionMs: 0 });
    expect(report.articles.map((a) => [a.file, a.status])).toEqual([
      ["early.md", "imported"],
      ["late.md", "imported"],
    ]);
    expect(report.errors).toEqual([{ file: "later.md", message: "Import failed: progress display broke" }]);
    expect((await t.db.article.findMany({ orderBy: { title: "asc" } })).map((a) => a.title)).toEqual([
      "early: notes on Django",
      "late: notes on Flask",
    ]);
  });

  it("more documents than a chunk all land, repeats inside one upload are recognised, and each record has one CREATE revision", async () => {
    const files = Array.from({ length: CHUNK + 5 }, (_, i) =>
      doc(`doc-${i}`, ["Django", "Flask", "Ruby on Rails"][i % 3], 2000 + (i % 7)),
    );
    const repeat = { ...files[CHUNK + 1], filename: "copy.md" };
    const report = await importFiles(t.db, editor, [...files, repeat]);
    expect(report.errors).toEqual([]);
    expect(report.articles.filter((a) => a.status === "imported")).toHaveLength(files.length);
    expect(report.articles[files.length]).toMatchObject({
      file: "copy.md",
      status: "already-imported",
      articleSlug: report.articles[CHUNK + 1].articleSlug,
    });
    // Later documents cite the claims earlier ones made, across chunks (21 release years + 3 admin features), and contradict their years.
    const after = await counts();
    expect(after.articles).toBe(files.length);
    expect(after.claims).toBeLessThan(files.length);
    expect(after.contradictions).toBeGreaterThan(0);
    const revisions = await t.db.revision.findMany({
      where: { entity: { in: ["articles", "claims", "citations", "contradictions"] } },
      select: { entity: true, entityId: true, action: true, userId: true },
    });
    expect(revisions.every((r) => r.action === "CREATE" && r.userId === editor.id)).toBe(true);
    expect(new Set(revisions.map((r) => `${r.entity}:${r.entityId}`)).size).toBe(
      after.articles + after.claims + after.citations + after.contradictions,
    );
    expect(revisions).toHaveLength(after.articles + after.claims + after.citations + after.contradictions);
  });
});
