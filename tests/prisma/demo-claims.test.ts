// The demo's claims as an independent reader of the demo checked them (review findings 5, 17, 19
// and 21): figures keep the conditions their sources state, the sources' own "use X when …" advice
// is there to cite as recommendations, and the editors' note contrasts the pick with the runner-up.
import type { TestDatabase } from "../support/databases";
import { DEMO_SEED_TIMEOUT, seededDemo } from "../support/demo";

/** The setup a quote states, as the conditions should carry it (key, and a value the condition must contain). */
const SETUP_WORDS: Array<{ pattern: RegExp; key: string; value: (m: RegExpExecArray) => string }> = [
  { pattern: /\b(\d{1,3}) (?:worker|process)(?:es|s)?\b/i, key: "workers", value: (m) => m[1] },
  { pattern: /\b(\d{1,3})[- ]?vCPU\b/i, key: "hardware", value: (m) => `${m[1]}-vcpu` },
  {
    pattern: /\b(\d{1,6}) (?:concurrent |parallel )?(?:connections|clients|users)\b/i,
    key: "concurrency",
    value: (m) => m[1],
  },
  { pattern: /\bhello[- ]world\b/i, key: "endpoint", value: () => "hello-world" },
  {
    pattern: /\b(?:reading|reads) one (?:PostgreSQL |database )?row\b/i,
    key: "endpoint",
    value: () => "database-read",
  },
  { pattern: /\bat peak\b/i, key: "load", value: () => "peak" },
];

describe("the demo seed's claims", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await seededDemo();
  }, DEMO_SEED_TIMEOUT);
  afterAll(() => t.close());

  it("findings 5 and 19: every performance claim carries the setup its quotes state (workers, hardware, concurrency, workload)", async () => {
    const figures = await t.db.claim.findMany({
      where: { deletedAt: null, mergedIntoId: null, kind: "PERFORMANCE" },
      select: { statement: true, conditions: true, citations: { where: { deletedAt: null }, select: { quote: true } } },
    });
    expect(figures.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const f of figures) {
      const conditions = Object.fromEntries(
        Object.entries((f.conditions ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v).toLowerCase()]),
      );
      for (const { quote } of f.citations) {
        for (const w of SETUP_WORDS) {
          const m = w.pattern.exec(quote);
          if (m && !(conditions[w.key] ?? "").includes(w.value(m).toLowerCase()))
            missing.push(`${f.statement} — "${quote}" states ${w.key} ${w.value(m)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("findings 5 and 19: the FastAPI throughput figure keeps its 2 workers, and Express's p95 latency its workload", async () => {
    const conditionsOf = async (slug: string, metric: string) =>
      (
        await t.db.claim.findFirstOrThrow({
          where: { deletedAt: null, mergedIntoId: null, kind: "PERFORMANCE", metric, technologies: { some: { slug } } },
          select: { conditions: true },
        })
      ).conditions;
    expect(await conditionsOf("fastapi", "throughput")).toMatchObject({ workers: "2", endpoint: "hello-world" });
    expect(await conditionsOf("express", "latency_p95")).toMatchObject({
      workers: "4",
      endpoint: "database-read",
      hardware: "4-vCPU VM",
    });
  });

  it('finding 17: every "use X when/for …" in a demo source is a verified recommendation claim citing that article, for verdicts to cite', async () => {
    const techs = await t.db.technology.findMany({ where: { deletedAt: null }, select: { slug: true, name: true } });
    const bySlug = new Map(techs.map((x) => [x.name.toLowerCase(), x.slug]));
    const articles = await t.db.article.findMany({
      where: { deletedAt: null, houseSource: false },
      select: { id: true, title: true, text: true },
    });
    const advice = articles.flatMap((a) =>
      [...a.text.replace(/\*/g, "").matchAll(/\b(Use|Avoid) ([A-Z][\w.]*(?: [A-Z][\w.]*)?) (when|for)\b/g)]
        .filter((m) => bySlug.has(m[2].toLowerCase()))
        .map((m) => ({ articleId: a.id, title: a.title, phrase: m[0], slug: bySlug.get(m[2].toLowerCase())! })),
    );
    expect(advice.length).toBeGreaterThanOrEqual(3);
    const missing: string[] = [];
    for (const a of advice) {
      // The importer states list advice ("Use Laravel when:" over "- The team already writes PHP") as
      // "Use Laravel when the team already writes PHP.", quoting the item.
      const found = await t.db.claim.count({
        where: {
          deletedAt: null,
          mergedIntoId: null,
          kind: "RECOMMENDATION",
          status: "VERIFIED",
          statement: { startsWith: a.phrase },
          technologies: { some: { slug: a.slug } },
          citations: { some: { deletedAt: null, articleId: a.articleId } },
        },
      });
      if (found === 0) missing.push(`${a.title}: ${a.phrase}`);
    }
    expect(missing).toEqual([]);
  });

  it("finding 21: an editors' note argues against no technology but the verdict's runner-up", async () => {
    const published = await t.db.verdict.findMany({
      where: { status: "PUBLISHED", deletedAt: null },
      select: {
        title: true,
        summary: true,
        rationale: true,
        engineSnapshot: true,
        recommended: { select: { slug: true } },
      },
    });
    const techs = await t.db.technology.findMany({ where: { deletedAt: null }, select: { slug: true, name: true } });
    for (const v of published) {
      const snapshot = v.engineSnapshot as { scores: Array<{ technologySlug: string; score: number }> };
      const picks = v.recommended.map((r) => r.slug);
      const runnerUp = [...snapshot.scores]
        .filter((s) => !picks.includes(s.technologySlug) && s.score > 0)
        .sort((a, b) => b.score - a.score)[0]?.technologySlug;
      // "X needs/lacks/has no …": the note argues against X.
      for (const sentence of `${v.summary} ${v.rationale}`.split(/[.;]\s*/)) {
        for (const tech of techs) {
          if (picks.includes(tech.slug)) continue;
          if (
            new RegExp(
              `\\b${tech.name.replace(/[.+]/g, "\\$&")}\\b[^.;]*?\\b(needs|lacks|has no|does not|doesn't|is missing)\\b`,
            ).test(sentence)
          ) {
            expect({ verdict: v.title, arguesAgainst: tech.slug }).toEqual({
              verdict: v.title,
              arguesAgainst: runnerUp,
            });
          }
        }
      }
    }
  });
});
