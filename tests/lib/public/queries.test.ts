import { getClaimPage } from "@/lib/public/claims";
import { latestVerifiedClaims, listComparisons, listPublishedVerdicts } from "@/lib/public/home";
import { getSourcePage } from "@/lib/public/sources";
import { getTechnologyPage, listTechnologies } from "@/lib/public/technologies";
import { getUseCasePage } from "@/lib/public/use-cases";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, PRIVATE_STATEMENTS, type World } from "./world";

const expectNoPrivate = (value: unknown) => {
  const json = JSON.stringify(value);
  for (const statement of PRIVATE_STATEMENTS) expect(json).not.toContain(statement);
};

describe.each(testProviders())("public read side on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
  }, 60_000);
  afterAll(async () => t.close());

  it("a verified claim page has its figure, quote in context, technologies, history and only public contradictions", async () => {
    const result = await getClaimPage(w.perf.slug as string, t.db);
    if (result?.kind !== "claim") throw new Error("expected a claim");
    const { claim } = result;
    expect(claim).toMatchObject({
      statement: "FastAPI served 31,000 requests per second.",
      value: 31000,
      unit: "req/s",
      conditions: { workers: 4 },
    });
    expect(claim.technologies).toEqual([{ slug: "fastapi", name: "FastAPI" }]);
    expect(claim.citations).toHaveLength(1);
    expect(claim.citations[0].context).toMatchObject({
      quote: "FastAPI served 31,000 requests per second on 4 workers.",
      located: true,
    });
    expect(claim.citations[0].context.before).toContain("built-in admin");
    expect(claim.citations[0].article).toMatchObject({
      slug: "django-vs-fastapi-2026",
      url: "https://blog.example/django-vs-fastapi",
    });
    expect(claim.contradictions.map((c) => c.other.statement)).toEqual(["Flask is the fastest framework."]);
    expect(claim.history[claim.history.length - 1]).toMatchObject({ action: "CREATE" });
    expectNoPrivate(claim);
  });

  it("drafts, candidates, claims in review, retracted and deleted claims are not found", async () => {
    for (const hidden of [w.draft, w.candidate, w.inReview, w.retracted, w.deleted]) {
      expect(await getClaimPage(hidden.slug as string, t.db)).toBeNull();
    }
    expect(await getClaimPage("no-such-claim", t.db)).toBeNull();
  });

  it("a merged claim redirects to the claim it was merged into", async () => {
    expect(await getClaimPage(w.duplicate.slug as string, t.db)).toEqual({ kind: "redirect", slug: w.verified.slug });
  });

  it("a refuted claim is public and labelled as refuted", async () => {
    const result = await getClaimPage(w.refuted.slug as string, t.db);
    expect(result).toMatchObject({ kind: "claim", claim: { status: "REFUTED" } });
  });

  it("a source page highlights only public claims' quotes and keeps the saver's note apart", async () => {
    const source = await getSourcePage("django-vs-fastapi-2026", t.db);
    if (!source) throw new Error("expected the source");
    expect(source).toMatchObject({
      note: "Good overview.",
      noteAuthor: "Sam Saver",
      tags: ["python"],
      domain: "blog.example",
    });
    const highlighted = source.segments.filter((s) => s.targets.length).map((s) => s.text);
    expect(highlighted).toEqual([
      "Django has a built-in admin that staff can use on day one.",
      "FastAPI served 31,000 requests per second on 4 workers.",
      "Flask is the fastest framework of all.",
    ]);
    expect(source.claims.map((c) => c.status).sort()).toEqual(["REFUTED", "VERIFIED", "VERIFIED"]);
    expectNoPrivate(source.claims);
  });

  it("an article cited only by unpublished claims has no public page", async () => {
    expect(await getSourcePage("draft-only-post", t.db)).toBeNull();
    expect(await getSourcePage("nothing-here", t.db)).toBeNull();
  });

  it("a technology page groups verified claims by kind, lists challenged ones apart, and only published verdicts", async () => {
    const django = await getTechnologyPage("django", t.db);
    if (!django) throw new Error("expected django");
    expect(django.groups.map((g) => [g.kind, g.claims.map((c) => c.statement)])).toEqual([
      ["FEATURE", ["Django has a built-in admin."]],
    ]);
    expect(django.verdicts.map((v) => v.title)).toEqual(["Django for back-office tools"]);
    expectNoPrivate(django);
    const flask = await getTechnologyPage("flask", t.db);
    expect(flask?.groups).toEqual([]);
    expect(flask?.challenged.map((c) => c.status)).toEqual(["REFUTED"]);
    expect(flask?.verdicts).toEqual([]);
    expect(await getTechnologyPage("cobol", t.db)).toBeNull();
    // Figures over time: FastAPI's one verified figure has an undated source, so no point to draw:
    // no chart (#13, G15); the claim lists have it.
    expect(django.timelines).toEqual([]);
    const fastapi = await getTechnologyPage("fastapi", t.db);
    expect(fastapi?.timelines).toEqual([]);
    expect(fastapi?.groups.map((g) => g.kind)).toContain("PERFORMANCE");
  });

  it("the home page lists comparisons from shared articles, published verdicts and latest verified claims only", async () => {
    const comparisons = await listComparisons(t.db);
    expect(comparisons.map((c) => c.slug)).toEqual(["django-vs-fastapi", "django-vs-flask", "fastapi-vs-flask"]);
    // Express appears only on a draft-only article: no comparison with it.
    expect(comparisons.some((c) => c.slug.includes("express"))).toBe(false);
    const verdicts = await listPublishedVerdicts(t.db);
    expect(verdicts.map((v) => v.title)).toEqual(["Django for back-office tools"]);
    const latest = await latestVerifiedClaims(t.db);
    expect(latest.map((c) => c.statement).sort()).toEqual([
      "Django has a built-in admin.",
      "FastAPI served 31,000 requests per second.",
    ]);
    expect((await listTechnologies(t.db)).find((x) => x.slug === "django")?.verifiedClaims).toBe(1);
  });

  it("a use case page shows its published verdict with public evidence only; one with only drafts is not found", async () => {
    const page = await getUseCasePage("back-office-tool", t.db);
    expect(page?.verdicts[0].evidence.map((e) => e.claim.statement)).toEqual(["Django has a built-in admin."]);
    expect(page?.verdicts[0].balance?.rows.map((r) => [r.label, r.segments.map((s) => [s.kind, s.width])])).toEqual([
      // The weight the engine gave the claim when the verdict was published (its stored explanation), not the editors' citation weight.
      // (0.4: its one source is undated, so it counts as an old one.)
      ["Supports: 1 claim, weight 0.4", [["FEATURE", 100]]],
      ["Speaks against: nothing", []],
    ]);
    expectNoPrivate(page);
    expect(await getUseCasePage("small-service", t.db)).toBeNull();
  });
});
