import { SYSTEM } from "@/lib/auth/roles";
import { getDashboard } from "@/lib/admin/dashboard";
import { citations } from "@/lib/resources/citations";
import { claims } from "@/lib/resources/claims";
import { verdicts } from "@/lib/resources/verdicts";
import { createRecord, updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeArticle, makeUser } from "../../support/factories";
import { editorialWorld } from "./world";

describe.each(testProviders())("flagging published verdicts for review on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  async function publishedWorld() {
    const w = await editorialWorld(t.db);
    await runAction(
      verdicts,
      SYSTEM,
      "publishProposal",
      [String(w.verdicts.backOffice.id), String(w.verdicts.inference.id)],
      {},
      null,
      t.db,
    );
    return w;
  }
  const verdictRow = (id: unknown) => t.db.verdict.findUniqueOrThrow({ where: { id: String(id) } });

  it("refuting the claim a verdict rests on flags that verdict, and only that one, with the reason", async () => {
    const w = await publishedWorld();
    const editor = await makeUser(t.db, "EDITOR");
    await runAction(claims, editor, "setStatus", [String(w.claims.djangoAdmin.id)], { status: "REFUTED" }, null, t.db);

    const flagged = await verdictRow(w.verdicts.backOffice.id);
    expect(flagged).toMatchObject({ needsReview: true, status: "PUBLISHED" });
    expect(flagged.reviewReason).toMatch(/now recommends Flask \(it proposed Django/);
    expect(flagged.flaggedAt).toBeInstanceOf(Date);
    expect(await verdictRow(w.verdicts.inference.id)).toMatchObject({ needsReview: false });

    const dashboard = await getDashboard(editor, t.db);
    expect(dashboard.flaggedVerdicts).toEqual([
      expect.objectContaining({ id: w.verdicts.backOffice.id, title: "Back office", reason: flagged.reviewReason }),
    ]);
  });

  it("a verdict whose own cited evidence stops counting is flagged with that claim, even when the engine's result holds", async () => {
    const w = await publishedWorld();
    const editor = await makeUser(t.db, "EDITOR");
    // A claim the engine gives no weight for inference, cited by hand on the inference verdict.
    const side = await createRecord(
      claims,
      editor,
      {
        statement: "Flask starts in a few milliseconds.",
        kind: "FACT",
        status: "VERIFIED",
        technologyIds: [w.tech.flask.id],
      },
      t.db,
    );
    await t.db.verdictClaim.create({ data: { verdictId: String(w.verdicts.inference.id), claimId: side.id } });
    expect(await verdictRow(w.verdicts.inference.id)).toMatchObject({ needsReview: false });

    await runAction(claims, editor, "setStatus", [side.id], { status: "DISPUTED" }, null, t.db);

    const flagged = await verdictRow(w.verdicts.inference.id);
    expect(flagged).toMatchObject({
      needsReview: true,
      status: "PUBLISHED",
      reviewReason: 'Cited evidence now disputed: "Flask starts in a few milliseconds."',
    });
    expect(await verdictRow(w.verdicts.backOffice.id)).toMatchObject({ needsReview: false });
  });

  it("a small change that does not move the result leaves the verdict alone", async () => {
    const w = await publishedWorld();
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: String(w.claims.flaskAdmin.id) } });
    await updateRecord(claims, SYSTEM, current.id, { topic: "admin screens", version: current.version }, t.db);
    const fastapi = await t.db.claim.findUniqueOrThrow({ where: { id: String(w.claims.fastapiInference.id) } });
    await updateRecord(claims, SYSTEM, fastapi.id, { editorWeight: 1.1, version: fastapi.version }, t.db);
    expect(await verdictRow(w.verdicts.backOffice.id)).toMatchObject({ needsReview: false });
    expect(await verdictRow(w.verdicts.inference.id)).toMatchObject({ needsReview: false });
  });

  it("new citations for the runner-up are followed through the citation to its claim", async () => {
    const w = await publishedWorld();
    // Five more independent sources and a heavier editor weight make Flask the stronger case.
    const flask = await t.db.claim.findUniqueOrThrow({ where: { id: String(w.claims.flaskAdmin.id) } });
    await updateRecord(claims, SYSTEM, flask.id, { editorWeight: 3, version: flask.version }, t.db);
    for (let i = 0; i < 5; i++) {
      const article = await makeArticle(t.db, `Flask back office review ${i}.`);
      await createRecord(
        citations,
        SYSTEM,
        { claimId: w.claims.flaskAdmin.id, articleId: article.id, quote: `Flask back office review ${i}` },
        t.db,
      );
    }
    expect(await verdictRow(w.verdicts.backOffice.id)).toMatchObject({ needsReview: true });
    expect(await verdictRow(w.verdicts.inference.id)).toMatchObject({ needsReview: false });
  });

  it("publishing again clears the flag and takes the new proposal as the baseline", async () => {
    const w = await publishedWorld();
    await runAction(claims, SYSTEM, "setStatus", [String(w.claims.djangoAdmin.id)], { status: "REFUTED" }, null, t.db);
    expect(await verdictRow(w.verdicts.backOffice.id)).toMatchObject({ needsReview: true });

    await runAction(verdicts, SYSTEM, "publishProposal", [String(w.verdicts.backOffice.id)], {}, null, t.db);
    const republished = await verdictRow(w.verdicts.backOffice.id);
    expect(republished).toMatchObject({ needsReview: false, reviewReason: "", flaggedAt: null, origin: "ENGINE" });
    expect(republished.engineSnapshot).toMatchObject({ winner: "flask" });
    expect((await getDashboard(SYSTEM, t.db)).flaggedVerdicts).toEqual([]);
  });

  it("when the engine no longer recommends anything, the flag says so and unpublishing clears it", async () => {
    const w = await publishedWorld();
    await runAction(
      claims,
      SYSTEM,
      "setStatus",
      [String(w.claims.fastapiInference.id)],
      { status: "REFUTED" },
      null,
      t.db,
    );
    const flagged = await verdictRow(w.verdicts.inference.id);
    expect(flagged.reviewReason).toBe(
      "The engine no longer recommends anything here (it proposed FastAPI when this was published).",
    );
    await expect(runAction(verdicts, SYSTEM, "publishProposal", [flagged.id], {}, null, t.db)).rejects.toThrow(
      /no recommendation/,
    );
    await runAction(verdicts, SYSTEM, "unpublish", [flagged.id], {}, null, t.db);
    expect(await verdictRow(flagged.id)).toMatchObject({ status: "DRAFT", needsReview: false, reviewReason: "" });
  });

  it("draft verdicts and verdicts never published from the engine are not flagged", async () => {
    const w = await editorialWorld(t.db);
    await t.db.verdict.update({ where: { id: String(w.verdicts.inference.id) }, data: { status: "PUBLISHED" } }); // legacy: no baseline
    await runAction(
      claims,
      SYSTEM,
      "setStatus",
      [String(w.claims.djangoAdmin.id), String(w.claims.fastapiInference.id)],
      { status: "REFUTED" },
      null,
      t.db,
    );
    expect(await verdictRow(w.verdicts.backOffice.id)).toMatchObject({ needsReview: false, status: "DRAFT" });
    expect(await verdictRow(w.verdicts.inference.id)).toMatchObject({ needsReview: false });
  });
});
