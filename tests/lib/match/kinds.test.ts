// Each kind of contradiction, and the pairs that look alike but are not contradictions.
import { sameUseCase, adviceOf } from "@/lib/match/advice";
import { canonicalCapability, possession } from "@/lib/match/capability";
import { matchCandidate } from "@/lib/match/candidate";
import { detectContradiction } from "@/lib/match/contradictions";
import { ClaimIndex, type IndexedClaim } from "@/lib/match/index";

let n = 0;
const claim = (over: Partial<IndexedClaim>): IndexedClaim => ({
  id: `k${++n}`,
  slug: `k${n}`,
  kind: "recommendation",
  technologies: [],
  topic: null,
  metric: null,
  value: null,
  unit: null,
  conditions: {},
  statement: "",
  ...over,
});
const rec = (tech: string, topic: string | null, statement = "") => claim({ technologies: [tech], topic, statement });
const avoid = (tech: string, useCase: string) =>
  claim({
    kind: "opinion",
    technologies: [tech],
    topic: `not-for-${useCase}`,
    conditions: { stance: "contradicts" },
    statement: `Avoid ${tech} for ${useCase.replace(/-/g, " ")}.`,
  });
const feature = (tech: string, topic: string, statement: string, conditions: Record<string, unknown> = {}) =>
  claim({ kind: "feature", technologies: [tech], topic, statement, conditions });
const figure = (tech: string, value: number, conditions: Record<string, unknown>) =>
  claim({
    kind: "performance",
    technologies: [tech],
    topic: "performance",
    metric: "throughput",
    value,
    unit: "req/s",
    conditions,
    statement: `${tech} serves ${value} req/s.`,
  });
const fact = (tech: string, over: Partial<IndexedClaim>) => claim({ kind: "fact", technologies: [tech], ...over });

