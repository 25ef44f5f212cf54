/** @jest-environment node */
// A contributor's Public decision waits for an editor: pending, seen by its team and on the editors'
// dashboard, absent from the public site until an editor sets Public.
import { getDashboard } from "@/lib/admin/dashboard";
import { listPublicDecisions } from "@/lib/public/decisions";
import { decisions } from "@/lib/resources/decisions";
import { createRecord, updateRecord } from "@/lib/services/records";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeUser } from "../../support/factories";

const decision = (teamId: string, title: string) => ({
  title,
  teamId,
  status: "ACCEPTED",
  date: "2026-11-02",
  visibility: "PUBLIC",
  context: "We needed a queue.",
  chosenOption: "RabbitMQ",
});

describe.each(testProviders())("moderating contributors' public decisions on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  it("a contributor's Public waits as Pending until an editor approves it; an editor's Public is public at once", async () => {
    const team = await makeTeam(t.db, "Atlas");
    const contributor = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [team.id] });
    const editor = await makeUser(t.db, "EDITOR");
    const asked = await createRecord(decisions, contributor, decision(team.id, "Queue for order events"), t.db);
    expect(asked.visibility).toBe("PENDING");
    const publicTitles = async () => (await listPublicDecisions(t.db)).map((d) => d.title);
    expect(await publicTitles()).toEqual([]);

    // The editors see it waiting; so does the contributor's team, and nobody else's.
    expect((await getDashboard(editor, t.db)).pendingDecisions).toEqual([
      expect.objectContaining({ id: asked.id, title: "Queue for order events", team: "Atlas" }),
    ]);
    expect((await getDashboard(contributor, t.db)).pendingDecisions.map((d) => d.id)).toEqual([asked.id]);
    const outsider = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [(await makeTeam(t.db, "Other")).id] });
    expect((await getDashboard(outsider, t.db)).pendingDecisions).toEqual([]);

    // Asking again changes nothing; an editor's Public approves it.
    const again = await updateRecord(
      decisions,
      contributor,
      asked.id,
      { visibility: "PUBLIC", version: asked.version },
      t.db,
    );
    expect(again.visibility).toBe("PENDING");
    const approved = await updateRecord(
      decisions,
      editor,
      asked.id,
      { visibility: "PUBLIC", version: again.version },
      t.db,
    );
    expect(approved.visibility).toBe("PUBLIC");
    expect(await publicTitles()).toEqual(["Queue for order events"]);
    expect((await getDashboard(editor, t.db)).pendingDecisions).toEqual([]);

    // Once approved, the team keeps editing it without losing its place on the site.
    const edited = await updateRecord(
      decisions,
      contributor,
      asked.id,
      { rationale: "Measured it.", visibility: "PUBLIC", version: approved.version },
      t.db,
    );
    expect(edited.visibility).toBe("PUBLIC");

    const byEditor = await createRecord(decisions, editor, decision(team.id, "Cache for sessions"), t.db);
    expect(byEditor.visibility).toBe("PUBLIC");
  });
});
