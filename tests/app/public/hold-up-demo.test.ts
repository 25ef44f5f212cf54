/** @jest-environment node */
// The independent reader's findings on the demo's public site and wizard (issue #11, "Verdicts that
// hold up"), on the demo as `npm run demo` shows it (SQLite, seeded): each page read as a reader would.
import DecisionPage from "@/app/(public)/decisions/[slug]/page";
import { publicDecisionWhere } from "@/lib/resources/visibility";
import { textOf as text, useSeededDemo, verdictPageText as verdictPage, wizardText } from "./support/demo-pages";

const wizard = (useCase: string, skills: string, needs: string) =>
  wizardText(useCase, skills, needs).then((page) => page.split("\nChange your answers")[0]);
/** The wizard's ranked options that some checked evidence speaks to, the pick aside. */
const evidencedOthers = (page: string) => {
  const pick = /^→ (.+?)(?: — .+)?$/m.exec(page)?.[1];
  const placed = page.split("\nWhat placed each one there\n")[1] ?? "";
  return placed
    .split("\n")
    .map((l) => /^(.+?): (.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m && m[1] !== pick && !m[2].startsWith("No checked evidence"))
    .map((m) => m[1]);
};

describe("the demo's verdicts and wizard hold up (issue #11, SQLite)", () => {
  const demo = useSeededDemo();

  it("F1: the confidence line names the next option's evidence against it, never 'no scoring alternative' beside it", async () => {
    const page = await verdictPage("public-json-api");
    const line = /^Evidence-weighted confidence when published: .+$/m.exec(page)![0];
    expect(line).toContain(
      "; nothing verified against it; 2 pieces of evidence against Django; no other option has evidence for it; ",
    );
    expect(line).not.toContain("no scoring alternative");
    for (const [useCase, needs] of [
      ["public-json-api", ""],
      ["content-site-cms", "needs-admin-ui"],
    ]) {
      const result = await wizard(useCase, "none", needs);
      const confidence = /^Confidence \d+%: .+$/m.exec(result)![0];
      expect({ useCase, others: evidencedOthers(result).length > 0 }).toEqual({ useCase, others: true });
      expect({ useCase, confidence }).toEqual({
        useCase,
        confidence: expect.stringMatching(
          /; \d+ pieces? of evidence against [\w.]+(, the next option|; no other option has evidence for it); /,
        ),
      });
      expect(confidence).not.toContain("no scoring alternative");
    }
  });

  it("F4: a ticked need that weighed nothing is counted as an answer, says why it moved nothing, and the score note never says none was ticked", async () => {
    const page = await wizard("public-json-api", "none", "needs-admin-ui");
    expect(page).toContain(
      "How your answers counted · no answer moved the scores (team skills: none named; 1 ticked need not weighed here)",
    );
    expect(page).toMatch(/^Ticked, but not weighed here: needs an admin UI\. Public JSON API is not chosen on it/m);
    expect(page).not.toContain("You ticked no needs");
    expect(page).toContain(
      "The need you ticked is not one this use case is chosen on and adds nothing: that is the whole score",
    );
    const both = await wizard("public-json-api", "none", "needs-admin-ui,realtime-websockets");
    expect(both).toContain(
      "How your answers counted · realtime updates / WebSockets moved the scores; no change from team skills: none named; 1 ticked need not weighed here",
    );
  });

  it("F6: a result with no pick is headed so, never 'Our recommendation' over 'No recommendation yet'", async () => {
    const page = await wizard("web-app-database", "none", "");
    expect(page).not.toMatch(/^→ /m);
    expect(page).not.toContain("\nOur recommendation\n");
    expect(page).toContain("\nNo recommendation yet\n");
    expect(page.match(/No recommendation yet/g)).toHaveLength(2); // the announcement and the heading
    expect(page).toContain("No checked evidence supports any of these databases for these answers yet.");
  });

  it("F3: no public page says 'drivers' in our words: a team's reason and a decision's page say what mattered", async () => {
    const pages = [await verdictPage("back-office-tool"), await verdictPage("model-inference-service")];
    for (const d of await demo().db.decision.findMany({ where: publicDecisionWhere(), select: { slug: true } }))
      pages.push(await text(DecisionPage({ params: Promise.resolve({ slug: d.slug }) })));
    expect(pages.join("\n")).toMatch(/\d+ teams? with (the same needs|\d+ of these \d+ needs) .*chose /);
    for (const page of pages) {
      // A team's own words and labels may name database drivers; our own wording never says "drivers".
      const ours = page.replace(/\b(async|database) drivers\b/gi, "");
      expect(ours).not.toMatch(/\bdrivers?\b/i);
    }
  });
});
