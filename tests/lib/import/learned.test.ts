/** @jest-environment node */
// Editors' decisions in the review queue kept as labelled examples, through the real service layer on
// each database: verify, reject, edit then accept, merge; one example per claim, written in the
// decision's transaction; and what they teach reaches the next import (scores stored, low-confidence
// candidates hidden, never dropped).
import { SYSTEM } from "@/lib/auth/roles";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { learnedModel } from "@/lib/import/learned";
import { importFiles } from "@/lib/import/service";
import { claims } from "@/lib/resources";
import { updateRecord } from "@/lib/services/records";
import { runAction } from "@/lib/services/bulk";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";

jest.setTimeout(240_000);
afterAll(() => closeReaderPool());

/** Our own writing: figures an editor keeps and throwaway opinions an editor rejects, one per line. */
function post(from: number, count: number): string {
  const lines = ["# Framework notes", ""];
  for (let n = from; n < from + count; n++) {
    lines.push(`FastAPI served ${n + 10},${n % 10}00 requests per second in run ${n}.`, "");
    lines.push(`Django is overrated, says reviewer number ${n}.`, "");
  }
  return lines.join("\n");
}

describe.each(testProviders())("review decisions as examples (%s)", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
    await seedCatalog(t.db, SYSTEM);
  });
  afterEach(() => t.close());

  const candidates = async () =>
    t.db.claim.findMany({
      where: { status: "CANDIDATE" },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, statement: true, version: true },
    });

  it("keeps each decision on a candidate with its features, in the decision's transaction", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    await importFiles(t.db, editor, [{ filename: "notes.md", text: post(1, 3) }]);
    const [fig1, op1, fig2, op2, fig3] = await candidates();
    await runAction(claims, editor, "setStatus", [fig1.id], { status: "VERIFIED" }, null, t.db);
    await runAction(claims, editor, "setStatus", [op1.id, op2.id], { status: "RETRACTED" }, null, t.db);
    await updateRecord(
      claims,
      editor,
      fig2.id,
      { statement: "FastAPI served 12,200 requests per second (run 2).", version: fig2.version },
      t.db,
    );
    await runAction(claims, editor, "setStatus", [fig2.id], { status: "VERIFIED" }, null, t.db);
    await runAction(claims, editor, "merge", [fig3.id], { intoId: fig1.id }, null, t.db);

    const rows = await t.db.reviewExample.findMany({ orderBy: { createdAt: "asc" } });
    const by = new Map(rows.map((r) => [r.claimId, r]));
    expect(rows).toHaveLength(5);
    expect(by.get(fig1.id)).toMatchObject({
      decision: "ACCEPTED",
      keep: true,
      status: "VERIFIED",
      kind: "performance",
      actorId: editor.id,
    });
    expect(by.get(op1.id)).toMatchObject({ decision: "REJECTED", keep: false, status: "RETRACTED", kind: "opinion" });
    expect(by.get(op1.id)!.pattern).toBe("opinion: T is overrated … number N");
    // Edited, then accepted: one example, an edit, with the candidate's wording as extracted.
    expect(by.get(fig2.id)).toMatchObject({ decision: "EDITED", keep: true, status: "VERIFIED" });
    expect((by.get(fig2.id)!.input as { statement: string; format: string; heading: string }).statement).toBe(
      fig2.statement,
    );
    expect(by.get(fig2.id)!.input).toMatchObject({
      format: expect.stringMatching(/^markdown$/i),
      heading: "Framework notes",
      names: expect.arrayContaining(["FastAPI"]),
    });
    expect(by.get(fig3.id)).toMatchObject({ decision: "MERGED", keep: true });

    // A claim that was never a candidate is no decision of the queue.
    await runAction(claims, editor, "setStatus", [fig1.id], { status: "DISPUTED" }, null, t.db);
    expect(await t.db.reviewExample.count()).toBe(5);
  });

  it("a decision that fails leaves no example behind", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    await importFiles(t.db, editor, [{ filename: "notes.md", text: post(1, 1) }]);
    const [fig] = await candidates();
    await expect(
      runAction(claims, editor, "setStatus", [fig.id], { status: "VERIFIED" }, { [fig.id]: fig.version + 7 }, t.db),
    ).rejects.toThrow();
    await expect(runAction(claims, editor, "merge", [fig.id], { intoId: fig.id }, null, t.db)).rejects.toThrow();
    expect(await t.db.reviewExample.count()).toBe(0);
  });

  it("after enough decisions, the next import hides what editors kept rejecting and scores the rest", async () => {
    const editor = await makeUser(t.db, "EDITOR");
    await importFiles(t.db, editor, [{ filename: "first.md", text: post(1, 30) }]);
    const first = await candidates();
    expect(first.length).toBe(60);
    // Before any decision, nothing is hidden.
    expect(await t.db.claimScore.count({ where: { hidden: true } })).toBe(0);
    await runAction(
      claims,
      editor,
      "setStatus",
      first.filter((c) => c.kind === "PERFORMANCE").map((c) => c.id),
      { status: "VERIFIED" },
      null,
      t.db,
    );
    await runAction(
      claims,
      editor,
      "setStatus",
      first.filter((c) => c.kind === "OPINION").map((c) => c.id),
      { status: "RETRACTED" },
      null,
      t.db,
    );
    const model = await learnedModel(t.db);
    expect(model.examples).toBe(60);
    expect(model.threshold).not.toBeNull();

    const report = await importFiles(t.db, editor, [{ filename: "second.md", text: post(100, 3) }]);
    const article = report.articles[0];
    expect(article.hiddenCandidates).toBe(3);
    expect(article.claims.filter((c) => c.hidden).map((c) => c.kind)).toEqual(["opinion", "opinion", "opinion"]);
    // Hidden, not dropped: every candidate is written, with its score.
    const scores = await t.db.claimScore.findMany({
      where: { claim: { status: "CANDIDATE" } },
      include: { claim: { select: { kind: true } } },
    });
    expect(scores).toHaveLength(6);
    for (const s of scores) expect(s.hidden).toBe(s.claim.kind === "OPINION");
  });
});
