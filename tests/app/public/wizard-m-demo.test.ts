/** @jest-environment node */
// The independent reviewer's findings on the wizard's explanation sentences (issue 11, N1–N6, F8),
// each on the demo as `npm run demo` shows it (SQLite, seeded); then, over random answers to every use
// case of the demo, that every answer credited with changing the ranking did change it when removed,
// that every skill named is accounted for, and that "changed it" is said only where it did.
import fc from "fast-check";
import { languageLabel } from "@/lib/resources/categories";
import type { WizardOutcome } from "@/lib/wizard";
import { useDemoWizard, wizardText } from "./support/demo-pages";

const lineOf = (page: string, start: string) => page.split("\n").find((l) => l.startsWith(start)) ?? "";
const SEED = 20261206;

describe("the demo's wizard sentences after review M (SQLite)", () => {
  const { world, rank } = useDemoWizard();
  const orderOf = (o: WizardOutcome) => o.ranking.map((r) => r.slug).join(" ");

  it("N1: with several skills, the skills line accounts for each one, the pick's own language too", async () => {
    const page = await wizardText("back-office-tool", "python,javascript", "background-jobs");
    const line = lineOf(page, "The team knows");
    expect(line).toMatch(
      /Python: Django is in Python, and the evidence already puts Django first, so knowing Python did not change the ranking\./,
    );
    expect(line).toMatch(
      /JavaScript: checked advice for a team that knows JavaScript speaks for Express \(.*\), which is no evidence on this use case's needs, and no checked claim on them or on your answers counts for it; no checked evidence speaks for or against Next\.js on these answers, so knowing JavaScript did not change the ranking\./,
    );
  });

  it("N2: needs that changed no order, alone or with the others, are never said to have changed it together", async () => {
    const page = await wizardText(
      "back-office-tool",
      "python",
      "needs-admin-ui,needs-auth,editors-non-developers,time-to-first-release",
    );
    expect(page).not.toMatch(/your answers together changed it/);
    expect(lineOf(page, "Content is edited by non-developers:")).toMatch(
      /favours Django \(1 claim\), not enough to change the order\./,
    );
  });

  it("N3: only a skill whose removal changes the order is credited with outweighing a need", async () => {
    const o = rank({ useCase: "back-office-tool", skills: ["php", "ruby"], needs: ["needs-admin-ui"] });
    expect(o.confidenceExplanation).toMatch(/Needs an admin UI favoured Django; your PHP skills outweighed it\./);
    expect(o.confidenceExplanation).not.toMatch(/PHP and Ruby skills/);
    // Ruby did nothing: without it the order is the same; without PHP it is not.
    expect(orderOf(rank({ useCase: "back-office-tool", skills: ["php"], needs: ["needs-admin-ui"] }))).toBe(orderOf(o));
    expect(orderOf(rank({ useCase: "back-office-tool", skills: ["ruby"], needs: ["needs-admin-ui"] }))).not.toBe(
      orderOf(o),
    );
  });

  it("N4: what would raise it weighs the what-if rule's plausible changes, sources and refutation alike, naming the claims tried", () => {
    const o = rank({ useCase: "back-office-tool", skills: ["ruby"], needs: ["background-jobs"] });
    const line = o.confidenceExplanation;
    expect(line).not.toMatch(/score on it/);
    expect(line).toMatch(
      /What would raise it: no single plausible change to the checked evidence: neither 3 more independent sources behind the one claim for Ruby on Rails \(such as “Ruby on Rails has background jobs built in\.”, counted through background jobs and scheduled tasks\) nor refuting any one of the \d strongest claims for Django \(such as “Django has an admin interface built in\.”, counted through needs an admin UI\) would put Ruby on Rails ahead of Django on the evidence/,
    );
  });

  it("N5: the figures read but not counted for a need are every figure on its metrics that did not count, the hello-world ones too", async () => {
    const page = await wizardText("model-inference-service", "none", "high-traffic-io");
    const line = lineOf(page, "High traffic, I/O-bound:");
    expect(line).toMatch(
      /“Django achieved about 3,900 requests per second [^”]*endpoint hello-world\)\.” \(taken on an empty endpoint, which measures no real workload\); 7 more figures for Django, Express, FastAPI and Laravel taken on an empty endpoint, which measures no real workload\./,
    );
    expect(line).toMatch(
      /Express achieved about 8,000 requests per second .*\(a throughput figure: this use case weighs high traffic, I\/O-bound by latency, response time, p95 or p99 only\)/,
    );
    const o = rank({ useCase: "model-inference-service", skills: ["none"], needs: ["high-traffic-io"] });
    const figures = world().evidence.claims.filter((c) => c.kind === "PERFORMANCE" && c.status === "VERIFIED");
    expect(figures.length).toBe(10);
    // Counted or said not counted, each one: the three quoted and the 7 more.
    expect(o.factors.find((f) => f.key === "high-traffic-io")?.claimIds).toEqual([]);
  });

  it("N6: every reason's 'Counts for:' line has one format, a need ticked or not", async () => {
    for (const needs of ["", "needs-admin-ui,needs-auth,editors-non-developers,time-to-first-release"]) {
      const page = await wizardText("back-office-tool", "python", needs);
      const lines = page.split("\n").filter((l) => l.startsWith("Counts for: "));
      expect(lines.length).toBeGreaterThan(3);
      for (const l of lines)
        expect(l).toMatch(/^Counts for: Internal back-office tool · counts because: [^·]+(?: · evidence: .+)?$/);
    }
  });

  it("F8: with a short time to first release ticked, its line says what the delivery-speed advice listed under it says", async () => {
    const page = await wizardText("back-office-tool", "python", "time-to-first-release");
    const line = lineOf(page, "Needs a short time to first release:");
    expect(line).not.toMatch(/no checked claim about it/);
    expect(line).toMatch(/^Needs a short time to first release: favours Django \(1 claim\)/);
    const o = rank({ useCase: "back-office-tool", skills: ["python"], needs: ["time-to-first-release"] });
    const friday = world().evidence.claims.find((c) => /by Friday/.test(c.statement))!;
    expect(o.factors.find((f) => f.key === "time-to-first-release")?.claimIds).toEqual([friday.id]);
  });

  it("over random answers to every use case: credited answers changed the ranking, every skill is accounted for, 'changed it' only where it did", () => {
    const skillsOf = (category: string) =>
      [
        ...new Set(
          world()
            .questionnaire.categories.find((c) => c.key === category)!
            .technologies.map((t) => t.language ?? ""),
        ),
      ]
        .filter(Boolean)
        .map((l) => l.toLowerCase());
    const answers = fc.constantFrom(...world().questionnaire.useCases).chain((u) => {
      const category = world().questionnaire.categories.find((c) => c.key === u.category)!;
      const skills =
        category.skillsBy === "language" ? skillsOf(category.key) : category.technologies.map((t) => t.slug);
      return fc.record({
        useCase: fc.constant(u.slug),
        skills: fc.subarray(skills).map((s) => (s.length ? s : ["none"])),
        needs: fc.subarray(category.drivers.map((d) => d.key)),
      });
    });
    fc.assert(
      fc.property(answers, (a) => {
        const o = rank(a);
        const order = orderOf(o);
        const category = world().questionnaire.categories.find(
          (c) => c.key === world().questionnaire.useCases.find((u) => u.slug === a.useCase)!.category,
        )!;
        const skillLine = o.factors.find((f) => f.question === "skills")!.text;
        const known = a.skills.filter((s) => s !== "none");
        const nameOf = (s: string) =>
          category.skillsBy === "language" ? languageLabel(s) : category.technologies.find((t) => t.slug === s)!.name;
        const without = (skill: string) => {
          const rest = known.filter((s) => s !== skill);
          return orderOf(rank({ ...a, skills: rest.length ? rest : ["none"] }));
        };
        // Every skill named, and each clause true of it.
        const starts = known.map((s) => (known.length === 1 ? 0 : skillLine.indexOf(`. ${nameOf(s)}: `)));
        known.forEach((s, k) => {
          expect([a, s, starts[k]]).toEqual([a, s, expect.any(Number)]);
          expect(starts[k]).toBeGreaterThanOrEqual(0);
          const next = Math.min(...starts.filter((x) => x > starts[k]), skillLine.length);
          const clause = skillLine.slice(starts[k], next);
          if (/did not change the ranking/.test(clause)) expect([a, s, without(s)]).toEqual([a, s, order]);
          else expect([a, s, without(s)]).not.toEqual([a, s, order]);
        });
        // "Your X skills outweighed it": each skill credited changed the order.
        const credited = /your ([A-Za-z., ]+?) skills outweighed/.exec(o.confidenceExplanation)?.[1];
        if (credited)
          for (const s of known)
            if (new RegExp(`\\b${nameOf(s).replace(/[.]/g, "\\.")}\\b`).test(credited))
              expect([a, s, without(s)]).not.toEqual([a, s, order]);
        // A need said to have changed the order did (removing it changes it); "together" only where the ticked needs together did.
        const noNeeds = orderOf(rank({ ...a, needs: [] }));
        for (const f of o.factors.filter((x) => x.question === "need" && !x.key.startsWith(":") && x.key)) {
          if (/your answers together changed it/.test(f.text))
            expect([a, f.key, noNeeds]).not.toEqual([a, f.key, order]);
          if (f.moved && !/not enough/.test(f.text)) {
            const alone = orderOf(rank({ ...a, needs: a.needs.filter((n) => n !== f.key) }));
            const spread = new Set(o.ranking.map((r) => r.score)).size > 1;
            if (spread) expect([a, f.key, alone]).not.toEqual([a, f.key, order]);
          }
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 300_000);
});
