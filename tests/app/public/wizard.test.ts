/** @jest-environment node */
// /wizard rendered to HTML from its URL, as a visitor without JavaScript receives it: the first
// question from the use cases, the next ones from the chosen use case's category.
import { renderToStaticMarkup } from "react-dom/server";
import WizardPage from "@/app/(public)/wizard/page";
import HomePage from "@/app/(public)/page";
import type { TestDatabase } from "../../support/databases";
import { openAppWorld, PRIVATE_STATEMENTS, type World } from "../../lib/public/world";

const render = async (query: Record<string, string | string[]>) =>
  renderToStaticMarkup(await WizardPage({ searchParams: Promise.resolve(query) }));
const FULL = { useCase: "back-office-tool", skills: "python", needs: "needs-admin-ui" };

describe("the wizard page", () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    ({ t, w } = await openAppWorld("sqlite"));
  }, 60_000);
  afterAll(async () => t.close());

  it("starts with one question, what you are building, its use cases grouped by category, and no result", async () => {
    const page = await render({});
    expect(page).toMatch(/<form[^>]* action="\/wizard" method="get"/);
    expect(page.match(/<fieldset/g)).toHaveLength(1);
    expect(page).toContain("<legend>");
    expect(page).toContain('<p class="wizard-group">Frameworks</p>');
    expect(page).toMatch(
      /<input type="radio" id="wizard-useCase-back-office-tool" name="useCase" value="back-office-tool"/,
    );
    expect(page).toContain(">Next</button>");
    expect(page).not.toContain("Our recommendation");
    expect(page).not.toContain("Please answer");
  });

  it("a chosen use case brings the team's languages and its category's drivers as the next questions", async () => {
    const page = await render({ useCase: "back-office-tool" });
    expect(page.match(/<fieldset/g)).toHaveLength(3);
    expect(page).toMatch(/id="wizard-useCase-back-office-tool" name="useCase" checked="" value="back-office-tool"/);
    // A team may know several languages: each is a checkbox (G9/H8).
    expect(page).toMatch(/<input type="checkbox" id="wizard-skills-javascript" name="skills" value="javascript"/);
    expect(page).toMatch(/<input type="checkbox" id="wizard-needs-needs-admin-ui" name="needs" value="needs-admin-ui"/);
    expect(page).toContain("Show my recommendation");
    expect(page).not.toContain("Answer this question.");
    const submitted = await render({ useCase: "back-office-tool", show: "1" });
    expect(submitted).toContain("Please answer the questions marked below.");
    expect(submitted.match(/Answer this question\./g)).toHaveLength(1);
  });

  it("renders the recommendation from the URL alone: how each answer counted, and the claim behind the reason", async () => {
    const page = await render(FULL);
    expect(page).toContain("Our recommendation");
    expect(page).toContain('href="/technologies/django"');
    expect(page).toContain(`href="/claims/${w.verified.slug}"`);
    expect(page).toContain("How your answers counted");
    expect(page).toMatch(/Confidence \d+%: /);
    expect(page).toMatch(/id="wizard-needs-needs-admin-ui" name="needs" checked="" value="needs-admin-ui"/);
    // The no-JS form's repeated checkboxes give the same result.
    expect(await render({ useCase: "back-office-tool", skills: "python", needs: ["needs-admin-ui"] })).toContain(
      "Our recommendation",
    );
    for (const statement of PRIVATE_STATEMENTS) expect(page).not.toContain(statement);
  });

  it("the ranking's evidence score says what it is: its range for the answers given, how it is made, and every score within it", async () => {
    const page = await render(FULL);
    // One need ticked: the use case's own evidence (±1) and that need (±0.5).
    expect(page).toContain("Evidence score (−1.5 to +1.5)</th>");
    expect(page).toMatch(/<table class="data-table" aria-describedby="wizard-score-note">/);
    const note = /<p id="wizard-score-note"[^>]*>([^<]+)<\/p>/.exec(page)?.[1] ?? "";
    expect(note).toContain("from −1 to +1");
    expect(note).toContain("Each need you ticked adds from −0.5 to +0.5");
    expect(note).toContain("scores run from −1.5 to +1.5");
    const scores = [...page.matchAll(/<td>(-?\d+\.\d\d)<\/td>/g)].map((m) => Number(m[1]));
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores) expect(Math.abs(score)).toBeLessThanOrEqual(1.5);
  });

  it("the home page asks what you are building, each use case a link into the wizard", async () => {
    const page = renderToStaticMarkup(await HomePage());
    expect(page).toContain("What are you building?");
    expect(page).toContain('href="/wizard?useCase=back-office-tool"');
  });
});
