import { Forbidden, ValidationError } from "@/lib/errors";
import { decisions } from "@/lib/resources";
import { getHistory } from "@/lib/services/history";
import { createRecord, getRecord, updateRecord } from "@/lib/services/records";
import type { Actor } from "@/lib/auth/roles";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeUser } from "../../support/factories";

describe.each(testProviders())("superseding decisions on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(() => t.close());

  async function setup() {
    const [mine, theirs] = [await makeTeam(t.db, "Mine"), await makeTeam(t.db, "Theirs")];
    const lead = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [mine.id] });
    const decide = (actor: Actor, teamId: string, title: string, extra: Record<string, unknown> = {}) =>
      createRecord(
        decisions,
        actor,
        { teamId, title, status: "ACCEPTED", date: "2025-01-01", context: "Why.", chosenOption: "X", ...extra },
        t.db,
      );
    const old = await decide(lead, mine.id, "Use Flask");
    const next = await decide(lead, mine.id, "Use FastAPI");
    const admin = await makeUser(t.db, "ADMIN");
    const foreign = await decide(admin, theirs.id, "Their old choice");
    return { lead, admin, old, next, foreign, mine, decide };
  }
  const read = (id: unknown) =>
    getRecord(decisions, { id: "x", email: "", name: "", role: "ADMIN", teamIds: [] }, String(id), t.db);

  it("marking A superseded by B shows on both sides, with a revision on each", async () => {
    const { lead, old, next } = await setup();
    await updateRecord(decisions, lead, String(old.id), { supersededById: next.id, version: old.version }, t.db);
    const [a, b] = [await read(old.id), await read(next.id)];
    expect(a).toMatchObject({ status: "SUPERSEDED", supersededById: next.id, version: 2 });
    expect(b).toMatchObject({ supersedesIds: [old.id], version: 2, status: "ACCEPTED" });
    const [bLast] = await getHistory(decisions, lead, String(next.id), t.db);
    expect(bLast.reason).toBe('Supersedes "Use Flask"');
    expect(bLast.changes.supersedesIds).toEqual({ before: [], after: [old.id] });

    // Clearing it puts A back to accepted and takes it off B's list.
    await updateRecord(decisions, lead, String(old.id), { supersededById: null, version: 2 }, t.db);
    expect(await read(old.id)).toMatchObject({ status: "ACCEPTED", supersededById: null });
    expect(await read(next.id)).toMatchObject({ supersedesIds: [], version: 3 });
  });

  it("saying B supersedes A from B's side updates A in the same write", async () => {
    const { lead, old, next } = await setup();
    await updateRecord(decisions, lead, String(next.id), { supersedesIds: [old.id], version: next.version }, t.db);
    expect(await read(old.id)).toMatchObject({ status: "SUPERSEDED", supersededById: next.id, version: 2 });
    const [aLast] = await getHistory(decisions, lead, String(old.id), t.db);
    expect(aLast.reason).toBe('Superseded by "Use FastAPI"');

    await updateRecord(decisions, lead, String(next.id), { supersedesIds: [], version: 2 }, t.db);
    expect(await read(old.id)).toMatchObject({ status: "ACCEPTED", supersededById: null, version: 3 });
  });

  it("a new decision can supersede an existing one as it is created", async () => {
    const { lead, old, mine, decide } = await setup();
    const replacement = await decide(lead, mine.id, "Use Django", { supersedesIds: [old.id] });
    expect(replacement.supersedesIds).toEqual([old.id]);
    expect(await read(old.id)).toMatchObject({ status: "SUPERSEDED", supersededById: replacement.id });
  });

  it("refuses self-supersession, cycles and other teams' decisions, changing nothing", async () => {
    const { lead, old, next, foreign } = await setup();
    await expect(
      updateRecord(decisions, lead, String(old.id), { supersededById: old.id, version: 1 }, t.db),
    ).rejects.toBeInstanceOf(ValidationError);
    await updateRecord(decisions, lead, String(old.id), { supersededById: next.id, version: 1 }, t.db);
    await expect(
      updateRecord(
        decisions,
        lead,
        String(next.id),
        { supersedesIds: [old.id], supersededById: old.id, version: 2 },
        t.db,
      ),
    ).rejects.toBeInstanceOf(ValidationError);

    const attempt = updateRecord(
      decisions,
      lead,
      String(next.id),
      { supersedesIds: [old.id, foreign.id], version: 2 },
      t.db,
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError); // not even visible to this contributor
    expect(await read(foreign.id)).toMatchObject({ status: "ACCEPTED", supersededById: null, version: 1 });
    expect(await read(next.id)).toMatchObject({ supersedesIds: [old.id], version: 2 });
  });

  it("a contributor who can see but not write the other decision is refused", async () => {
    const { lead, next, admin } = await setup();
    const other = await makeTeam(t.db, "Public team");
    const visible = await createRecord(
      decisions,
      admin,
      {
        teamId: other.id,
        title: "Public pick",
        status: "ACCEPTED",
        date: "2025-01-01",
        context: "Why.",
        chosenOption: "Y",
        visibility: "PUBLIC",
      },
      t.db,
    );
    await expect(
      updateRecord(decisions, lead, String(next.id), { supersedesIds: [visible.id], version: 1 }, t.db),
    ).rejects.toBeInstanceOf(Forbidden);
    expect(await read(visible.id)).toMatchObject({ status: "ACCEPTED", version: 1 });
  });
});
