import { SYSTEM } from "@/lib/auth/roles";
import { ValidationError } from "@/lib/errors";
import { verdicts } from "@/lib/resources/verdicts";
import { runAction } from "@/lib/services/bulk";
import { getHistory } from "@/lib/services/history";
import { getVerdictProposal } from "@/lib/editorial/service";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { editorialWorld } from "./world";

describe.each(testProviders())("publishing verdicts against the engine's proposal on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it("shows the engine's proposal with reasons linked to their claims, counter-evidence and what would change it", async () => {
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    const { proposal, agrees, publishedSnapshot } = await getVerdictProposal(
      editor,
      String(w.verdicts.backOffice.id),
      t.db,
    );
    expect(proposal.verdict).toMatchObject({ winner: "django", recommended: ["django"], label: "Django" });
    expect(proposal.recommendedIds).toEqual([w.tech.django.id]);
    expect(proposal.verdict.confidence).toBeGreaterThan(0);
    expect(proposal.verdict.reasons[0].claimIds).toEqual([w.claims.djangoAdmin.id]);
    expect(proposal.claims[String(w.claims.djangoAdmin.id)]).toMatchObject({
      statement: expect.stringContaining("built-in admin"),
      status: "VERIFIED",
    });
    expect(proposal.verdict.counterEvidence?.claimIds).toEqual([w.claims.flaskAdmin.id]);
    expect(proposal.verdict.whatWouldChange).not.toBeNull();
    expect(agrees).toBe(true);
    expect(publishedSnapshot).toBeNull();
  });

  it("publishing the proposal stores what the engine proposed and keeps the verdict's history", async () => {
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    const id = String(w.verdicts.backOffice.id);
    const [published] = await runAction(
      verdicts,
      editor,
      "publishProposal",
      [id],
      { summary: "Django, for its admin." },
      null,
      t.db,
    );
    expect(published).toMatchObject({
      status: "PUBLISHED",
      origin: "ENGINE",
      needsReview: false,
      recommendedIds: [w.tech.django.id],
      summary: "Django, for its admin.",
    });
    expect(published.engineSnapshot).toMatchObject({ winner: "django", useCaseSlug: "back-office-tool" });
    expect(published.engineConfidence).toBeGreaterThan(0);
    expect(published.engineScore).toBeGreaterThan(0);
    const history = await getHistory(verdicts, editor, id, t.db);
    expect(history.map((h) => h.action)).toEqual(["UPDATE", "CREATE"]);
    expect(history[0].reason).toBe("Publish the engine's proposal");
  });

  it("adjusting needs a reason, keeps the engine's pick and records the reason in the revision", async () => {
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    const id = String(w.verdicts.backOffice.id);
    await expect(
      runAction(verdicts, editor, "adjust", [id], { summary: "Django." }, null, t.db),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      runAction(
        verdicts,
        editor,
        "adjust",
        [id],
        { recommendedIds: [w.tech.flask.id], reason: "Flask instead" },
        null,
        t.db,
      ),
    ).rejects.toThrow(/override/);

    const reason = "Pairs Django with Flask for the small internal endpoints the team already runs";
    const [adjusted] = await runAction(
      verdicts,
      editor,
      "adjust",
      [id],
      { recommendedIds: [w.tech.django.id, w.tech.flask.id], summary: "Django, with Flask on the side.", reason },
      null,
      t.db,
    );
    expect(adjusted).toMatchObject({
      origin: "ADJUSTED",
      status: "PUBLISHED",
      summary: "Django, with Flask on the side.",
    });
    expect(adjusted.recommendedIds).toEqual([w.tech.django.id, w.tech.flask.id].sort());
    const [last] = await getHistory(verdicts, editor, id, t.db);
    expect(last.reason).toBe(`Adjust and publish: ${reason}`);
  });

  it("overriding replaces the pick with a reason; a plain publish that disagrees with the engine is refused", async () => {
    const w = await editorialWorld(t.db);
    const editor = await makeUser(t.db, "EDITOR");
    const id = String(w.verdicts.backOffice.id);
    await t.db.verdict.update({ where: { id }, data: { recommended: { set: [{ id: w.tech.flask.id }] } } });
    await expect(runAction(verdicts, editor, "publish", [id], {}, null, t.db)).rejects.toThrow(
      /override it with a reason/,
    );
    await expect(
      runAction(verdicts, editor, "override", [id], { recommendedIds: [w.tech.flask.id] }, null, t.db),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      runAction(
        verdicts,
        editor,
        "override",
        [id],
        { recommendedIds: [w.tech.django.id], reason: "Same thing" },
        null,
        t.db,
      ),
    ).rejects.toThrow(/publish the proposal/);

    const [overridden] = await runAction(
      verdicts,
      editor,
      "override",
      [id],
      { recommendedIds: [w.tech.flask.id], reason: "Our readers run Flask shops" },
      null,
      t.db,
    );
    expect(overridden).toMatchObject({
      origin: "OVERRIDDEN",
      recommendedIds: [w.tech.flask.id],
      engineSnapshot: expect.objectContaining({ winner: "django" }),
    });
    const [last] = await getHistory(verdicts, editor, id, t.db);
    expect(last.reason).toBe("Override and publish: Our readers run Flask shops");
  });

  it("contributors cannot publish, adjust or override", async () => {
    const w = await editorialWorld(t.db);
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    await expect(
      runAction(verdicts, contributor, "publishProposal", [String(w.verdicts.backOffice.id)], {}, null, t.db),
    ).rejects.toThrow(/cannot/);
    expect((await t.db.verdict.findUniqueOrThrow({ where: { id: String(w.verdicts.backOffice.id) } })).status).toBe(
      "DRAFT",
    );
    await expect(getVerdictProposal(contributor, String(w.verdicts.backOffice.id), t.db)).rejects.toThrow();
  });

  it("publishing a draft through a plain edit also stores the engine's baseline", async () => {
    const w = await editorialWorld(t.db);
    await runAction(verdicts, SYSTEM, "publish", [String(w.verdicts.inference.id)], {}, null, t.db);
    const row = await t.db.verdict.findUniqueOrThrow({ where: { id: String(w.verdicts.inference.id) } });
    expect(row).toMatchObject({ status: "PUBLISHED", origin: "ENGINE", needsReview: false });
    expect(row.engineSnapshot).toMatchObject({ winner: "fastapi" });
  });
});
