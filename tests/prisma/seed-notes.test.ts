/** @jest-environment node */
// The demo seed as a reader meets it (review 3, F6 and F11): the editors' notes on verdicts name only
// technologies the demo has verified claims about, and each database use case is chosen on its own needs.
// The demo is the one global setup seeds with `npm run db:seed` (tests/support/demo.ts).
import { closeReaderPool } from "@/lib/import/reader-pool";
import { TECHNOLOGIES } from "../../prisma/seed/catalog";
import { VERDICTS } from "../../prisma/seed/verdicts";
import { useAsAppDatabase, type TestDatabase } from "../support/databases";
import { seededDemo } from "../support/demo";

describe("the demo seed's editorial data (SQLite)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
    useAsAppDatabase(t);
  }, 300_000);
  afterAll(async () => {
    await closeReaderPool();
    await t.close();
  });

  it("published editors' notes name only technologies with verified claims in the demo", async () => {
    const verified = await t.db.technology.findMany({
      where: { claims: { some: { status: "VERIFIED", deletedAt: null } } },
      select: { slug: true },
    });
    const withEvidence = new Set(verified.map((v) => v.slug));
    // Published ones: a draft is not shown to readers, and waits for its evidence.
    for (const v of VERDICTS.filter((d) => d.publish)) {
      const note = `${v.summary} ${v.rationale}`;
      const named = TECHNOLOGIES.filter((tech) => note.includes(tech.name));
      expect([v.useCase, named.filter((tech) => !withEvidence.has(tech.slug)).map((tech) => tech.name)]).toEqual([
        v.useCase,
        [],
      ]);
    }
    expect(VERDICTS.map((v) => `${v.summary} ${v.rationale}`).join(" ")).not.toMatch(
      /Measured|auth and migrations|stays the choice/,
    );
  });

  it("each database use case is chosen on its own defining needs", async () => {
    const cases = await t.db.useCase.findMany({
      where: { slug: { in: ["web-app-database", "embedded-app-database"] } },
      select: { slug: true, needs: true },
    });
    const keys = Object.fromEntries(cases.map((c) => [c.slug, (c.needs as Array<{ key: string }>).map((n) => n.key)]));
    expect(keys["web-app-database"]).not.toContain("no-database-server");
    expect(keys["web-app-database"]).toContain("concurrent-writes");
    expect(keys["embedded-app-database"]).toContain("no-database-server");
    expect(keys["embedded-app-database"]).not.toContain("reporting-queries");
  });
});