describe("opposite recommendations for one use case", () => {
  it("two sources picking MySQL and PostgreSQL for reporting queries contradict", () => {
    const found = detectContradiction(
      rec("mysql", "reporting-queries", "For reporting queries, MySQL."),
      rec("postgresql", "reporting-queries", "For reporting queries, PostgreSQL."),
    );
    expect(found).toMatchObject({ kind: "RECOMMENDATION", status: "OPEN" });
    expect(found?.reason).toMatch(/picks mysql, the other postgresql/);
  });

  it("finds the use case in the statement when the claim has no topic", () => {
    expect(
      detectContradiction(
        rec("mysql", null, "For reporting queries, MySQL."),
        rec("postgresql", null, "Use PostgreSQL for reporting queries."),
      ),
    ).toMatchObject({ kind: "RECOMMENDATION" });
  });

  it("'use X' and 'avoid X' for one use case contradict", () => {
    expect(
      detectContradiction(rec("mongodb", "reporting-queries"), avoid("mongodb", "reporting-queries")),
    ).toMatchObject({ kind: "RECOMMENDATION", status: "OPEN" });
    expect(
      detectContradiction(avoid("mongodb", "reporting-queries"), rec("mongodb", "heavy-reporting-queries")),
    ).toMatchObject({ kind: "RECOMMENDATION" });
  });

  it("FastAPI for streaming inference and Django for a back office are two use cases, not a contradiction", () => {
    expect(detectContradiction(rec("fastapi", "streaming-inference"), rec("django", "back-office"))).toBeNull();
    expect(
      detectContradiction(
        rec("fastapi", null, "FastAPI for streaming inference."),
        rec("django", null, "Django for back office."),
      ),
    ).toBeNull();
  });

  it("the same recommendation twice is one assertion, not a contradiction", () => {
    const a = rec("django", "back-office", "Django for back office.");
    const b = rec("django", "back-office", "For a back office, Django.");
    expect(detectContradiction(a, b)).toBeNull();
    const index = new ClaimIndex();
    index.add(a);
    expect(matchCandidate(index, b)).toEqual({ same: a, proposals: [] });
  });

  it("avoiding X and recommending Y for one use case agree; so do two picks sharing a technology", () => {
    expect(
      detectContradiction(avoid("mongodb", "reporting-queries"), rec("postgresql", "reporting-queries")),
    ).toBeNull();
    expect(
      detectContradiction(
        claim({ technologies: ["django", "postgresql"], topic: "back-office" }),
        rec("django", "back-office"),
      ),
    ).toBeNull();
  });

  it("a framework and a database for one use case do not compete when their kinds are known", () => {
    const kinds: Record<string, string> = { django: "framework", postgresql: "database", mysql: "database" };
    const kindOf = (slug: string) => kinds[slug];
    expect(detectContradiction(rec("django", "saas-back-end"), rec("postgresql", "saas-back-end"), kindOf)).toBeNull();
    expect(
      detectContradiction(rec("mysql", "saas-back-end"), rec("postgresql", "saas-back-end"), kindOf),
    ).toMatchObject({ kind: "RECOMMENDATION" });
  });

  it("the importer's index, which knows no catalogue kinds, takes them from the shipped lexicon", () => {
    const index = new ClaimIndex();
    const mysql = rec("mysql", "multi-tenant-saas-back-end");
    index.add(rec("django", "multi-tenant-saas-back-end"));
    index.add(mysql);
    const found = matchCandidate(index, rec("postgresql", "multi-tenant-saas-back-end"));
    expect(found.proposals.map((p) => [p.a.id, p.kind])).toEqual([[mysql.id, "RECOMMENDATION"]]);
  });

  it("one use case: the same words, or all of a two-word phrase within the other; a lone shared word is not enough", () => {
    const uc = (topic: string) => adviceOf(rec("x", topic))!.useCase;
    expect(sameUseCase(uc("streaming-inference"), uc("streaming-inference-api"))).toBe(true);
    expect(sameUseCase(uc("back-office"), uc("internal-back-office-tool"))).toBe(true);
    expect(sameUseCase(uc("public-json-apis"), uc("internal-json-apis"))).toBe(false);
    expect(sameUseCase(uc("api"), uc("public-json-api"))).toBe(false);
  });

  it("a myth denied is an opinion, not advice", () => {
    expect(
      adviceOf(
        claim({
          kind: "opinion",
          technologies: ["fastapi"],
          topic: "myth",
          conditions: { stance: "contradicts" },
          statement: "FastAPI is always faster.",
        }),
      ),
    ).toBeNull();
  });
});

describe("has vs lacks one capability", () => {
  it("'built-in admin', 'admin panel' and 'admin interface' are one capability", () => {
    expect(
      new Set(["built-in admin", "admin panel", "Admin interface", "admin", "admin-ui"].map(canonicalCapability)),
    ).toEqual(new Set(["admin"]));
    expect(canonicalCapability("Row-level security")).not.toBe(canonicalCapability("security"));
    expect(canonicalCapability("GraphQL subscriptions")).toBe("graphql-subscription");
  });

  it("reads possession from the support condition, else from the statement", () => {
    expect(possession({ support: "built-in" }, "")).toBe("has");
    expect(possession({ support: "missing" }, "")).toBe("lacks");
    expect(possession({}, "FastAPI has no built-in admin interface.")).toBe("lacks");
    expect(possession({}, "Django ships a built-in admin.")).toBe("has");
    expect(possession({ support: "partial" }, "")).toBe("partial");
  });

  it("one source says FastAPI has an admin panel, another that it has no built-in admin interface: a contradiction", () => {
    const found = detectContradiction(
      feature("fastapi", "admin panel", "FastAPI has an admin panel."),
      feature("fastapi", "built-in-admin", "FastAPI has no built-in admin interface."),
    );
    expect(found).toMatchObject({ kind: "CAPABILITY", status: "OPEN" });
    expect(found?.reason).toMatch(/fastapi has admin vs lacks it/);
  });

  it("partial support agrees with either side; other technologies or capabilities are not compared", () => {
    expect(
      detectContradiction(
        feature("fastapi", "admin", "", { support: "partial" }),
        feature("fastapi", "admin", "", { support: "missing" }),
      ),
    ).toBeNull();
    expect(
      detectContradiction(
        feature("django", "admin", "", { support: "built-in" }),
        feature("fastapi", "admin", "", { support: "missing" }),
      ),
    ).toBeNull();
    expect(
      detectContradiction(
        feature("fastapi", "admin", "", { support: "built-in" }),
        feature("fastapi", "orm", "", { support: "missing" }),
      ),
    ).toBeNull();
  });

  it("the importer's index puts differently worded capabilities in one block", () => {
    const index = new ClaimIndex();
    const has = feature("fastapi", "admin-panel", "FastAPI has an admin panel.", { support: "built-in" });
    index.add(has);
    const found = matchCandidate(index, feature("fastapi", "admin interface", "FastAPI lacks an admin interface."));
    expect(found.proposals.map((p) => [p.a.id, p.kind])).toEqual([[has.id, "CAPABILITY"]]);
  });
});

