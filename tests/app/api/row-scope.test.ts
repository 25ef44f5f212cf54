/** @jest-environment node */
// Row scope for contributors through the API: they see their team's and public decisions, write
// only their team's, and a refused write in a batch leaves the whole batch undone.
import type { TestDatabase } from "../../support/databases";
import { openAppDatabase } from "./support/app-database";
import { makeTeam } from "../../support/factories";
import { api, makeWorld, seed, type World } from "./support/admin-api";

let t: TestDatabase;
let w: World;
let theirs: string;
let publicDecision: string;
let otherTeam: string;
beforeEach(async () => {
  t = await openAppDatabase("sqlite");
  w = await makeWorld(t.db);
  otherTeam = (await makeTeam(t.db, "Other Team")).id;
  const base = { teamId: otherTeam, date: "2026-01-01", context: "Their context.", chosenOption: "Laravel" };
  theirs = await seed(t.db, "decisions", { ...base, title: "Their private decision" });
  publicDecision = await seed(t.db, "decisions", { ...base, title: "Their public decision", visibility: "PUBLIC" });
});
afterEach(async () => t.close());

const asContributor = () => ({ actor: w.contributor });
const decision = (id: string) => t.db.decision.findUniqueOrThrow({ where: { id } });

describe("a contributor and other teams' decisions", () => {
  it("lists their team's and public decisions only, even when filtering by another team", async () => {
    const list = await api.list("decisions", asContributor());
    expect(list.json.data.map((d: { id: string }) => d.id).sort()).toEqual([w.decision, publicDecision].sort());
    const filtered = await api.list("decisions", asContributor(), { filter: { teamId: otherTeam } });
    expect(filtered.json.data.map((d: { id: string }) => d.id)).toEqual([publicDecision]);
  });

  it("gets 404 for another team's private decision, its history and its team", async () => {
    expect((await api.getOne("decisions", theirs, asContributor())).status).toBe(404);
    expect((await api.history("decisions", theirs, asContributor())).status).toBe(404);
    expect((await api.update("decisions", theirs, asContributor(), { title: "Mine now", version: 1 })).status).toBe(
      404,
    );
    expect((await api.getOne("teams", otherTeam, asContributor())).status).toBe(404);
  });

  it("may read a public decision of another team but not change, delete or review it", async () => {
    expect((await api.getOne("decisions", publicDecision, asContributor())).status).toBe(200);
    expect(
      (await api.update("decisions", publicDecision, asContributor(), { title: "Hacked", version: 1 })).status,
    ).toBe(403);
    expect((await api.delete("decisions", publicDecision, asContributor())).status).toBe(403);
    const review = { decisionId: publicDecision, date: "2026-03-01", result: "REGRETTED", wouldChooseAgain: false };
    expect((await api.create("outcomeReviews", asContributor(), review)).status).toBe(403);
    expect(await decision(publicDecision)).toMatchObject({
      title: "Their public decision",
      version: 1,
      deletedAt: null,
    });
    expect(await t.db.outcomeReview.count()).toBe(0);
  });

  it("cannot create a decision in another team or move their own there: that team is as unknown as one that does not exist", async () => {
    const body = { title: "Planted", teamId: otherTeam, date: "2026-01-01", context: "c", chosenOption: "x" };
    const planted = await api.create("decisions", asContributor(), body);
    expect(planted.status).toBe(400);
    expect(planted.text).toBe(
      (await api.create("decisions", asContributor(), { ...body, teamId: "no-such-team" })).text,
    );
    expect((await api.update("decisions", w.decision, asContributor(), { teamId: otherTeam, version: 1 })).status).toBe(
      400,
    );
    expect(await t.db.decision.count()).toBe(3);
    expect(await decision(w.decision)).toMatchObject({ teamId: w.team.id, version: 1 });
    expect(await t.db.revision.count({ where: { userId: w.contributor.id } })).toBe(0);
  });

  it("a bulk delete with one forbidden record deletes none of them", async () => {
    const res = await api.bulk("decisions", asContributor(), { op: "delete", ids: [w.decision, publicDecision] });
    expect(res.status).toBe(403);
    expect((await decision(w.decision)).deletedAt).toBeNull();
    expect((await decision(publicDecision)).deletedAt).toBeNull();
  });

  it("writes their own team's decisions and reviews, recorded as theirs", async () => {
    expect(
      (await api.update("decisions", w.decision, asContributor(), { status: "ACCEPTED", version: 1 })).status,
    ).toBe(200);
    const review = await api.create("outcomeReviews", asContributor(), {
      decisionId: w.decision,
      date: "2026-06-01",
      result: "WORKED",
      wouldChooseAgain: true,
    });
    expect(review.status).toBe(201);
    expect(await t.db.revision.count({ where: { userId: w.contributor.id } })).toBe(2);
  });
});
