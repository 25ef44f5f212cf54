/** @jest-environment node */
// Technologies an article names that the catalogue lacks are proposed, never dropped: stored as
// PROPOSED with the document, listed in the preview, kept off the public site until an editor
// confirms them or merges them into the technology they really are.
import type { Actor } from "@/lib/auth/roles";
import { importFiles } from "@/lib/import/service";
import { getTechnologyPage } from "@/lib/public/technologies";
import { technologies } from "@/lib/resources";
import { deleteRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { testProviders, type TestDatabase } from "../../support/databases";
import { useImportWorld } from "./support/import-world";

jest.setTimeout(60_000);

// Our own writing: Kafka and Redis are in the shipped lexicon, "Quillstream" in nothing but this text.
const ARTICLE = [
  "# Quillstream vs Apache Kafka for event pipelines",
  "",
  "Apache Kafka stores every event in a replicated log.",
  "Quillstream does not support exactly-once delivery.",
  "Use Kafka when you need durable replay of old events.",
].join("\n");

describe.each(testProviders())("proposed technologies on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
  });

  it("a preview lists the new technologies and writes none of them", async () => {
    const report = await importFiles(t.db, editor, [{ filename: "pipelines.md", text: ARTICLE }], { dryRun: true });
    expect(report.articles[0].newTechnologies.map((x) => x.name).sort()).toEqual(["Apache Kafka", "Quillstream"]);
    expect(await t.db.technology.count({ where: { status: "PROPOSED" } })).toBe(0);
  });

  it("an import stores them as proposed with their claims, hidden from the public site, and a second import reuses them", async () => {
    const first = await importFiles(t.db, editor, [{ filename: "pipelines.md", text: ARTICLE }]);
    expect(first.errors).toEqual([]);
    const proposed = await t.db.technology.findMany({
      where: { status: "PROPOSED" },
      include: { claims: true },
      orderBy: { slug: "asc" },
    });
    expect(proposed.map((x) => x.name)).toEqual(["Apache Kafka", "Quillstream"]);
    expect(proposed.every((x) => x.claims.length > 0)).toBe(true);
    expect(await t.db.revision.count({ where: { entity: "technologies", action: "CREATE" } })).toBeGreaterThanOrEqual(
      2,
    );
    expect(await getTechnologyPage("quillstream", t.db)).toBeNull();
    const again = await importFiles(t.db, editor, [
      { filename: "pipelines-2.md", text: `${ARTICLE}\nQuillstream has a built-in schema registry.` },
    ]);
    expect(again.errors).toEqual([]);
    expect(again.articles[0].newTechnologies).toEqual([]);
    expect(await t.db.technology.count({ where: { slug: "quillstream" } })).toBe(1);
  });

  it("an editor confirms one and merges the other into the catalogue's technology; a deleted proposal is never proposed again", async () => {
    await importFiles(t.db, editor, [{ filename: "pipelines.md", text: ARTICLE }]);
    const quill = await t.db.technology.findFirstOrThrow({ where: { slug: "quillstream" } });
    await runAction(technologies, editor, "confirm", [quill.id], {}, null, t.db);
    expect((await t.db.technology.findUniqueOrThrow({ where: { id: quill.id } })).status).toBe("ACTIVE");
    expect(await getTechnologyPage("quillstream", t.db)).not.toBeNull();

    const kafka = await t.db.technology.findFirstOrThrow({
      where: { name: "Apache Kafka" },
      include: { claims: true },
    });
    const postgres = await t.db.technology.findFirstOrThrow({ where: { slug: "postgresql" } });
    await runAction(technologies, editor, "mergeInto", [kafka.id], { intoId: postgres.id }, null, t.db);
    const target = await t.db.technology.findUniqueOrThrow({ where: { id: postgres.id }, include: { claims: true } });
    expect(target.aliases).toContain("Apache Kafka");
    expect(target.claims.map((c) => c.id)).toEqual(expect.arrayContaining(kafka.claims.map((c) => c.id)));
    expect((await t.db.technology.findUniqueOrThrow({ where: { id: kafka.id } })).deletedAt).not.toBeNull();

    await deleteRecord(technologies, editor, quill.id, null, t.db);
    const later = await importFiles(
      t.db,
      editor,
      [{ filename: "later.md", text: "# Notes\n\nQuillstream vs Redis: Quillstream does not support streams." }],
      { dryRun: true },
    );
    expect(later.articles[0].newTechnologies.map((x) => x.name)).not.toContain("Quillstream");
    expect(later.articles[0].claims.flatMap((c) => c.technologies)).not.toContain("quillstream");
  });

  it("a preview of several documents reports the contradictions between them, as the import does", async () => {
    const a = "# Release notes\n\nDjango was first released in 2005.";
    const b = "# History\n\nDjango was first released in 2003.";
    const preview = await importFiles(
      t.db,
      editor,
      [
        { filename: "a.md", text: a },
        { filename: "b.md", text: b },
      ],
      { dryRun: true },
    );
    const real = await importFiles(t.db, editor, [
      { filename: "a.md", text: a },
      { filename: "b.md", text: b },
    ]);
    expect(real.contradictions.length).toBeGreaterThan(0);
    expect(preview.contradictions.map((c) => c.kind)).toEqual(real.contradictions.map((c) => c.kind));
  });
});