describe("figures within one comparable group", () => {
  it("the same technology, metric and conditions beyond the tolerance: OPEN", () => {
    expect(
      detectContradiction(
        figure("django", 3900, { hardware: "4 vCPU", endpoint: "json" }),
        figure("django", 6000, { hardware: "4 vCPU", endpoint: "json" }),
      ),
    ).toMatchObject({ kind: "VALUE", status: "OPEN" });
  });

  it("figures from different setups are not comparable: recorded with the conditions that differ, never OPEN", () => {
    const found = detectContradiction(
      figure("django", 3900, { hardware: "4 vCPU", endpoint: "json" }),
      figure("django", 25_000, { hardware: "32 vCPU", endpoint: "json" }),
    );
    expect(found).toMatchObject({ kind: "VALUE", status: "NOT_COMPARABLE" });
    expect(found?.reason).toMatch(/hardware=4 vCPU.*hardware=32 vCPU.*different conditions \(hardware\)/);
  });

  it("different technologies in one setup are a ranking, not a contradiction", () => {
    expect(
      detectContradiction(
        figure("django", 3900, { hardware: "4 vCPU" }),
        figure("fastapi", 24_000, { hardware: "4 vCPU" }),
      ),
    ).toBeNull();
  });
});

describe("conflicting facts", () => {
  it("two release years for one technology", () => {
    expect(
      detectContradiction(
        fact("flask", { metric: "release_year", value: 2010, topic: "release" }),
        fact("flask", { metric: "release_year", value: 2011, topic: "release" }),
      ),
    ).toMatchObject({ kind: "FACT", status: "OPEN" });
  });

  it("two versions for one subject conflict; different subjects and the versions articles measured do not", () => {
    const since = (topic: string, version: string) =>
      fact("django", { metric: "version", topic, conditions: { version } });
    expect(detectContradiction(since("added-async-views", "3.1"), since("added-async-views", "3.0"))).toMatchObject({
      kind: "FACT",
    });
    expect(detectContradiction(since("added-async-views", "3.1"), since("added-asgi", "3.0"))).toBeNull();
    expect(detectContradiction(since("version", "5.0"), since("version", "4.2"))).toBeNull();
  });

  it("two owners conflict (spelling aside); star counts that differ do not", () => {
    const owner = (by: string) => fact("redis", { topic: "ownership", conditions: { by } });
    expect(detectContradiction(owner("Redis Ltd"), owner("VMware"))).toMatchObject({ kind: "FACT" });
    expect(detectContradiction(owner("The Redis Ltd"), owner("Redis Ltd"))).toBeNull();
    expect(
      detectContradiction(
        fact("redis", { metric: "stars", topic: "stars", value: 60_000 }),
        fact("redis", { metric: "stars", topic: "stars", value: 65_000 }),
      ),
    ).toBeNull();
  });
});
