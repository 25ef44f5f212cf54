import { SYSTEM } from "@/lib/auth/roles";
import { getUseCasePage } from "@/lib/public/use-cases";
import { claims } from "@/lib/resources/claims";
import { decisions } from "@/lib/resources/decisions";
import { outcomeReviews } from "@/lib/resources/outcome-reviews";
import { verdicts } from "@/lib/resources/verdicts";
import { createRecord, updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam } from "../../support/factories";
import { editorialWorld } from "../editorial/world";

describe.each(testProviders())("the public explanation of a verdict on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  async function world() {
    const w = await editorialWorld(t.db);
    const team = await makeTeam(t.db, "Quiet Team");
    const decision = (title: string, visibility: "PUBLIC" | "TEAM") =>
      createRecord(
        decisions,
        SYSTEM,
        {
          title,
          teamId: team.id,
          status: "ACCEPTED",
          date: "2025-02-01",
          visibility,
          context: "A back office.",
          chosenOption: "Django",
          chosenTechnologyIds: [w.tech.django.id],
          drivers: ["needs-admin-ui", "needs-auth"],
        },
        t.db,
      );
    const open = await decision("Django for our back office", "PUBLIC");
    const secret = await decision("Secret Django rollout", "TEAM");
    for (const d of [open, secret])
      await createRecord(
        outcomeReviews,
        SYSTEM,
        { decisionId: d.id, date: "2025-09-01", result: "WORKED", wouldChooseAgain: true },
        t.db,
      );
    await runAction(verdicts, SYSTEM, "publishProposal", [String(w.verdicts.backOffice.id)], {}, null, t.db);
    return { w, open, secret };
  }

  it("shows the reasons, counter-evidence and what would change it, linked to public claims and decisions", async () => {
    const { w, open } = await world();
    const page = await getUseCasePage("back-office-tool", t.db);
    const explanation = page!.verdicts[0].explanation!;
    expect(explanation.label).toBe("Django");
    const claimReason = explanation.reasons.find((r) => r.claims.length > 0)!;
    expect(claimReason.claims).toEqual([
      expect.objectContaining({ slug: w.claims.djangoAdmin.slug, status: "VERIFIED" }),
    ]);
    const teamReason = explanation.reasons.find((r) => r.decisions.length > 0 || r.privateDecisions > 0)!;
    expect(teamReason.decisions).toEqual([{ slug: open.slug, title: "Django for our back office", outcomeNote: null }]);
    expect(teamReason.privateDecisions).toBe(1);
    expect(explanation.counterEvidence?.claims).toEqual([expect.objectContaining({ slug: w.claims.flaskAdmin.slug })]);
    // Flask would need far more than a few new sources: no plausible single change, so none is proposed
    // and the sentence says so (the page and the API show this one; review 12, R12-8).
    expect(explanation.whatWouldChange).toEqual({
      text: expect.stringMatching(/^No single change we tried would flip it: /),
      claim: null,
    });
    expect(explanation.confidenceLine).toMatch(
      /^\d+%: 1 verified claim from \d+ independent sources? and 2 team decisions for it; nothing verified against it;/,
    );
    // Each reason says which need of the back office it meets.
    expect(claimReason.countsBecause).toBe("needs an admin UI");
    expect(teamReason.countsBecause).toBe(
      "a team decided on it for the same reasons (needs an admin UI; needs authentication and permissions)",
    );
    expect(explanation.editorial).toBeNull();
  });

  it("proposes a plausible change by the claim's statement, its direction and the size of the change", async () => {
    const w = await editorialWorld(t.db);
    // Flask's one claim, weighted a little higher by an editor: two more sources would put Flask first.
    const flask = w.claims.flaskAdmin;
    await updateRecord(claims, SYSTEM, String(flask.id), { version: flask.version, editorWeight: 1.1 }, t.db);
    await runAction(verdicts, SYSTEM, "publishProposal", [String(w.verdicts.backOffice.id)], {}, null, t.db);
    const change = (await getUseCasePage("back-office-tool", t.db))!.verdicts[0].explanation!.whatWouldChange;
    expect(change?.claim?.slug).toBe(flask.slug);
    expect(change?.text).toMatch(
      /^2 more independent sources backing the claim “Flask works for a small back office admin”, which speaks for Flask, would make Flask the top choice \(Flask's score \+\d+\.\d\d\)\.$/,
    );
  });

  it("never names a team-only decision and drops reasons whose claim is no longer public", async () => {
    const { w } = await world();
    await runAction(
      claims,
      SYSTEM,
      "setStatus",
      [String(w.claims.djangoAdmin.id)],
      { status: "RETRACTED" },
      null,
      t.db,
    );
    const page = await getUseCasePage("back-office-tool", t.db);
    const text = JSON.stringify(page);
    expect(text).not.toContain("Secret Django rollout");
    expect(text).not.toContain("built-in admin");
    expect(
      page!.verdicts[0].explanation!.reasons.every((r) => r.claims.every((c) => c.slug !== w.claims.djangoAdmin.slug)),
    ).toBe(true);
  });
});
