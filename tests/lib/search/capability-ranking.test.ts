// Review F8: a visitor searching for a capability wants the technologies that have it first. Among
// equal matches a claim saying a technology has the feature ranks above one saying it lacks it, and a
// verdict matched in what it weighs is not buried under single claims.
import { search } from "@/lib/search";
import { forgetCatalogue } from "@/lib/search/catalogue";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, type World } from "../public/world";

describe.each(testProviders())("capability ranking on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
    // Claims that lack it, written to match the query at least as well as the one that has it.
    for (const [slug, statement, id] of [
      ["flask-no-admin", "Flask has no built-in admin interface.", w.flask.id],
      ["express-no-admin", "Express has no admin interface built in.", w.express.id],
    ] as const)
      await t.db.claim.create({
        data: {
          slug,
          statement,
          kind: "FEATURE",
          topic: "admin interface",
          status: "VERIFIED",
          conditions: {},
          technologies: { connect: [{ id: id as string }] },
        },
      });
    // The published verdict ("Django for back-office tools") weighs the admin only in its editors' note.
    await t.db.verdict.update({
      where: { id: w.published.id as string },
      data: { rationale: "Staff need an admin interface on day one." },
    });
    forgetCatalogue(t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("“admin panel”: the claim that says Django has it before the ones that say others lack it", async () => {
    const urls = (await search({ q: "admin panel", kinds: ["claim"] }, t.db, provider)).hits.map((h) => h.url);
    const has = urls.indexOf(`/claims/${w.verified.slug}`);
    expect(has).toBeGreaterThanOrEqual(0);
    expect(urls.indexOf("/claims/flask-no-admin")).toBeGreaterThan(has);
    expect(urls.indexOf("/claims/express-no-admin")).toBeGreaterThan(has);
  });

  it("a verdict matched in what it weighs ranks above single claims", async () => {
    const hits = (await search({ q: "admin panel" }, t.db, provider)).hits.map((h) => `${h.kind}:${h.slug}`);
    const verdict = hits.indexOf(`verdict:${w.published.slug}`);
    expect(verdict).toBeGreaterThanOrEqual(0);
    expect(hits.findIndex((h) => h.startsWith("claim:"))).toBeGreaterThan(verdict);
  });
});
