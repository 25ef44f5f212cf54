/** @jest-environment node */
// The independent reviewer's findings on the wizard (review 12, R12-2, R12-5, R12-6, R12-7), each on
// the demo as `npm run demo` shows it (SQLite, seeded), then the rule behind each over random answers.
import fc from "fast-check";
import type { WizardOutcome } from "@/lib/wizard";
import { LISTED_MAX } from "@/lib/wizard/reasons";
import { useDemoWizard, wizardText } from "./support/demo-pages";

const SEED = 20261212;
const piecesAgainst = (line: string) => {
  const m = /(\d+) pieces? of evidence against it/.exec(line);
  return m ? Number(m[1]) : /nothing verified against it/.test(line) ? 0 : null;
};

describe("the demo's wizard after review 12 (SQLite)", () => {
  const { world, rank } = useDemoWizard();
  const answers = () =>
    fc.constantFrom(...world().questionnaire.useCases).chain((u) => {
      const category = world().questionnaire.categories.find((c) => c.key === u.category)!;
      return fc.record({
        useCase: fc.constant(u.slug),
        skills: fc
          .subarray(category.skills.map((s) => s.value).filter((v) => v !== "none"))
          .map((s) => (s.length ? s : ["none"])),
        needs: fc.subarray(category.drivers.map((d) => d.key)),
      });
    });

  it("R12-2: the evidence the confidence line counts against the pick is listed, with its basis, ticked need or not", async () => {
    const o = rank({ useCase: "back-office-tool", skills: ["none"], needs: [] });
    expect(piecesAgainst(o.confidenceLine)).toBe(1);
    expect(o.against.map((x) => [x.text, x.basis])).toEqual([
      [
        expect.stringMatching(
          /^"Django has no built-in background jobs; the usual replacement is Celery\." — counts against Django/,
        ),
        "Background jobs and scheduled tasks",
      ],
    ]);
    // The same with skills that put another option first, and with the need ticked.
    for (const a of [
      { useCase: "back-office-tool", skills: ["php"], needs: [] },
      { useCase: "back-office-tool", skills: ["ruby"], needs: ["background-jobs"] },
    ]) {
      const x = rank(a);
      expect([a, x.against.length]).toEqual([a, piecesAgainst(x.confidenceLine)]);
      expect([a, x.against.length]).not.toEqual([a, 0]);
    }
    const page = await wizardText("back-office-tool", "none", "");
    expect(page).toMatch(/^Counted against Django · 1 claim$/m);
  });

  it("R12-2, over random answers: the pieces counted against the pick are the claims listed against it", () => {
    fc.assert(
      fc.property(answers(), (a) => {
        const o = rank(a);
        if (!o.recommended) return;
        const n = piecesAgainst(o.confidenceLine);
        if (n === null) return;
        expect([a, o.against.length]).toEqual([a, Math.min(n, LISTED_MAX)]);
      }),
      { seed: SEED, numRuns: 80 },
    );
  }, 300_000);

  it("R12-5: an answer that narrowed the lead is said with every option it favoured, in score order", () => {
    const o = rank({
      useCase: "small-internal-service",
      skills: ["ruby"],
      needs: ["small-service", "time-to-first-release", "background-jobs"],
    });
    expect(o.confidenceExplanation).toMatch(
      /Background jobs and scheduled tasks favoured Laravel more than Ruby on Rails; your Ruby skills outweighed it\./,
    );
    expect(o.confidenceExplanation).not.toMatch(/favoured Laravel;/);
  });

  it("R12-6: the same needs on the same ranking give the same need lines, whatever skills changed nothing", () => {
    const needs = [
      "needs-admin-ui",
      "needs-auth",
      "time-to-first-release",
      "editors-non-developers",
      "background-jobs",
    ];
    const ruby = rank({ useCase: "back-office-tool", skills: ["ruby"], needs });
    const none = rank({ useCase: "back-office-tool", skills: ["none"], needs });
    const order = (o: WizardOutcome) => o.ranking.map((r) => r.slug);
    expect(order(ruby)).toEqual(order(none));
    const needLines = (o: WizardOutcome) => o.factors.filter((f) => f.question === "need").map((f) => f.text);
    expect(needLines(ruby)).toEqual(needLines(none));
    expect(needLines(ruby).join("\n")).not.toMatch(/your answers together changed it/);
  });

  it("R12-7: no clause after 'X:' starts with a conjunction, on the database use cases with two skills and over random answers", () => {
    for (const useCase of ["web-app-database", "embedded-app-database"]) {
      const skills = rank({ useCase, skills: ["postgresql", "sqlite"], needs: [] }).factors.find(
        (f) => f.question === "skills",
      )!.text;
      expect(skills).toMatch(/PostgreSQL: no checked evidence speaks for or against PostgreSQL on these answers/);
      expect(skills).not.toMatch(/: but\b/);
    }
    fc.assert(
      fc.property(answers(), (a) => {
        const o = rank(a);
        for (const f of o.factors) expect([a, f.text]).not.toEqual([a, expect.stringMatching(/: (but|and|or|so)\b/)]);
      }),
      { seed: SEED, numRuns: 80 },
    );
  }, 300_000);
});
