/** @jest-environment node */
// Editor comforts through the real route handlers: "view on site" links a record to its public page
// only while the site shows it (the public pages' own rules), and the app bar's notifications count
// what waits for each user.
import * as siteRoute from "@/app/api/admin/[resource]/[id]/site/route";
import * as notificationsRoute from "@/app/api/admin/notifications/route";
import type { Notifications } from "@/lib/admin/notifications";
import type { Actor } from "@/lib/auth/roles";
import { SYSTEM } from "@/lib/auth/roles";
import { decisions } from "@/lib/resources";
import { createRecord } from "@/lib/services/records";
import { testProviders, type TestDatabase } from "../../../support/databases";
import { makeTeam, makeUser } from "../../../support/factories";
import { call } from "../../../support/http";
import { useAppWorld } from "../support/app-database";
import { api, seed, type World } from "../support/admin-api";

const site = async (resource: string, id: string, actor: Actor | null) => {
  const res = await call(siteRoute.GET, { url: `/api/admin/${resource}/${id}/site`, params: { resource, id }, actor });
  return { status: res.status, path: (res.json as { data?: { path: string | null } } | null)?.data?.path };
};
const notifications = async (actor: Actor | null) => {
  const res = await call(notificationsRoute.GET, { url: "/api/admin/notifications", actor });
  return { status: res.status, data: (res.json as { data: Notifications }).data };
};

describe.each(testProviders())("editor comforts on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  useAppWorld(provider, (db, world) => {
    t = db;
    w = world;
  });

  it("a claim links to its public page once verified, and not after it is retracted", async () => {
    const claim = w.claims[0];
    expect(await site("claims", claim, w.editor)).toEqual({ status: 200, path: null });
    await api.bulk(
      "claims",
      { actor: w.editor },
      { op: "action", action: "setStatus", ids: [claim], data: { status: "VERIFIED" } },
    );
    const slug = (await t.db.claim.findUniqueOrThrow({ where: { id: claim } })).slug;
    expect(await site("claims", claim, w.contributor)).toEqual({ status: 200, path: `/claims/${slug}` });
    await api.bulk(
      "claims",
      { actor: w.editor },
      { op: "action", action: "setStatus", ids: [claim], data: { status: "RETRACTED" } },
    );
    expect((await site("claims", claim, w.editor)).path).toBeNull();
  });

  it("a published verdict links to its use case's page; a draft does not; technologies and use cases link to theirs", async () => {
    const django = await seed(t.db, "technologies", { name: "Django" });
    const verdict = await seed(t.db, "verdicts", {
      title: "Django for internal tools",
      useCaseId: w.useCase,
      summary: "Django.",
      recommendedIds: [django],
    });
    const useCaseSlug = (await t.db.useCase.findUniqueOrThrow({ where: { id: w.useCase } })).slug;
    expect((await site("verdicts", verdict, w.editor)).path).toBeNull();
    await t.db.verdict.update({ where: { id: verdict }, data: { status: "PUBLISHED" } });
    expect((await site("verdicts", verdict, w.editor)).path).toBe(`/use-cases/${useCaseSlug}`);
    expect((await site("technologies", django, w.editor)).path).toBe("/technologies/django");
    expect((await site("useCases", w.useCase, w.editor)).path).toBe(`/use-cases/${useCaseSlug}`);
  });

  it("a decision links to the site only once public; another team's private one is not found; unknown resources and strangers are refused", async () => {
    expect((await site("decisions", w.decision, w.contributor)).path).toBeNull();
    await api.update("decisions", w.decision, { actor: w.editor }, { version: 1, visibility: "PUBLIC" });
    const slug = (await t.db.decision.findUniqueOrThrow({ where: { id: w.decision } })).slug;
    expect((await site("decisions", w.decision, w.contributor)).path).toBe(`/decisions/${slug}`);
    const other = await makeTeam(t.db, "Elsewhere");
    const theirs = (
      await createRecord(
        decisions,
        SYSTEM,
        { title: "Private", teamId: other.id, date: "2026-02-01", context: "x", chosenOption: "y" },
        t.db,
      )
    ).id;
    expect((await site("decisions", theirs, w.contributor)).status).toBe(404);
    expect((await site("users", w.editor.id, w.editor)).status).toBe(403);
    expect((await site("claims", w.claims[0], null)).status).toBe(401);
  });

  it("notifications count the queue, flagged verdicts and pending decisions for editors, and a contributor's own teams' pending decisions", async () => {
    await seed(t.db, "claims", { statement: "Candidate one.", kind: "FACT", status: "CANDIDATE" });
    await seed(t.db, "claims", { statement: "Candidate two.", kind: "FACT", status: "CANDIDATE" });
    const verdict = await seed(t.db, "verdicts", { title: "Flagged", useCaseId: w.useCase, summary: "x" });
    await t.db.verdict.update({ where: { id: verdict }, data: { status: "PUBLISHED", needsReview: true } });
    // The contributor's Public decision waits; another team's does too, for editors only.
    await api.update("decisions", w.decision, { actor: w.contributor }, { version: 1, visibility: "PUBLIC" });
    const other = await makeTeam(t.db, "Elsewhere");
    const outsider = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [other.id] });
    await api.create(
      "decisions",
      { actor: outsider },
      { title: "Theirs", teamId: other.id, date: "2026-02-01", context: "x", chosenOption: "y", visibility: "PUBLIC" },
    );

    expect(await notifications(w.editor)).toEqual({
      status: 200,
      data: { queue: 2, flaggedVerdicts: 1, pendingDecisions: 2, total: 5 },
    });
    expect(await notifications(w.contributor)).toEqual({
      status: 200,
      data: { queue: null, flaggedVerdicts: null, pendingDecisions: 1, total: 1 },
    });
    expect((await notifications(null)).status).toBe(401);
  });
});
