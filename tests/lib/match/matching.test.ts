/** @jest-environment node */
import { detectContradiction } from "@/lib/match/contradictions";
import { ClaimIndex, sameAssertion, type IndexedClaim } from "@/lib/match/index";
import { jaccard, SAME_ASSERTION_THRESHOLD, tokens } from "@/lib/match/similarity";

let n = 0;
const claim = (over: Partial<IndexedClaim>): IndexedClaim => ({
  id: `c${++n}`,
  slug: `c${n}`,
  kind: "performance",
  technologies: ["django"],
  topic: "performance",
  metric: "throughput",
  value: 4000,
  unit: "req/s",
  conditions: {},
  statement: "",
  ...over,
});

// Labelled pairs of recommendation/opinion statements: is it the same assertion?
// Labelled pairs (use cases of recommendations, opinion statements): is it the same assertion?
const PAIRS: Array<[string, string, boolean]> = [
  ["staff edit records every day", "staff edit records daily", true],
  ["content sites and CMS work", "content sites and CMS", true],
  ["FastAPI is always faster.", "FastAPI is always faster!", true],
  ["the service does one thing", "services that do one thing", true],
  ["Express can't scale.", "Express cannot scale.", true],
  ["internal back-office tool", "back-office tools for internal staff", true],
  ["the data model has many relations", "you need an admin on day one", false],
  ["serving ML models behind HTTP", "streaming WebSocket-heavy APIs", false],
  ["agencies shipping many client sites", "teams that already write PHP", false],
  ["public JSON API", "model inference service", false],
  ["Next.js is only for static sites.", "Next.js is great for static sites.", false],
  ["small internal services and webhooks", "small services in a microservice fleet", false],
];

describe("statement similarity", () => {
  it("separates the labelled same/different pairs at the chosen threshold (measured: best accuracy)", () => {
    const scores = PAIRS.map(([a, b, same]) => ({ s: jaccard(tokens(a), tokens(b)), same }));
    const accuracy = (t: number) => scores.filter(({ s, same }) => s >= t === same).length / scores.length;
    const table = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => `${t}: ${accuracy(t).toFixed(2)}`).join(", ");
    console.log(`similarity threshold accuracy: ${table}; chosen ${SAME_ASSERTION_THRESHOLD}`);
    const best = Math.max(...[0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map(accuracy));
    expect(accuracy(SAME_ASSERTION_THRESHOLD)).toBe(best);
    expect(best).toBeGreaterThanOrEqual(0.8);
  });
});

describe("same assertion", () => {
  it("treats the same feature from another source as the same claim, and opposite support as different", () => {
    const a = claim({
      kind: "feature",
      topic: "admin",
      metric: null,
      value: null,
      conditions: { support: "built-in" },
    });
    expect(sameAssertion(a, { ...a, id: "x", statement: "Django ships an admin." })).toBe(true);
    expect(sameAssertion(a, { ...a, id: "y", conditions: { support: "missing" } })).toBe(false);
  });

  it("matches figures within 5% under the same conditions only", () => {
    const a = claim({ value: 4000, conditions: { server: "gunicorn" } });
    expect(sameAssertion(a, claim({ value: 4100, conditions: { server: "gunicorn" } }))).toBe(true);
    expect(sameAssertion(a, claim({ value: 4100, conditions: { server: "uwsgi" } }))).toBe(false);
  });
});

describe("contradictions", () => {
  it("flags throughput beyond the tolerance as OPEN when conditions are the same", () => {
    const found = detectContradiction(
      claim({ value: 4200, conditions: { server: "gunicorn" } }),
      claim({ value: 6000, conditions: { server: "gunicorn" } }),
    );
    expect(found).toMatchObject({ kind: "VALUE", status: "OPEN" });
  });

  it("proposes NOT_COMPARABLE when the conditions differ, and records both sides", () => {
    const found = detectContradiction(
      claim({ value: 4200, conditions: { endpoint: "hello-world" } }),
      claim({ value: 6000, conditions: { endpoint: "database-read", workers: "4" } }),
    );
    expect(found?.status).toBe("NOT_COMPARABLE");
    expect(found?.reason).toMatch(/endpoint=hello-world.*endpoint=database-read/);
  });

  it("ignores differences within the tolerance", () => {
    expect(detectContradiction(claim({ value: 4200 }), claim({ value: 4500 }))).toBeNull();
  });

  it("flags conflicting release years and opposite stances", () => {
    const y = (value: number) =>
      claim({ kind: "fact", metric: "release_year", value, unit: "year", technologies: ["flask"] });
    expect(detectContradiction(y(2010), y(2011))).toMatchObject({ kind: "FACT", status: "OPEN" });
    const o = (stance: string) =>
      claim({
        kind: "opinion",
        metric: null,
        topic: "myth",
        statement: "FastAPI is always faster.",
        conditions: { stance },
      });
    expect(detectContradiction(o("supports"), o("contradicts"))).toMatchObject({ kind: "STANCE" });
  });
});

describe("blocking index", () => {
  it("compares a candidate only with its block, not with every claim", () => {
    const index = new ClaimIndex();
    const techs = ["django", "flask", "fastapi", "express", "rails", "laravel"];
    const topics = ["admin", "orm", "migrations", "authentication", "openapi", "websockets"];
    for (let i = 0; i < 20_000; i++) {
      index.add(
        claim({
          kind: "feature",
          technologies: [techs[i % 6]],
          topic: topics[Math.floor(i / 6) % 6],
          metric: null,
          value: null,
          conditions: { support: i % 2 ? "missing" : "partial" },
          statement: `claim ${i}`,
        }),
      );
    }
    const match = index.findSame(
      claim({
        kind: "feature",
        technologies: ["django"],
        topic: "admin",
        metric: null,
        value: null,
        conditions: { support: "built-in" },
      }),
    );
    expect(match).toBeNull();
    expect(index.comparisons).toBeLessThan(20_000 / 36 + 10);
  });
});
