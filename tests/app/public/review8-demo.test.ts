/** @jest-environment node */
// Review 8's findings on the demo's verdict and wizard pages (issue #11), on the demo as
// `npm run demo` shows it (SQLite, seeded): each page read as a reader reads it.
import { buildEngine } from "@/lib/editorial/engine";
import { naturalStatement } from "@/lib/public/format";
import { loadPublicEvidence, loadQuestionnaire } from "@/lib/wizard/recommend";
import { rankCandidates } from "@/lib/wizard/rank";
import { renderToStaticMarkup } from "react-dom/server";
import WizardPage from "@/app/(public)/wizard/page";
import { pageText } from "./support/page-text";
import {
  NEXT_LIST_HEADING,
  textOf,
  useSeededDemo,
  verdictPageText as verdictPage,
  wizardText,
} from "./support/demo-pages";

const DEMO_USE_CASES = [
  "public-json-api",
  "back-office-tool",
  "content-site-cms",
  "model-inference-service",
  "small-internal-service",
];

describe("review 8 on the demo (SQLite)", () => {
  const demo = useSeededDemo();

  it("1: the list of an option's claims is headed as the confidence line names it, never 'the next option' below zero", async () => {
    const page = await verdictPage("public-json-api");
    const line = /^Evidence-weighted confidence[^:]*: .+$/m.exec(page)![0];
    expect(line).toContain("2 pieces of evidence against Django; no other option has evidence for it");
    expect(page).not.toMatch(/For and against Django, the next option/);
    expect(page).toContain(
      "\nEvidence against Django (it scores below zero; no other option has evidence for it) (2):\n",
    );
    // Over every demo use case: the heading calls the option "the next option" exactly when the line does.
    let headed = 0;
    for (const slug of DEMO_USE_CASES) {
      const text = await verdictPage(slug).catch(() => "");
      const heading = NEXT_LIST_HEADING.exec(text);
      if (!heading) continue;
      headed += 1;
      const name = heading[1] ?? heading[2];
      const confidence = /^Evidence-weighted confidence[^:]*: .+$/m.exec(text)![0];
      expect({ slug, next: heading[0].includes("the next option") }).toEqual({
        slug,
        next: confidence.includes(`${name}, the next option`) || confidence.includes(`; ${name} next (`),
      });
    }
    expect(headed).toBeGreaterThanOrEqual(2);
  });

  it("4: a ticked need's count shown, the claims listed under it and the claims the one function finds for it agree, on every demo use case (H7)", async () => {
    const db = demo().db;
    const questionnaire = await loadQuestionnaire(db);
    const evidence = await loadPublicEvidence(db);
    const engine = await buildEngine(evidence);
    let checked = 0;
    let compared = 0;
    // One need described alike by several use cases counts the same claims on each.
    const byNeed = new Map<string, { where: string; ids: string[] }>();
    for (const useCase of questionnaire.useCases) {
      for (const need of useCase.needs) {
        const answers = { useCase: useCase.slug, skills: ["none"], needs: [need.key] };
        const [found] = rankCandidates(questionnaire, answers, evidence, engine).drivers;
        const where = `${useCase.slug} / ${need.key}`;
        const ids = (found?.claims ?? []).map((c) => c.claim.id).sort();
        const alike = `${useCase.category} ${JSON.stringify([need.key, need.terms, need.metrics])}`;
        const before = byNeed.get(alike);
        if (before) {
          compared += 1;
          expect({ where, ids }).toEqual({ where, ids: before.ids });
        } else byNeed.set(alike, { where, ids });
        if (!found || found.claims.length === 0) continue;
        checked += 1;
        // The one function: every claim it counts is one the verdict engine reads as about this need.
        for (const { claim } of found.claims)
          expect({ where, claim: claim.statement, about: engine.needKeysOf(claim, useCase.slug) }).toEqual({
            where,
            claim: claim.statement,
            about: expect.arrayContaining([need.key]),
          });
        const page = (await wizardText(useCase.slug, "none", need.key)).split("\nChange your answers")[0];
        const label = questionnaire.categories
          .find((c) => c.key === useCase.category)!
          .drivers.find((d) => d.key === need.key)!.label;
        const lines = page.split("\n");
        const at = lines.findIndex((l) => l.startsWith(`${label}: `) && /\(\d+ claims?\)/.test(l));
        expect({ where, line: at >= 0 }).toEqual({ where, line: true });
        // Listed: exactly the claims counted.
        const listed = [...(lines[at + 1] ?? "").matchAll(/the claim “(.+?)”(?= ,|$)/g)].map((m) => m[1]).sort();
        expect({ where, listed }).toEqual({
          where,
          listed: found.claims.map((c) => naturalStatement(c.claim.statement)).sort(),
        });
        // Said: each option's count is the number of those claims that count for or against it.
        for (const m of lines[at].matchAll(/([A-Z][\w.]*(?: [A-Z][\w.]*| on [A-Z]\w*)*) \((\d+) claims?\)/g)) {
          const slug = Object.entries(evidence.technologyNames ?? {}).find(([, name]) => name === m[1])?.[0];
          expect({ where, option: m[1], count: Number(m[2]) }).toEqual({
            where,
            option: m[1],
            count: found.claims.filter((c) => c.signs.has(slug!)).length,
          });
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(compared).toBeGreaterThanOrEqual(1);
  });

  it("2: a team that knows two languages, given as two skills in the address, has both ticked and both counted (G9/H8)", async () => {
    const html = renderToStaticMarkup(
      await WizardPage({
        searchParams: Promise.resolve({
          useCase: "back-office-tool",
          skills: ["php", "python"],
          needs: "background-jobs",
        }),
      }),
    );
    for (const skill of ["php", "python"])
      expect(html).toMatch(
        new RegExp(`<input type="checkbox" id="wizard-skills-${skill}" name="skills" checked="" value="${skill}"`),
      );
    expect(html).not.toMatch(/<input type="radio"[^>]*name="skills"/);
    const page = pageText(html).split("\nChange your answers")[0];
    // Both count in the ranking: the options in either language are the team's.
    const knows = Object.fromEntries(
      [...page.matchAll(/^([A-Z][\w. ]*?) \| \| (yes|no) \| \| [−-]?\d+\.\d\d$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(knows).toMatchObject({ Django: "yes", FastAPI: "yes", Flask: "yes", Laravel: "yes", Express: "no" });
    // And in the explanations, by name.
    expect(page).toMatch(/^The team knows PHP and Python\. PHP: .* Python: /m);
    // A comma-separated list is read the same; one skill alone counts only its own.
    const comma = await wizardText("back-office-tool", "php,python", "background-jobs");
    expect(comma).toMatch(/^The team knows PHP and Python\. PHP: .* Python: /m);
    const one = await wizardText("back-office-tool", "php", "background-jobs");
    expect(one).toMatch(/^Django \| \| no \| \| /m);
  });

  it("2: an unknown skill in the address is said, never silently dropped", async () => {
    const page = await textOf(
      WizardPage({
        searchParams: Promise.resolve({ useCase: "back-office-tool", skills: ["python", "cobol"] }),
      }),
    );
    expect(page).toContain('Not an option here: "cobol". Choose from the options below.');
    expect(page).not.toContain("Our recommendation");
  });
});
