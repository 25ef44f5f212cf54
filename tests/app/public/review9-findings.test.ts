// Review 9's findings on the demo's verdicts and wizard (issue 11), each as the demo's pages read
// them: the seed on a fresh SQLite database, the pages rendered on the server as text.
import { useSeededDemo, verdictPageText, wizardText } from "./support/demo-pages";

describe("the demo after review 9 (SQLite)", () => {
  useSeededDemo();

  it("R2: advice for a back office counts neither as a reason nor in the confidence line of a content site", async () => {
    const page = await wizardText("content-site-cms", "none", "");
    expect(page).not.toMatch(/back office/i);
    expect(page).not.toContain("advice made for another use case");
    // The confidence line counts what the page lists for the pick, none of it advice for a back office. (Advice
    // for "when staff edit records every day" counts through the need it names, content edited by non-developers.)
    const listed = Number(/^Why Django · (\d+) reasons?$/m.exec(page)![1]);
    expect(listed).toBeGreaterThanOrEqual(2);
    expect(page).toMatch(new RegExp(`Confidence \\d+%: ${listed} verified claims? from `));
  });

  it("R3: a team that decided on some of the use case's needs is said to share those, naming the one it lacked", async () => {
    const page = await verdictPageText("back-office-tool");
    expect(page).not.toContain("with the same needs chose Django");
    expect(page).toContain(
      "1 team with 4 of these 5 needs (all but background jobs and scheduled tasks) chose Django; outcome: worked",
    );
  });

  it("R11: the answers' fold names what each answer did: skills change the order, never the scores", async () => {
    expect(await wizardText("back-office-tool", "php", "")).toContain(
      "How your answers counted · your team's skills changed the order, not the scores\n",
    );
    expect(await wizardText("back-office-tool", "none", "")).toContain(
      "How your answers counted · no answer moved the scores (team skills: none named)\n",
    );
    expect(await wizardText("back-office-tool", "php", "needs-admin-ui")).toContain(
      "How your answers counted · needs an admin UI moved the scores; your team's skills changed the order, not the scores\n",
    );
  });

  it("R6: the verdict page and the wizard date the same evidence alike (the pick's, R12-1), and mark an undated claim on both", async () => {
    const newest = (page: string) => /; newest source (\w+ \d{4})/.exec(page)?.[1];
    const verdict = await verdictPageText("back-office-tool");
    // Django's newest independent source is of October 2025; Laravel's (Feb 2026) is not the pick's (review 12, R12-1).
    expect(newest(verdict)).toBe("Oct 2025");
    expect(newest(await wizardText("back-office-tool", "none", ""))).toBe("Oct 2025");
    // With PHP skills Laravel is the pick, and its own source of February 2026 is its newest.
    expect(newest(await wizardText("back-office-tool", "php", ""))).toBe("Feb 2026");
    // The advice from an undated post is marked as undated wherever it is a reason.
    expect(await wizardText("back-office-tool", "none", "")).toMatch(
      /by Friday\." — a recommendation for Django, from 1 independent source, undated \(counted as old\)/,
    );
  });

  it("R5: verified advice whose condition is the team's language is said on the skills answer, never 'no checked evidence speaks for' it", async () => {
    const js = await wizardText("public-json-api", "javascript", "");
    expect(js).not.toMatch(/no checked evidence speaks for or against Express\b/i);
    expect(js).toMatch(
      /^The team knows JavaScript: checked advice for a team that knows JavaScript speaks for Express \(.*already writes JavaScript/m,
    );
    const php = await wizardText("public-json-api", "php", "");
    expect(php).not.toMatch(/no checked evidence speaks for or against Laravel\b/i);
    expect(php).toMatch(
      /checked advice for a team that knows PHP speaks for Laravel \(“Use Laravel when the team already writes PHP\.”\)/,
    );
  });
});
