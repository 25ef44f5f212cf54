/** @jest-environment node */
// Role-aware screens, per role, from the rules the server enforces: the admin meta's role rules
// decide the hand-made screens in the menu (Import, Review queue), and the record-permissions route
// answers what a user may do to one record (row rules: another team's decision is read-only).
import * as permissionsRoute from "@/app/api/admin/[resource]/[id]/permissions/route";
import * as importRoute from "@/app/api/admin/import/route";
import * as metaRoute from "@/app/api/admin/meta/route";
import * as reviewRoute from "@/app/api/admin/review/route";
import { routesFor } from "@/components/admin/extensions";
import type { AdminMeta } from "@/components/admin/meta";
import { SYSTEM, type Actor } from "@/lib/auth/roles";
import { decisions } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../../support/databases";
import { makeTeam, makeUser } from "../../../support/factories";
import { call } from "../../../support/http";

describe("role-aware admin screens", () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await freshDatabase("sqlite");
    useAsAppDatabase(t);
  });
  afterEach(() => t.close());

  const metaOf = async (actor: Actor): Promise<AdminMeta> =>
    (await call(metaRoute.GET, { url: "/api/admin/meta", actor })).json as AdminMeta;

  it("the menu offers Import and Review queue exactly to the roles whose requests the server accepts", async () => {
    for (const role of ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const) {
      const actor = await makeUser(t.db, role);
      const screens = routesFor(await metaOf(actor)).map((r) => r.label);
      const review = await call(reviewRoute.GET, { url: "/api/admin/review", actor });
      const preview = await call(importRoute.POST, {
        method: "POST",
        url: "/api/admin/import?dryRun=1",
        actor,
        body: { text: "Flask is a microframework." },
      });
      expect([role, screens.includes("Review queue"), screens.includes("Import")]).toEqual([
        role,
        review.status === 200,
        preview.status === 200,
      ]);
      expect([role, screens.includes("Review queue")]).toEqual([role, role !== "CONTRIBUTOR"]);
    }
  });

  it("another team's decision is read-only for a contributor, their own team's is not; editors change both", async () => {
    const atlas = await makeTeam(t.db, "Atlas");
    const borealis = await makeTeam(t.db, "Borealis");
    const own = await createRecord(
      decisions,
      SYSTEM,
      {
        teamId: atlas.id,
        title: "Use Django",
        status: "ACCEPTED",
        date: "2025-01-01",
        context: "Why.",
        chosenOption: "Django",
        visibility: "PUBLIC",
      },
      t.db,
    );
    const other = await createRecord(
      decisions,
      SYSTEM,
      {
        teamId: borealis.id,
        title: "Use Rails",
        status: "ACCEPTED",
        date: "2025-01-01",
        context: "Why.",
        chosenOption: "Rails",
        visibility: "PUBLIC",
      },
      t.db,
    );
    const contributor = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [atlas.id] });
    const editor = await makeUser(t.db, "EDITOR");
    const ask = (actor: Actor | null, id: string) =>
      call(permissionsRoute.GET, {
        url: `/api/admin/decisions/${id}/permissions`,
        actor,
        params: { resource: "decisions", id },
      });

    expect((await ask(contributor, String(own.id))).json.data).toEqual({ update: true, delete: true });
    expect((await ask(contributor, String(other.id))).json.data).toEqual({ update: false, delete: false });
    expect((await ask(editor, String(other.id))).json.data).toEqual({ update: true, delete: true });
    expect((await ask(null, String(other.id))).status).toBe(401);
    expect((await ask(contributor, "no-such-decision")).status).toBe(404);
    const decisionsMeta = (await metaOf(contributor)).resources.find((r) => r.name === "decisions");
    expect(decisionsMeta).toMatchObject({ rowRules: true, can: { update: true } });
  });
});
