import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { tarOf } from "@/lib/decisions/tar";
import { exportTeamDecisions, importMadrFiles, previewMadrImport } from "@/lib/decisions/transfer";
import type { Db } from "@/lib/db/client";
import { claims as claimResource } from "@/lib/resources/claims";
import { SYSTEM } from "@/lib/auth/roles";
import { decisions } from "@/lib/resources";
import { NotFound, ValidationError } from "@/lib/errors";
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
    await createRecord(
      decisions,
      lead,
      {
        teamId: from.id,
        title: "Use Django",
        status: "ACCEPTED",
        date: "2025-02-10",
        context: "We need an admin.\nAnd auth.",
        drivers: ["needs-admin-ui"],
        options: [
          { name: "Django", technology: "django", pros: ["Admin"], cons: ["Sync"] },
          { name: "Flask", pros: [], cons: ["DIY"] },
        ],
        chosenOption: "Django",
        rationale: "admin on day one",
        consequences: "Good: fast.",
        chosenTechnologyIds: [django.id],
        revisitAt: "2026-02-10",
        visibility: "PUBLIC",
      },
      t.db,
    );
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
    const good = {
      name: "0001-ok.md",
      content: '---\ndate: 2024-01-01\n---\n# OK\n## Decision Outcome\nChosen option: "A"\n',
    };
    const attempt = importMadrFiles(lead, team.id, [good, { name: "0002-bad.md", content: "no title here" }], t.db);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect(((await attempt.catch((e) => e)) as ValidationError).fields).toHaveProperty(["0002-bad.md"]);
    expect(await t.db.decision.count()).toBe(0);
  });

  it("refuses to import into a team the contributor is not in, as into a team that does not exist", async () => {
    const [mine, theirs] = [await makeTeam(t.db, "Mine"), await makeTeam(t.db, "Theirs")];
    const me = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [mine.id] });
    const file = {
      name: "x.md",
      content:
        '---\ndate: 2024-01-01\n---\n# X\n## Context and Problem Statement\nWhy.\n## Decision Outcome\nChosen option: "A"\n',
    };
    const refusal = (teamId: string) => importMadrFiles(me, teamId, [file], t.db).catch((e: unknown) => e);
    const [hidden, missing] = [await refusal(theirs.id), await refusal("no-such-team")];
    expect(hidden).toBeInstanceOf(NotFound);
    expect((hidden as Error).message.replace(theirs.id, "ID")).toBe(
      (missing as Error).message.replace("no-such-team", "ID"),
    );
    expect(await t.db.decision.count()).toBe(0);
  });

  /** The same catalogue on another site: technologies and claims with the same slugs. */
  async function catalogue(db: Db) {
    const django = await makeTechnology(db, "Django");
    const fastapi = await makeTechnology(db, "FastAPI");
    const claim = await createRecord(
      claimResource,
      SYSTEM,
      { statement: "Django ships an admin.", kind: "FEATURE", status: "VERIFIED", technologyIds: [django.id] },
      db,
    );
    return { django, fastapi, claim };
  }

  it("a whole decision log round-trips to another site without loss: every field, cited claims and supersede links", async () => {
    // The other site: a second database (SQLite, since each test worker has one PostgreSQL database).
    const other = await freshDatabase("sqlite");
    try {
      const team = await makeTeam(t.db, "Atlas");
      const lead = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [team.id] });
      const c = await catalogue(t.db);
      const old = await createRecord(
        decisions,
        lead,
        {
          teamId: team.id,
          title: "Use Flask for the shop",
          status: "ACCEPTED",
          date: "2024-03-01",
          context: "Small start.",
          chosenOption: "Flask",
          drivers: ["small-service"],
          options: [{ name: "Flask", pros: ["Tiny"], cons: [] }],
          visibility: "TEAM",
        },
        t.db,
      );
      await createRecord(
        decisions,
        lead,
        {
          teamId: team.id,
          title: "Use Django for the marketplace",
          status: "ACCEPTED",
          date: "2025-02-10",
          decisionMakers: "Casey, Sam",
          context: "We need an admin.\n\nAnd auth.",
          drivers: ["needs-admin-ui", "Team already knows Python"],
          options: [
            { name: "Django", technology: "django", pros: ["Admin"], cons: ["Sync"] },
            { name: "FastAPI", technology: "fastapi", pros: ["Async"], cons: ["No admin"] },
          ],
          chosenOption: "Django",
          rationale: "admin on day one",
          consequences: "Good: fast.",
          confirmation: "Ops edits listings.",
          revisitAt: "2026-02-10",
          visibility: "PUBLIC",
          chosenTechnologyIds: [c.django.id],
          claimIds: [c.claim.id],
          supersedesIds: [old.id],
        },
        t.db,
      );
      const exported = await exportTeamDecisions(lead, team.id, t.db);
      expect(exported.map((f) => f.name)).toEqual([
        "0001-use-flask-for-the-shop.md",
        "0002-use-django-for-the-marketplace.md",
      ]);
      expect(exported[0].content).toContain("superseded-by: use-django-for-the-marketplace");

      const c2 = await catalogue(other.db);
      const team2 = await makeTeam(other.db, "Atlas");
      const lead2 = await makeUser(other.db, "CONTRIBUTOR", { teamIds: [team2.id] });
      await importMadrFiles(lead2, team2.id, exported, other.db);
      const again = await exportTeamDecisions(lead2, team2.id, other.db);
      expect(again).toEqual(exported);
      const imported = await other.db.decision.findFirstOrThrow({
        where: { slug: "use-flask-for-the-shop" },
        include: { supersededBy: true },
      });
      expect(imported).toMatchObject({
        status: "SUPERSEDED",
        supersededBy: expect.objectContaining({ slug: "use-django-for-the-marketplace" }),
      });
      const marketplace = await other.db.decision.findFirstOrThrow({
        where: { slug: "use-django-for-the-marketplace" },
        include: { claims: true, chosenTechnologies: true },
      });
      expect(marketplace.claims.map((x) => x.id)).toEqual([c2.claim.id]);
      expect(marketplace.chosenTechnologies.map((x) => x.id)).toEqual([c2.django.id]);
    } finally {
      await other.close();
    }
  });

  it("previews an import without writing, naming what this site does not know", async () => {
    const team = await makeTeam(t.db);
    const lead = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [team.id] });
    await makeTechnology(t.db, "Django");
    const file = {
      name: "0007-pick-django.md",
      content:
        '---\nstatus: accepted\ndate: 2024-01-01\ntechnologies: [django, phoenix]\nclaims: [some-claim]\n---\n# Pick Django\n## Context and Problem Statement\nWhy.\n## Decision Outcome\nChosen option: "Django"\n',
    };
    const preview = await previewMadrImport(lead, team.id, [file], t.db);
    expect(preview).toEqual([
      {
        file: "0007-pick-django.md",
        title: "Pick Django",
        status: "ACCEPTED",
        date: "2024-01-01",
        chosenOption: "Django",
        technologies: ["django"],
        unknown: ["phoenix", "some-claim"],
        supersededBy: null,
      },
    ]);
    expect(await t.db.decision.count()).toBe(0);
    await expect(
      previewMadrImport(lead, team.id, [file, { name: "bad.md", content: "no title" }], t.db),
    ).rejects.toThrow(/bad\.md/);
  });

  it("the tar download holds one MADR file per decision, readable by tar", () => {
    const files = [
      { name: "0001-use-django.md", content: "# Use Django\n\nÜnïcode ✓\n" },
      { name: "0002-use-fastapi.md", content: "x".repeat(1500) },
    ];
    const dir = mkdtempSync(path.join(tmpdir(), "madr-tar-"));
    writeFileSync(path.join(dir, "log.tar"), tarOf(files));
    execFileSync("tar", ["-xf", "log.tar"], { cwd: dir });
    expect(readdirSync(dir).sort()).toEqual(["0001-use-django.md", "0002-use-fastapi.md", "log.tar"]);
    for (const f of files) expect(readFileSync(path.join(dir, f.name), "utf8")).toBe(f.content);
  });
});
