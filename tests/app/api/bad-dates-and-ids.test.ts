/** @jest-environment node */
// Bad dates and unknown ids are the caller's mistakes: 400 on the field, never 409 or 500.
import { testProviders, type TestDatabase } from "../../support/databases";
import { openAppDatabase } from "./support/app-database";
import { api, makeWorld, type World } from "./support/admin-api";

describe.each(testProviders())("bad dates and unknown ids on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeEach(async () => {
    t = await openAppDatabase(provider);
    w = await makeWorld(t.db);
  });
  afterEach(async () => t.close());

  it("an equality filter on a date field with a bad or date-only value is a 400 or a whole-day match, not a 500", async () => {
    expect((await api.list("articles", { actor: w.editor }, { filter: { publishedAt: "garbage" } })).status).toBe(400);
    expect((await api.list("articles", { actor: w.editor }, { filter: { publishedAt: "2026-01-01" } })).status).toBe(
      200,
    );
  });

  it("a date outside what the database stores is a 400 on that field, not a 500", async () => {
    const res = await api.create(
      "decisions",
      { actor: w.editor },
      { title: "Far future", teamId: w.team.id, date: "+275760-09-13", context: "c", chosenOption: "x" },
    );
    expect(res.status).toBe(400);
    expect(res.json.error.fields.date).toBeDefined();
  });

  it("an unknown technology id on a claim is a 400 on technologyIds, not a 409 'changed while saving'", async () => {
    const res = await api.create(
      "claims",
      { actor: w.editor },
      { statement: "Rails is mature.", kind: "FACT", technologyIds: ["no-such-tech"] },
    );
    expect(res.status).toBe(400);
    expect(res.json.error.fields.technologyIds).toBeDefined();
    const put = await api.update(
      "claims",
      w.claims[0],
      { actor: w.editor },
      { technologyIds: ["no-such-tech"], version: 1 },
    );
    expect(put.status).toBe(400);
  });
});
