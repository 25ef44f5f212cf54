/** @jest-environment node */
// Review 12's findings on the demo's verdicts (issue 11, R12-1, R12-4, R12-3, R12-8; review 13's R13-2, R13-3, R13-4), each as the demo
// shows it: the seed on a fresh SQLite database, pages rendered on the server as text, the API's JSON.
import TechnologyPage from "@/app/(public)/technologies/[slug]/page";
import { textOf, useSeededDemo, verdictPageText, wizardText } from "./support/demo-pages";
import { api } from "../api/v1/support";

const PUBLISHED = ["back-office-tool", "model-inference-service", "public-json-api"];

const lineOf = (page: string, start: string) => page.split("\n").find((l) => l.includes(start)) ?? "";

describe("the demo after review 12 (SQLite)", () => {
  const demo = useSeededDemo();

  it("R12-1: the confidence line dates the evidence counted for the pick, not the next option's", async () => {
    // Django's counted claims: independent sources of Oct 2025 (and undated ones), our own write-up of
    // 1 Dec 2025. Feb 2026 is only the date of a source for Laravel, the next option.
    const expected = /; newest source Oct 2025 \(our own write-up Dec 2025\)\./;
    const verdict = lineOf(await verdictPageText("back-office-tool"), "Evidence-weighted confidence");
    expect(verdict).toMatch(/\d+% — .*; Laravel next \(/);
    expect(verdict).toMatch(expected);
    expect(verdict).not.toMatch(/Feb 2026/);
    const wizard = lineOf(await wizardText("back-office-tool", "none", ""), "Confidence");
    expect(wizard).toMatch(expected);
    expect(wizard).not.toMatch(/Feb 2026/);
  });

  it("R12-4: a pick whose only claim rests on our dated write-up is given that date, never 'no dated source'", async () => {
    for (const [useCase, needs] of [
      ["back-office-tool", "background-jobs"],
      ["small-internal-service", ""],
    ]) {
      const line = lineOf(await wizardText(useCase, "ruby", needs), "Confidence");
      expect(line).toMatch(/none from an independent source for it/);
      expect(line).not.toMatch(/no dated source/);
      expect(line).toMatch(/no dated independent source \(our own write-up Dec 2025\)/);
    }
  });

  it("R12-8: the verdict API gives the page's 'What would change this' sentence and its confidence line, the band apart", async () => {
    for (const useCase of PUBLISHED) {
      const page = await verdictPageText(useCase);
      const { explanation } = (await api(`/api/v1/verdicts/${useCase}`)).json;
      const shown = page.split("\n")[page.split("\n").indexOf("What would change this") + 1];
      expect(explanation.whatWouldChange?.text).toBeTruthy();
      expect(shown.startsWith(explanation.whatWouldChange.text)).toBe(true);
      expect(explanation.confidenceLine).not.toMatch(/confidence on our scale/);
      expect(page).toContain(
        `Evidence-weighted confidence when published: ${explanation.confidenceLine.replace(/^(\d+%):/, "$1 —")}`,
      );
      expect(explanation.confidenceDetails).toEqual([
        expect.stringMatching(/^(Low|Moderate|Strong) confidence on our scale/),
      ]);
    }
  });

  it("R12-3: why no counted claim speaks to high traffic is said per group of figures, each by its own reason", async () => {
    const line = lineOf(await verdictPageText("public-json-api"), "No counted claim speaks to high traffic");
    // Express's 8,000 req/s and 38 ms p95 were on a database-read endpoint: not "hello world".
    expect(line).not.toMatch(/\(the throughput figures were taken on a "hello world" endpoint/);
    expect(line).toMatch(/taken on a "hello world" endpoint, which measures no real workload/);
    expect(line).toMatch(
      /figures? for Express(?: \([^)]*\))? (was|were) on a real workload, but no figure in the same setup ranks (it|them) above or below another of these frameworks/,
    );
  });

  it("R13-2: a group of uncounted figures of several metrics is counted as figures, its metrics named apart", async () => {
    const line = lineOf(await verdictPageText("public-json-api"), "No counted claim speaks to high traffic");
    expect(line).toMatch(/2 figures for Express \(latency p95 and throughput\) were on a real workload/);
    expect(line).not.toMatch(/\d+ latency p95 and throughput figures/);
  });

  it("R13-3: the verdict API says which needs no counted claim speaks to, in the page's own sentences", async () => {
    let spoken = 0;
    for (const useCase of PUBLISHED) {
      const page = (await verdictPageText(useCase)).split("\n");
      const verdict = (await api(`/api/v1/verdicts/${useCase}`)).json;
      const onPage = page.filter((l) => l.startsWith("No counted claim speaks to"));
      expect(verdict.unspokenText).toEqual(onPage);
      expect(verdict.unspokenNeeds.map((n: { label: string }) => n.label).length).toBeGreaterThanOrEqual(onPage.length);
      const [byUseCase] = (await api(`/api/v1/use-cases/${useCase}`)).json.verdicts;
      expect(byUseCase.unspokenText).toEqual(onPage);
      spoken += onPage.length;
    }
    expect(spoken).toBeGreaterThan(0);
  });

  it("R12-9: a technology page's disputed claim says which listed claim it contradicts", async () => {
    const open = await demo().db.contradiction.findMany({
      where: { status: "OPEN", deletedAt: null },
      select: {
        claimA: { select: { slug: true, statement: true, technologies: { select: { slug: true } } } },
        claimB: { select: { slug: true, statement: true } },
      },
    });
    expect(open.length).toBeGreaterThan(0);
    for (const { claimA, claimB } of open) {
      const html = await textOf(TechnologyPage({ params: Promise.resolve({ slug: claimA.technologies[0].slug }) }));
      const disputed = html.slice(html.indexOf("Disputed or refuted")).split("\n");
      // The line of claim A in that list names claim B after "Contradicts".
      const line = disputed.find((l) => l.startsWith(claimA.statement)) ?? "";
      expect(line).toContain(`Contradicts ${claimB.statement}`);
    }
  });

  it("R13-4: the wizard API quotes claims in the page's words ('… recommended for a streaming inference API')", async () => {
    const answers = "useCase=model-inference-service&skills=python";
    const result = JSON.stringify((await api(`/api/v1/wizard?${answers}`)).json);
    const page = await wizardText("model-inference-service", "python", "");
    expect(page).toContain("FastAPI is recommended for a streaming inference API.");
    expect(result).toContain("FastAPI is recommended for a streaming inference API.");
    expect(result).not.toMatch(/recommended for streaming inference API/);
  });
});
