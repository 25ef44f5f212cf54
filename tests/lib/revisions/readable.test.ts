/** @jest-environment node */
// History a person can act on: restoring a version is previewed first (what changes, and whether the
// record leaves or joins the public site), without writing anything; revisions name the records
// they link to (a reviewer by name), and never a record the reader may not open.
import type { Actor } from "@/lib/auth/roles";
import { claims, decisions } from "@/lib/resources";
import { previewRestore, publicConsequences, referenceNames } from "@/lib/revisions/readable";
import { getHistory, revertToRevision } from "@/lib/services/history";
import { createRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeTechnology, makeUser } from "../../support/factories";

describe.each(testProviders())("readable history on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  beforeEach(async () => {
    t = await freshDatabase(provider);
    editor = await makeUser(t.db, "EDITOR", { name: "Edith Editor" });
  });
  afterEach(async () => t.close());

  it("previews restoring a verified claim's first version: the status change and that it leaves the public site; nothing is written", async () => {
    const django = await makeTechnology(t.db, "Django");
    const claim = await createRecord(
      claims,
      editor,
      { statement: "Django has a built-in admin.", kind: "FEATURE", technologyIds: [django.id] },
      t.db,
    );
    await runAction(claims, editor, "setStatus", [String(claim.id)], { status: "VERIFIED" }, null, t.db);
    const history = await getHistory(claims, editor, String(claim.id), t.db);
    const first = history.at(-1)!;

    const preview = await previewRestore(claims, editor, String(claim.id), first.id, t.db);
    expect(preview.changes.status).toEqual({ before: "VERIFIED", after: "DRAFT" });
    expect(Object.keys(preview.changes)).toEqual(["status"]);
    expect(preview.consequences).toEqual(["This claim will leave the public site: its page will no longer be found."]);
    // The verification's revision names its reviewer, not their id.
    expect(history[0].changes.reviewerId).toEqual({ before: null, after: editor.id });
    expect(
      await referenceNames(
        claims,
        editor,
        history.map((h) => h.changes),
        t.db,
      ),
    ).toEqual({ [editor.id]: "Edith Editor", [django.id]: "Django" });
    const now = await t.db.claim.findUniqueOrThrow({ where: { id: String(claim.id) } });
    expect([now.status, now.version]).toEqual(["VERIFIED", 2]);

    // What the preview said is what restoring does.
    const restored = await revertToRevision(
      claims,
      editor,
      String(claim.id),
      { revisionId: first.id, version: 2 },
      t.db,
    );
    expect(restored.status).toBe("DRAFT");
    const back = await previewRestore(claims, editor, String(claim.id), history[0].id, t.db);
    expect(back.consequences).toEqual(["This claim will appear on the public site."]);

    await expect(
      previewRestore(claims, await makeUser(t.db, "CONTRIBUTOR"), String(claim.id), first.id, t.db),
    ).rejects.toMatchObject({ status: 403 });
    await expect(previewRestore(claims, editor, String(claim.id), "no-such-revision", t.db)).rejects.toMatchObject({
      status: 404,
    });
  });

  it("names the records revisions link to, except those the reader may not open", async () => {
    const mine = await makeTeam(t.db, "Atlas");
    const theirs = await makeTeam(t.db, "Borealis");
    const contributor = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [mine.id] });
    const changes = [{ teamId: { before: theirs.id, after: mine.id } }];
    expect(await referenceNames(decisions, editor, changes, t.db)).toEqual({
      [mine.id]: "Atlas",
      [theirs.id]: "Borealis",
    });
    expect(await referenceNames(decisions, contributor, changes, t.db)).toEqual({ [mine.id]: "Atlas" });
  });
});

it("calls out only changes of what the public site shows", () => {
  expect(publicConsequences("claims", { status: "IN_REVIEW" }, { status: "DRAFT" })).toEqual([]);
  expect(publicConsequences("claims", { status: "VERIFIED" }, { status: "DISPUTED" })).toEqual([]);
  expect(publicConsequences("verdicts", { status: "PUBLISHED" }, { status: "DRAFT" })).toEqual([
    "This verdict will leave the public site: its page will no longer be found.",
  ]);
  expect(publicConsequences("decisions", { visibility: "TEAM" }, { visibility: "PUBLIC" })).toEqual([
    "This decision will appear on the public site.",
  ]);
  expect(publicConsequences("users", { active: true }, { active: false })).toEqual([]);
});
