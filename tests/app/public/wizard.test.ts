/** @jest-environment node */
// /wizard rendered to HTML from its URL, as a visitor without JavaScript receives it.
import { renderToStaticMarkup } from "react-dom/server";
import WizardPage from "@/app/(public)/wizard/page";
import HomePage from "@/app/(public)/page";
import type { TestDatabase } from "../../support/databases";
import { openAppWorld, PRIVATE_STATEMENTS, type World } from "../../lib/public/world";

const render = async (query: Record<string, string>) => renderToStaticMarkup(await WizardPage({ searchParams: Promise.resolve(query) }));
const FULL = { build: "back-office", skills: "python", editors: "staff", traffic: "low", realtime: "none", ml: "no", timeline: "weeks" };

describe("the wizard page", () => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    ({ t, w } = await openAppWorld("sqlite"));
  }, 60_000);
  afterAll(async () => t.close());

  it("starts as a form of fieldsets with legends and radio groups, and no result", async () => {
    const page = await render({});
    expect(page).toMatch(/<form[^>]* action="\/wizard" method="get"/);
    expect(page.match(/<fieldset/g)).toHaveLength(7);
    expect(page).toContain("<legend>");
    expect(page).toMatch(/<input type="radio" id="wizard-build-back-office" name="build" value="back-office"/);
    expect(page).not.toContain("Our recommendation");
    expect(page).not.toContain("Please answer");
  });

  it("renders the recommendation from the URL alone, with the claim behind the reason", async () => {
    const page = await render(FULL);
    expect(page).toContain("Our recommendation");
    expect(page).toContain('href="/technologies/django"');
    expect(page).toContain(`href="/claims/${w.verified.slug}"`);
    expect(page).toMatch(/id="wizard-build-back-office" name="build" checked="" value="back-office"/);
    for (const statement of PRIVATE_STATEMENTS) expect(page).not.toContain(statement);
  });

  it("a link with one answer pre-selects it quietly; a submitted incomplete form names each missing question", async () => {
    const started = await render({ build: "json-api" });
    expect(started).toMatch(/name="build" checked="" value="json-api"/);
    expect(started).not.toContain("Answer this question.");
    const submitted = await render({ build: "json-api", show: "1" });
    expect(submitted).toContain("Please answer the questions marked below.");
    expect(submitted.match(/Answer this question\./g)).toHaveLength(6);
  });

  it("the home page asks what you are building, each answer a link into the wizard", async () => {
    const page = renderToStaticMarkup(await HomePage());
    expect(page).toContain("What are you building?");
    expect(page).toContain('href="/wizard?build=back-office"');
  });
});
