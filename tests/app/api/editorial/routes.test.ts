/** @jest-environment node */
// The verdict-proposal and decision-log routes as Next calls them, with real session tokens.
import * as proposalRoute from "@/app/api/admin/verdict-proposal/[id]/route";
import * as logRoute from "@/app/api/admin/decision-log/[teamId]/route";
import { SYSTEM } from "@/lib/auth/roles";
import { decisions } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { makeTeam, makeUser } from "../../../support/factories";
import { call } from "../../../support/http";
import { editorialWorld } from "../../../lib/editorial/world";

describe("editorial routes", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
  });
  afterEach(() => t.close());

  it("GET /api/admin/verdict-proposal/:id answers editors with the proposal and refuses contributors and visitors", async () => {
    const w = await editorialWorld(t.db);
    const id = String(w.verdicts.backOffice.id);
    const editor = await makeUser(t.db, "EDITOR");
    const ok = await call(proposalRoute.GET, {
      url: `/api/admin/verdict-proposal/${id}`,
      actor: editor,
      params: { id },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.data.proposal.verdict).toMatchObject({ winner: "django", label: "Django" });
    expect(ok.json.data.proposal.names).toMatchObject({ django: "Django" });
    expect(
      (
        await call(proposalRoute.GET, {
          url: `/api/admin/verdict-proposal/${id}`,
          actor: await makeUser(t.db, "CONTRIBUTOR"),
          params: { id },
        })
      ).status,
    ).toBe(403);
    expect((await call(proposalRoute.GET, { url: `/api/admin/verdict-proposal/${id}`, params: { id } })).status).toBe(
      401,
    );
    expect(
      (
        await call(proposalRoute.GET, {
          url: "/api/admin/verdict-proposal/nope",
          actor: editor,
          params: { id: "nope" },
        })
      ).status,
    ).toBe(404);
  });

  it("the decision log downloads as a tar, previews an import without writing and reports bad files by name", async () => {
    const team = await makeTeam(t.db, "Atlas");
    const lead = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [team.id] });
    await createRecord(
      decisions,
      SYSTEM,
      {
        teamId: team.id,
        title: "Use Django",
        status: "ACCEPTED",
        date: "2025-01-01",
        context: "Why.",
        chosenOption: "Django",
      },
      t.db,
    );
    const tar = await call(logRoute.GET, {
      url: `/api/admin/decision-log/${team.id}?format=tar`,
      actor: lead,
      params: { teamId: team.id },
    });
    expect(tar.status).toBe(200);
    expect(tar.headers.get("content-type")).toBe("application/x-tar");
    expect(tar.headers.get("content-disposition")).toMatch(/attachment; filename="decision-log-.*\.tar"/);
    expect(tar.text).toContain("0001-use-django.md");

    const file = {
      name: "0002-use-fastapi.md",
      content:
        '---\nstatus: proposed\ndate: 2025-06-01\n---\n# Use FastAPI\n## Context and Problem Statement\nSpeed.\n## Decision Outcome\nChosen option: "FastAPI"\n',
    };
    const preview = await call(logRoute.POST, {
      method: "POST",
      url: `/api/admin/decision-log/${team.id}?preview=1`,
      actor: lead,
      params: { teamId: team.id },
      body: { files: [file] },
    });
    expect(preview.status).toBe(200);
    expect(preview.json.data).toEqual([
      expect.objectContaining({ file: file.name, title: "Use FastAPI", status: "PROPOSED" }),
    ]);
    expect(await t.db.decision.count()).toBe(1);

    const bad = await call(logRoute.POST, {
      method: "POST",
      url: `/api/admin/decision-log/${team.id}`,
      actor: lead,
      params: { teamId: team.id },
      body: { files: [file, { name: "broken.md", content: "no title" }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toHaveProperty(["broken.md"]);
    expect(await t.db.decision.count()).toBe(1);

    const other = await makeTeam(t.db, "Other");
    expect(
      (
        await call(logRoute.POST, {
          method: "POST",
          url: `/api/admin/decision-log/${other.id}?preview=1`,
          actor: lead,
          params: { teamId: other.id },
          body: { files: [file] },
        })
      ).status,
    ).toBe(404);
  });
});
