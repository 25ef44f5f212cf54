import { SYSTEM } from "@/lib/auth/roles";
import { claims, citations } from "@/lib/resources";
import { getComparePage } from "@/lib/public/compare";
import { createRecord } from "@/lib/services/records";
import { freshDatabase, testProviders, type TestDatabase } from "../../support/databases";
import { buildWorld, PRIVATE_STATEMENTS, type World } from "./world";

describe.each(testProviders())("comparison pages on %s", (provider) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    w = await buildWorld(t.db);
    // A second Django throughput figure measured differently, and a second source for the admin claim.
    await createRecord(
      claims,
      SYSTEM,
      {
        statement: "Django served 4,000 requests per second.",
        kind: "PERFORMANCE",
        status: "VERIFIED",
        technologyIds: [w.django.id],
        metric: "throughput",
        value: 4000,
        unit: "req/s",
        conditions: { workers: 1 },
      },
      t.db,
    );
    const nineThousand = await createRecord(
      claims,
      SYSTEM,
      {
        statement: "Django served 9,000 requests per second.",
        kind: "PERFORMANCE",
        status: "VERIFIED",
        technologyIds: [w.django.id],
        metric: "throughput",
        value: 9000,
        unit: "req/s",
        conditions: { workers: 4 },
      },
      t.db,
    );
    // Its source carries a publication date: the chart places it there.
    const bench = await t.db.article.create({
      data: {
        title: "Benchmark",
        slug: "benchmark",
        format: "TEXT",
        text: "Django served 9,000 requests per second.",
        rawContent: "x",
        contentHash: "bench",
        tags: [],
        comments: [],
        warnings: [],
        publishedAt: new Date("2024-05-02T00:00:00Z"),
      },
    });
    await createRecord(
      citations,
      SYSTEM,
      { claimId: String(nineThousand.id), articleId: bench.id, quote: "Django served 9,000 requests per second." },
      t.db,
    );
    const other = await t.db.article.create({
      data: {
        title: "Second post",
        slug: "second-post",
        format: "TEXT",
        text: "Yes, Django has a built-in admin.",
        rawContent: "x",
        contentHash: "second",
        tags: [],
        comments: [],
        warnings: [],
      },
    });
    await createRecord(
      citations,
      SYSTEM,
      { claimId: w.verified.id, articleId: other.id, quote: "Django has a built-in admin." },
      t.db,
    );
  }, 60_000);
  afterAll(async () => t.close());

  it("puts the verdict matrix, features, figures grouped by conditions, open contradictions and consensus side by side", async () => {
    const result = await getComparePage("django-vs-fastapi", t.db);
    if (result?.kind !== "page") throw new Error("expected a page");
    const { page } = result;
    expect(page.technologies.map((x) => x.slug)).toEqual(["django", "fastapi"]);
    expect(page.verdicts).toEqual([expect.objectContaining({ recommended: ["django"] })]);
    expect(page.features.map((f) => [f.topic, Object.keys(f.cells)])).toEqual([
      ["Django has a built-in admin.", ["django"]],
    ]);
    const throughput = page.performance.find((m) => m.metric === "throughput");
    // Same metric, three setups: 4 workers (FastAPI 31,000 and Django 9,000) apart from Django on 1 worker.
    expect(throughput?.groups.map((g) => [g.conditions, g.measurements.map((m) => [m.technology, m.value])])).toEqual([
      [
        { workers: 4 },
        [
          ["django", 9000],
          ["fastapi", 31000],
        ],
      ],
      [{ workers: 1 }, [["django", 4000]]],
    ]);
    expect(page.contradictions.map((c) => c.reason)).toEqual(["Different fastest framework."]);
    expect(page.consensus).toEqual([
      expect.objectContaining({ statement: "Django has a built-in admin.", sources: 2 }),
    ]);
    const json = JSON.stringify(page);
    for (const statement of PRIVATE_STATEMENTS) expect(json).not.toContain(statement);
  });

  it("charts the figures of each comparable setup over time, one series per compared technology, and no setup of one point", async () => {
    const undated = await getComparePage("django-vs-fastapi", t.db);
    if (undated?.kind !== "page") throw new Error("expected a page");
    // Django's 9,000 is the only dated figure: one point, no chart (#13, G15).
    expect(undated.page.timelines).toEqual([]);
    await t.db.article.update({
      where: { slug: "django-vs-fastapi-2026" },
      data: { publishedAt: new Date("2026-01-15T00:00:00Z") },
    });
    const result = await getComparePage("django-vs-fastapi", t.db);
    await t.db.article.update({ where: { slug: "django-vs-fastapi-2026" }, data: { publishedAt: null } });
    if (result?.kind !== "page") throw new Error("expected a page");
    const charts = result.page.timelines;
    // Two technologies in the 4-worker setup; Django's undated 4,000 on 1 worker stays in the tables.
    expect(
      charts.map((c) => [c.heading, c.setup, c.series.map((s) => [s.name, s.points.map((p) => p.value)])]),
    ).toEqual([
      [
        "Throughput (req/s)",
        "4 workers",
        [
          ["Django", [9000]],
          ["FastAPI", [31000]],
        ],
      ],
    ]);
    expect(charts[0].rows.map((p) => [p.technologyName, p.figure, p.dateLabel])).toEqual([
      ["Django", "9,000 req/s", "2 May 2024"],
      ["FastAPI", "31,000 req/s", "15 Jan 2026"],
    ]);
    expect(charts[0].undatedNote).toBeNull();
    const json = JSON.stringify(charts);
    for (const statement of PRIVATE_STATEMENTS) expect(json).not.toContain(statement);
  });

  it("sends reversed addresses to the canonical one and 404s unknown or claimless technologies", async () => {
    expect(await getComparePage("fastapi-vs-django", t.db)).toEqual({ kind: "redirect", slug: "django-vs-fastapi" });
    expect(await getComparePage("django-vs-cobol", t.db)).toBeNull();
    expect(await getComparePage("django", t.db)).toBeNull();
    expect((await getComparePage("django-vs-fastapi-vs-flask", t.db))?.kind).toBe("page");
  });
  it("does not count our own write-up as a second source in Consensus", async () => {
    await t.db.article.update({ where: { slug: "second-post" }, data: { houseSource: true } });
    try {
      const result = await getComparePage("django-vs-fastapi", t.db);
      if (result?.kind !== "page") throw new Error("expected a page");
      expect(result.page.consensus).toEqual([]);
    } finally {
      await t.db.article.update({ where: { slug: "second-post" }, data: { houseSource: false } });
    }
  });
});
