/** @jest-environment node */
// The audit of the demo's verdicts, as a reader sees them (issue 11, item 7): every published
// verdict page and every wizard path (each use case, each of its questions ticked alone) rendered
// from the demo seed on SQLite, read as text, and held to what the re-audit asked of each reason:
// it speaks for the recommendation, it says why it counts here, it is shown once; every
// percentage has its one-line explanation; the chart counts what the confidence line counts.
import { writeFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import UseCasePage from "@/app/(public)/use-cases/[slug]/page";
import WizardPage from "@/app/(public)/wizard/page";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { publishedVerdictWhere } from "@/lib/public/visibility";
import { loadQuestionnaire } from "@/lib/wizard";
import { seed } from "../../../prisma/seed";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { pageText } from "./support/page-text";

const text = async (element: Promise<React.ReactElement> | React.ReactElement) => pageText(renderToStaticMarkup(await element));
/**
 * A claim reason as the engine words it: the verdict pages' `"statement" — a feature claim for Name,
 * from n independent sources` (the name first only when the statement lacks it), or the wizard's
 * `Name: "statement" (kind, for Name, n independent sources)`.
 */
const VERDICT_REASON = /^(?:(.+?): )?"(.+)" — an? [a-z ]+? for (.+?)(?:, ahead of every other technology measured the same way)?, from \d+ independent sources?/;
const WIZARD_REASON = /^(.+?): "(.+)" \((?:[a-z]+, )?(?:for (.+?)|ahead of every other technology measured the same way), \d+ independent sources?\)/;
function claimReason(line: string): { name: string; forName: string | null } | null {
  const v = VERDICT_REASON.exec(line);
  if (v) return { name: v[1] ?? v[3], forName: v[3] };
  const w = WIZARD_REASON.exec(line);
  return w ? { name: w[1], forName: w[3] ?? null } : null;
}
const TEAM_REASON = /^\d+ teams? with matching drivers chose (.+?) and reports? it worked/;

describe("the demo's verdicts and wizard paths, read as a reader would (SQLite)", () => {
  let t: TestDatabase;
  const verdictPages = new Map<string, string>();
  const wizardPages = new Map<string, string>();

  beforeAll(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
    await seed(t.db);
    const published = await t.db.useCase.findMany({ where: { deletedAt: null, verdicts: { some: publishedVerdictWhere() } }, select: { slug: true }, orderBy: { slug: "asc" } });
    for (const u of published) verdictPages.set(u.slug, await text(UseCasePage({ params: Promise.resolve({ slug: u.slug }) })));
    const questionnaire = await loadQuestionnaire(t.db);
    for (const useCase of questionnaire.useCases) {
      const category = questionnaire.categories.find((c) => c.key === useCase.category)!;
      for (const need of ["", ...category.drivers.map((d) => d.key)]) {
        const query = { useCase: useCase.slug, skills: "none", ...(need ? { needs: need } : {}) };
        wizardPages.set(JSON.stringify(query), (await text(WizardPage({ searchParams: Promise.resolve(query) }))).split("\nChange your answers")[0]);
      }
    }
  }, 600_000);

  afterAll(async () => {
    // AUDIT_DUMP=file writes every page read here, for the human audit listed in the report.
    if (process.env.AUDIT_DUMP) writeFileSync(process.env.AUDIT_DUMP, [...verdictPages, ...wizardPages].map(([k, v]) => `=== ${k}\n${v}`).join("\n\n"));
    await t.close();
    await closeReaderPool();
  });

  /** The lines of a page's "Why X" list: from the heading to the next heading-like line. */
  const whyLines = (page: string): { pick: string; lines: string[] } | null => {
    const lines = page.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Why "));
    if (at === -1) return null;
    const end = lines.findIndex((l, i) => i > at && /^(Nothing verified against it|Strongest counter-evidence|How each of these)/.test(l));
    return { pick: lines[at].slice(4), lines: lines.slice(at + 1, end === -1 ? undefined : end) };
  };

  it("publishes a verdict for the demo's use cases and asks every wizard path", () => {
    expect([...verdictPages.keys()]).toEqual(expect.arrayContaining(["back-office-tool", "model-inference-service", "public-json-api"]));
    expect(wizardPages.size).toBeGreaterThan(20);
  });

  it("every reason on a verdict page speaks for the published pick and says why it counts for this use case", () => {
    for (const [slug, page] of verdictPages) {
      const why = whyLines(page)!;
      const reasons = why.lines.filter((l) => claimReason(l) || TEAM_REASON.test(l));
      expect({ slug, shown: reasons.length > 0 }).toEqual({ slug, shown: true });
      for (const line of reasons) {
        const claim = claimReason(line);
        const name = claim ? claim.name : TEAM_REASON.exec(line)![1];
        expect({ slug, line, forPick: why.pick.split(" + ").includes(name) }).toEqual({ slug, line, forPick: true });
        if (claim?.forName) expect(claim.forName).toBe(name);
        expect({ slug, line, because: line.includes(" counts because: ") }).toEqual({ slug, line, because: true });
      }
    }
  });

  it("no claim is shown twice on a verdict page, and the runner-up's case is about the runner-up", () => {
    for (const [slug, page] of verdictPages) {
      const quoted = [...page.matchAll(/^(?:.+?: )?"(.+?)" (?:\(|— )/gm)].map((m) => m[1]);
      expect({ slug, repeated: quoted.filter((q, i) => quoted.indexOf(q) !== i) }).toEqual({ slug, repeated: [] });
      const runnerUp = /^Nothing verified against it\. The strongest case for an alternative, (.+)$/m.exec(page);
      if (runnerUp) {
        const after = page.split(runnerUp[0])[1].split("\n")[1];
        expect({ slug, after, about: after.startsWith(`${runnerUp[1]}: `) || after.includes(` for ${runnerUp[1]}, `) }).toEqual({ slug, after, about: true });
      }
    }
  });

  it("the evidence-balance chart counts the claims the confidence line counts", () => {
    for (const [slug, page] of verdictPages) {
      const line = /confidence when published: \d+% — (\d+) verified claims?/.exec(page);
      const chart = /^Supports: (\d+) claims?, weight/m.exec(page);
      if (!line) continue;
      expect({ slug, chart: Number(chart?.[1] ?? 0) }).toEqual({ slug, chart: Number(line[1]) });
    }
  });

  it("every claim the balance counts is named on the page: as many listed as the balance and the confidence line count", () => {
    for (const [slug, page] of verdictPages) {
      const summary = /^Evidence balance: supports: (?:(\d+) claims?|nothing)[^;]*; speaks against: (?:(\d+) claims?|nothing)/m.exec(page);
      const counted = (side: string) => Number(summary?.[side === "Supports" ? 1 : 2] ?? 0);
      const listed = page.split("\n").filter((l) => /^(Supports|Speaks against), [a-z]+: .+ \(weight [\d.]+\)$/.test(l));
      expect({ slug, listed: listed.length }).toEqual({ slug, listed: counted("Supports") + counted("Speaks against") });
    }
  });

  it("every percentage shown, on verdict pages and in the wizard, stands in its one-line explanation", () => {
    const EXPLAINED = /(confidence when published: \d+% — |^Confidence \d+%: )\d+ verified claims? from \d+ independent sources?/i;
    for (const [name, page] of [...verdictPages, ...wizardPages]) {
      for (const line of page.split("\n").filter((l) => /\d+%/.test(l))) expect({ name, line, explained: EXPLAINED.test(line) }).toEqual({ name, line, explained: true });
    }
  });

  it("every wizard reason speaks for the pick, through the use case or a ticked question, each claim once", () => {
    for (const [query, page] of wizardPages) {
      const why = whyLines(page);
      if (!why) continue;
      const reasons = why.lines.filter((l) => claimReason(l) || TEAM_REASON.test(l));
      for (const line of reasons) {
        const claim = claimReason(line);
        expect({ query, line, forPick: (claim ? claim.name : TEAM_REASON.exec(line)![1]) === why.pick }).toEqual({ query, line, forPick: true });
      }
      const linked = [...page.matchAll(/the claim “(.+?)”/g)].map((m) => m[1]);
      expect({ query, repeated: linked.filter((q, i) => linked.indexOf(q) !== i) }).toEqual({ query, repeated: [] });
    }
  });

  it("no hello-world benchmark is a reason anywhere: it measures an empty endpoint", () => {
    for (const [name, page] of [...verdictPages, ...wizardPages]) {
      for (const line of [...(whyLines(page)?.lines ?? [])]) expect({ name, line, hello: /hello-world/.test(line) }).toEqual({ name, line, hello: false });
    }
  });
});
