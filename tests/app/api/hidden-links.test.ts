/** @jest-environment node */
// Team-only decisions stay in their team even when something links to them: a contributor who
// reads team A's decision never learns the id, title or slug of team B's private decision that
// staff linked to it (records, lists, filters, history, CSV and MADR exports), and a MADR import
// cannot be used to ask whether a guessed slug is someone's private decision.
import * as logRoute from "@/app/api/admin/decision-log/[teamId]/route";
import type { Actor } from "@/lib/auth/roles";
import { HIDDEN_LINK_REASON } from "@/lib/services/redact";
import { testProviders, type TestDatabase } from "../../support/databases";
import { makeTeam, makeUser } from "../../support/factories";
import { call } from "../../support/http";
import { openAppDatabase } from "./support/app-database";
import { api, makeWorld, seed, type World } from "./support/admin-api";

const SECRET_TITLE = "SECRETPROJECTX migrate to Rust";
const SECRET_SLUG = "secretprojectx-migrate-to-rust";

describe.each(testProviders())("links to another team's private decision on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  let secret: string;
  let otherTeam: string;
  let outsider: Actor;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
    w = await makeWorld(t.db);
    otherTeam = (await makeTeam(t.db, "Skunkworks")).id;
    outsider = await makeUser(t.db, "CONTRIBUTOR", { teamIds: [otherTeam] });
    secret = await seed(t.db, "decisions", {
      title: SECRET_TITLE,
      teamId: otherTeam,
      date: "2026-03-01",
      context: "Hush.",
      chosenOption: "Rust",
    });
  });
  afterEach(async () => t.close());

  const asContributor = () => ({ actor: w.contributor });
  const expectNothingOfTheSecret = (text: string) => {
    expect(text).not.toContain(secret);
    expect(text).not.toContain("SECRETPROJECTX");
    expect(text).not.toContain(SECRET_SLUG);
  };
  /** Staff mark team A's decision as superseded by team B's private one. */
  const linkAsEditor = async () => {
    const res = await api.update("decisions", w.decision, { actor: w.editor }, { supersededById: secret, version: 1 });
    expect(res.status).toBe(200);
  };

  describe("MADR import by a contributor", () => {
    const madr = (supersededBy: string) => ({
      name: "0001-pick-go.md",
      content: `---\nstatus: accepted\ndate: 2026-01-01\nsuperseded-by: ${supersededBy}\n---\n# Pick Go\n## Context and Problem Statement\nWhy.\n## Decision Outcome\nChosen option: "Go"\n`,
    });
    const importAs = (actor: Actor, supersededBy: string) =>
      call(logRoute.POST, {
        method: "POST",
        url: `/api/admin/decision-log/${w.team.id}`,
        actor,
        params: { teamId: w.team.id },
        body: { files: [madr(supersededBy)] },
      });

    it("answers a guessed slug of another team's private decision exactly as a slug that does not exist", async () => {
      const hidden = await importAs(w.contributor, SECRET_SLUG);
      const missing = await importAs(w.contributor, "no-such-decision-anywhere");
      expect(hidden.status).toBe(400);
      expect(missing.status).toBe(400);
      expect(hidden.text).not.toContain(secret);
      expect(hidden.text.replaceAll(SECRET_SLUG, "SLUG")).toBe(
        missing.text.replaceAll("no-such-decision-anywhere", "SLUG"),
      );
      expect(await t.db.decision.count({ where: { teamId: w.team.id } })).toBe(1);
    });

    it("still links to a decision the contributor may read", async () => {
      const res = await importAs(w.contributor, "pick-a-web-framework");
      expect(res.status).toBe(201);
      const imported = await t.db.decision.findFirstOrThrow({ where: { title: "Pick Go" } });
      expect(imported.supersededById).toBe(w.decision);
    });
  });

  describe("when staff link team B's private decision as superseding team A's", () => {
    it("team A's contributor sees neither its id nor its title in the record, the list or a filter", async () => {
      await linkAsEditor();
      const one = await api.getOne("decisions", w.decision, asContributor());
      expect(one.status).toBe(200);
      expect(one.json.data).toMatchObject({ status: "SUPERSEDED", supersededById: null });
      expectNothingOfTheSecret(one.text);
      expectNothingOfTheSecret((await api.list("decisions", asContributor())).text);
      const filtered = await api.list("decisions", asContributor(), { filter: { supersededById: secret } });
      const unknown = await api.list("decisions", asContributor(), { filter: { supersededById: "no-such-id" } });
      expect(filtered.json).toEqual(unknown.json);
      expect(filtered.json.total).toBe(0);
    });

    it("team A's history says a hidden link changed, without the other title or id", async () => {
      await linkAsEditor();
      const history = await api.history("decisions", w.decision, asContributor());
      expect(history.status).toBe(200);
      expectNothingOfTheSecret(history.text);
      expect(history.json.data[0]).toMatchObject({
        reason: HIDDEN_LINK_REASON,
        changes: { status: { before: "PROPOSED", after: "SUPERSEDED" } },
      });
      expect(history.json.data[0].changes.supersededById).toBeUndefined();
      // Team B's side names team A's decision: hidden from team B in turn.
      const theirs = await api.history("decisions", secret, { actor: outsider });
      expect(JSON.stringify(theirs.json)).not.toContain("Pick a web framework");
      expect(JSON.stringify(theirs.json)).not.toContain(w.decision);
      expect(theirs.json.data[0].reason).toBe(HIDDEN_LINK_REASON);
    });

    it("team A's CSV and MADR exports leave the hidden decision out", async () => {
      await linkAsEditor();
      const csv = await api.export("decisions", asContributor());
      expect(csv.status).toBe(200);
      expectNothingOfTheSecret(csv.text);
      const log = await call(logRoute.GET, {
        url: `/api/admin/decision-log/${w.team.id}`,
        actor: w.contributor,
        params: { teamId: w.team.id },
      });
      expect(log.status).toBe(200);
      expectNothingOfTheSecret(log.text);
      const tar = await call(logRoute.GET, {
        url: `/api/admin/decision-log/${w.team.id}?format=tar`,
        actor: w.contributor,
        params: { teamId: w.team.id },
      });
      expectNothingOfTheSecret(tar.text);
    });

    it("staff still see the link, its reason and its slug", async () => {
      await linkAsEditor();
      expect((await api.getOne("decisions", w.decision, { actor: w.editor })).json.data.supersededById).toBe(secret);
      const history = await api.history("decisions", secret, { actor: w.editor });
      expect(history.json.data[0].reason).toBe('Supersedes "Pick a web framework"');
      const log = await call(logRoute.GET, {
        url: `/api/admin/decision-log/${w.team.id}`,
        actor: w.editor,
        params: { teamId: w.team.id },
      });
      expect(log.text).toContain(`superseded-by: ${SECRET_SLUG}`);
    });

    it("a contributor's save from that view keeps the hidden link and answers without it", async () => {
      await linkAsEditor();
      const res = await api.update("decisions", w.decision, asContributor(), {
        rationale: "Still true.",
        supersededById: null,
        version: 2,
      });
      expect(res.status).toBe(200);
      expectNothingOfTheSecret(res.text);
      expect(await t.db.decision.findUniqueOrThrow({ where: { id: w.decision } })).toMatchObject({
        supersededById: secret,
        rationale: "Still true.",
      });
    });

    it("a contributor cannot replace the hidden link, and the refusal names nothing of it", async () => {
      await linkAsEditor();
      const mine = await seed(t.db, "decisions", {
        title: "Use Go",
        teamId: w.team.id,
        date: "2026-02-01",
        context: "c",
        chosenOption: "Go",
      });
      const res = await api.update("decisions", w.decision, asContributor(), { supersededById: mine, version: 2 });
      expect(res.status).toBe(400);
      expectNothingOfTheSecret(res.text);
      expect((await t.db.decision.findUniqueOrThrow({ where: { id: w.decision } })).supersededById).toBe(secret);
    });

    it("restoring a version that held the hidden link is refused without naming it", async () => {
      await linkAsEditor();
      await api.update("decisions", w.decision, { actor: w.editor }, { supersededById: null, version: 2 });
      const [, linked] = (await api.history("decisions", w.decision, { actor: w.editor })).json.data as Array<{
        id: string;
      }>;
      const res = await api.revert("decisions", w.decision, asContributor(), { revisionId: linked.id, version: 3 });
      expect(res.status).toBe(400);
      expectNothingOfTheSecret(res.text);
    });
  });

  it("a contributor reviewing another team's private decision gets the answer an unknown decision gets", async () => {
    const review = (decisionId: string) =>
      api.create("outcomeReviews", asContributor(), {
        decisionId,
        date: "2026-06-01",
        result: "WORKED",
        wouldChooseAgain: true,
      });
    const hidden = await review(secret);
    expect(hidden.status).toBe(400);
    expect(hidden.text).toBe((await review("no-such-decision")).text);
    expect(await t.db.outcomeReview.count()).toBe(0);
  });

  it("a contributor linking to another team's private decision by id gets the answer an unknown id gets", async () => {
    const hidden = await api.update("decisions", w.decision, asContributor(), { supersededById: secret, version: 1 });
    const missing = await api.update("decisions", w.decision, asContributor(), {
      supersededById: "no-such-id",
      version: 1,
    });
    expect(hidden.status).toBe(400);
    expect(hidden.text).toBe(missing.text);
  });
});
