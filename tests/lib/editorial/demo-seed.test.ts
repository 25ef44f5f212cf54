import { getComparePage } from "@/lib/public/compare";
import { FEATURE_NAMES } from "@/lib/public/format";
import { getUseCasePage } from "@/lib/public/use-cases";
import { publicClaimWhere } from "@/lib/resources/visibility";
import type { TestDatabase } from "../../support/databases";
import { DEMO_SEED_TIMEOUT, seededDemo } from "../../support/demo";

describe("the demo seed's verdicts", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
  }, DEMO_SEED_TIMEOUT);
  afterAll(() => t.close());

  it("publishes the engine's proposals, or overrides them with a reason, each with its reasons as the review baseline", async () => {
    const published = await t.db.verdict.findMany({
      where: { status: "PUBLISHED" },
      include: { recommended: { select: { slug: true } } },
    });
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const v of published) {
      expect(v.needsReview).toBe(false);
      const snapshot = v.engineSnapshot as { recommended: string[]; reasons: unknown[] };
      const explanation = v.explanation as { recommended: string[]; reasons: unknown[] };
      expect(snapshot.reasons.length).toBeGreaterThan(0);
      expect(explanation.reasons.length).toBeGreaterThan(0);
      const mine = v.recommended.map((r) => r.slug).sort();
      expect([...explanation.recommended].sort()).toEqual(mine);
      if (v.origin === "ENGINE") expect(mine).toEqual([...snapshot.recommended].sort());
      else expect(v).toMatchObject({ origin: "OVERRIDDEN", editorReason: expect.stringMatching(/\w{3,}/) });
    }
  });

  it("shows visible reasons on the public use-case page", async () => {
    const page = await getUseCasePage("back-office-tool", t.db);
    const explanation = page!.verdicts[0].explanation!;
    expect(explanation.label).toBe("Django");
    expect(explanation.reasons.some((r) => r.claims.length > 0)).toBe(true);
    expect(
      explanation.reasons.some((r) => r.decisions.some((d) => d.title === "Use Django for the marketplace back end")),
    ).toBe(true);
  });

  it("publishes only feature claims about a catalogue feature: no sentence shown as a feature called “Runs”", async () => {
    const features = await t.db.claim.findMany({
      where: { AND: [publicClaimWhere(), { kind: "FEATURE" }] },
      select: { statement: true, topic: true },
    });
    expect(features.length).toBeGreaterThan(0);
    const catalogue = new Set(Object.keys(FEATURE_NAMES));
    expect(features.filter((c) => !catalogue.has(c.topic ?? ""))).toEqual([]);
    const page = await getComparePage("django-vs-express", t.db);
    if (page?.kind !== "page") throw new Error("no demo compare page");
    expect(JSON.stringify(page.page)).not.toMatch(/"Runs"/);
  });

  it("gives the demo compare page verified figures to chart and keeps the sources' disagreements disputed", async () => {
    const result = await getComparePage("django-vs-fastapi", t.db);
    if (result?.kind !== "page") throw new Error("no demo compare page");
    const figures = result.page.performance.flatMap((m) => m.groups.flatMap((g) => g.measurements));
    expect(new Set(figures.map((m) => m.technology))).toEqual(new Set(["django", "fastapi"]));
    const open = await t.db.contradiction.findMany({
      where: { status: "OPEN" },
      include: { claimA: true, claimB: true },
    });
    expect(open.length).toBeGreaterThan(0);
    for (const c of open) expect([c.claimA.status, c.claimB.status]).toEqual(["DISPUTED", "DISPUTED"]);
  });
});
