import { getDashboard } from "@/lib/admin/dashboard";
import { claims, contradictions, decisions, outcomeReviews, users } from "@/lib/resources";
import { Unauthenticated } from "@/lib/errors";
import { createRecord } from "@/lib/services/records";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeUser } from "../../support/factories";

describe.each(testProviders())("the admin dashboard on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  it("counts claims per status, queues candidates for review and lists open contradictions and activity", async () => {
    const editor = await makeUser(t.db, "EDITOR", { name: "Eve" });
    const a = await createRecord(
      claims,
      editor,
      { statement: "Flask was released in 2010.", kind: "FACT", status: "CANDIDATE" },
      t.db,
    );
    const b = await createRecord(
      claims,
      editor,
      { statement: "Flask was released in 2011.", kind: "FACT", status: "IN_REVIEW" },
      t.db,
    );
    await createRecord(
      claims,
      editor,
      { statement: "Django has an admin.", kind: "FEATURE", status: "VERIFIED" },
      t.db,
    );
    await createRecord(
      contradictions,
      editor,
      { claimAId: a.id, claimBId: b.id, kind: "DATE", reason: "Release year differs" },
      t.db,
    );
    const d = await getDashboard(editor, t.db);
    expect(d.claimsByStatus).toEqual({ CANDIDATE: 1, IN_REVIEW: 1, VERIFIED: 1 });
    expect(d.reviewQueue.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(d.openContradictions).toEqual([expect.objectContaining({ reason: "Release year differs", kind: "DATE" })]);
    expect(d.recentActivity[0]).toMatchObject({ entity: "contradictions", action: "CREATE", user: "Eve" });
  });

  it("reminds a team of accepted decisions past their revisit date that nobody reviewed", async () => {
    const team = await makeTeam(t.db);
    const member = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [team.id] });
    const outsider = await makeUser(t.db, "CONTRIBUTOR");
    const base = { teamId: team.id, status: "ACCEPTED", date: "2024-01-01", context: "c", chosenOption: "X" };
    const due = await createRecord(decisions, member, { ...base, title: "Overdue", revisitAt: "2025-01-01" }, t.db);
    const reviewed = await createRecord(
      decisions,
      member,
      { ...base, title: "Reviewed", revisitAt: "2025-01-01" },
      t.db,
    );
    await createRecord(
      outcomeReviews,
      member,
      { decisionId: reviewed.id, date: "2025-02-01", result: "WORKED", wouldChooseAgain: true },
      t.db,
    );
    await createRecord(decisions, member, { ...base, title: "Later", revisitAt: "2999-01-01" }, t.db);
    expect((await getDashboard(member, t.db)).revisitDue.map((d) => d.id)).toEqual([due.id]);
    expect((await getDashboard(outsider, t.db)).revisitDue).toEqual([]);
    await expect(getDashboard(null, t.db)).rejects.toBeInstanceOf(Unauthenticated);
  });

  it("recent activity lists only revisions of records the reader may read: an editor never sees the user directory's", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const editor = await makeUser(t.db, "EDITOR");
    const claim = await createRecord(claims, editor, { statement: "Phoenix has LiveView.", kind: "FEATURE" }, t.db);
    const user = await createRecord(
      users,
      admin,
      { email: "new.hire@example.test", name: "New Hire", password: "a rather long unusual passphrase" },
      t.db,
    );
    expect((await getDashboard(admin, t.db)).recentActivity.map((a) => a.entityId).sort()).toEqual(
      [user.id, claim.id].sort(),
    );
    expect((await getDashboard(editor, t.db)).recentActivity.map((a) => a.entityId)).toEqual([claim.id]);
  });
});
