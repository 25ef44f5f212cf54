import { exportTeamDecisions, importMadrFiles } from "@/lib/decisions/transfer";
import { decisions } from "@/lib/resources";
import { ValidationError, Forbidden } from "@/lib/errors";
import { createRecord } from "@/lib/services/records";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeTechnology, makeUser } from "../../support/factories";

describe.each(testProviders())("MADR transfer through the database on %s", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase(provider);
  });
  afterEach(async () => t.close());

  it("exports a team's decisions and imports them into another team without loss", async () => {
    const [from, to] = [await makeTeam(t.db, "From"), await makeTeam(t.db, "To")];
    const lead = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [from.id, to.id] });
    const django = await makeTechnology(t.db, "Django");
    await createRecord(decisions, lead, {
      teamId: from.id, title: "Use Django", status: "ACCEPTED", date: "2025-02-10", context: "We need an admin.\nAnd auth.",
      drivers: ["needs-admin-ui"], options: [{ name: "Django", technology: "django", pros: ["Admin"], cons: ["Sync"] }, { name: "Flask", pros: [], cons: ["DIY"] }],
      chosenOption: "Django", rationale: "admin on day one", consequences: "Good: fast.", chosenTechnologyIds: [django.id], revisitAt: "2026-02-10", visibility: "PUBLIC",
    }, t.db);
    const exported = await exportTeamDecisions(lead, from.id, t.db);
    expect(exported).toHaveLength(1);
    expect(exported[0].name).toBe("0001-use-django.md");
    await importMadrFiles(lead, to.id, exported, t.db);
    const again = await exportTeamDecisions(lead, to.id, t.db);
    expect(again.map((f) => f.content)).toEqual(exported.map((f) => f.content));
  });

  it("imports nothing when one file is unreadable, and names the file", async () => {
    const team = await makeTeam(t.db);
    const lead = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [team.id] });
    const good = { name: "0001-ok.md", content: '---\ndate: 2024-01-01\n---\n# OK\n## Decision Outcome\nChosen option: "A"\n' };
    const attempt = importMadrFiles(lead, team.id, [good, { name: "0002-bad.md", content: "no title here" }], t.db);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(((await attempt.catch((e) => e)) as ValidationError).fields).toHaveProperty(["0002-bad.md"]);
    expect(await t.db.decision.count()).toBe(0);
  });

  it("refuses to import into a team the contributor is not in", async () => {
    const [mine, theirs] = [await makeTeam(t.db, "Mine"), await makeTeam(t.db, "Theirs")];
    const me = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [mine.id] });
    const file = { name: "x.md", content: '---\ndate: 2024-01-01\n---\n# X\n## Context and Problem Statement\nWhy.\n## Decision Outcome\nChosen option: "A"\n' };
    await expect(importMadrFiles(me, theirs.id, [file], t.db)).rejects.toBeInstanceOf(Forbidden);
    expect(await t.db.decision.count()).toBe(0);
  });
});
