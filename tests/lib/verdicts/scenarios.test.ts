// Verdict requirements as scenarios: each test is one sentence a careful reader would hold the
// engine to, on a small evidence set written for it.
import fc from "fast-check";
import { computeVerdicts, VerdictEngine } from "@/lib/verdicts/engine";
import { applyChange } from "@/lib/verdicts/what-if";
import type { Evidence, EvidenceClaim, EvidenceFigure, UseCaseInfo, Verdict } from "@/lib/verdicts/types";
import { evidenceArb } from "./arbitraries";
import { claim, decision, evidence, USE_CASES } from "./fixtures";

const verdictOf = (e: Evidence, useCase: string): Verdict => computeVerdicts(e).find((v) => v.useCaseSlug === useCase)!;
const scoreOf = (v: Verdict, tech: string) => v.scores.find((s) => s.technologySlug === tech)?.score ?? 0;
const shownClaims = (v: Verdict) =>
  [...v.reasons, ...(v.counterEvidence ? [v.counterEvidence] : [])].flatMap((r) => r.claimIds);
const reasonFor = (v: Verdict, claimId: string) => v.reasons.find((r) => r.claimIds.includes(claimId));

const throughput = (tech: string, value: number, setup: string, id: string): EvidenceClaim =>
  claim([tech], `${tech} served ${value} requests per second for a JSON API`, {
    id,
    kind: "PERFORMANCE",
    figure: { metric: "throughput", unit: "req/s", value, setup, higherIsBetter: true } satisfies EvidenceFigure,
  });

describe("direction of evidence", () => {
  it("a claim that X lacks an admin never supports X for a back office", () => {
    const lacks = claim(["fastapi"], "FastAPI has no built-in admin interface", { id: "lacks", kind: "FEATURE" });
    const has = claim(["django"], "Django has a built-in admin", { id: "has", kind: "FEATURE" });
    const v = verdictOf(evidence([lacks, has]), "back-office-tool");
    expect(v.winner).toBe("django");
    expect(scoreOf(v, "fastapi")).toBeLessThan(0);
    expect(v.reasons.filter((r) => r.technologySlug === "fastapi")).toEqual([]);
    // Alone, it still does not make FastAPI the pick for a back office.
    expect(verdictOf(evidence([lacks]), "back-office-tool").winner).toBeNull();
  });

  it("a slower figure in the same setup counts against, the faster one for", () => {
    const e = evidence([
      throughput("django", 3900, "workers=4", "django-rps"),
      throughput("fastapi", 21000, "workers=4", "fastapi-rps"),
    ]);
    const v = verdictOf(e, "public-json-api");
    expect(v.winner).toBe("fastapi");
    expect(scoreOf(v, "django")).toBeLessThan(0);
    expect(reasonFor(v, "fastapi-rps")?.text).toMatch(/ahead of every other technology measured the same way/);
    // Django's slower figure is not shown as the case for Django against FastAPI.
    expect(v.counterEvidence?.claimIds ?? []).not.toContain("django-rps");
  });

  it("lower is better for latency: the slower response time counts against", () => {
    const latency = (tech: string, ms: number): EvidenceClaim =>
      claim([tech], `${tech} answered in ${ms} ms at p95`, {
        id: `${tech}-p95`,
        kind: "PERFORMANCE",
        figure: { metric: "latency_p95", unit: "ms", value: ms, setup: "", higherIsBetter: false },
      });
    const v = verdictOf(evidence([latency("django", 120), latency("fastapi", 35)]), "public-json-api");
    expect(v.winner).toBe("fastapi");
    expect(scoreOf(v, "django")).toBeLessThan(0);
  });

  it("figures from different setups are not ranked against each other", () => {
    const e = evidence([
      throughput("django", 3900, "workers=1", "django-rps"),
      throughput("fastapi", 21000, "workers=8", "fastapi-rps"),
    ]);
    const v = verdictOf(e, "public-json-api");
    expect(v.winner).toBeNull();
    expect(shownClaims(v)).toEqual([]);
  });

  it("a figure does not count merely for existing", () => {
    const v = verdictOf(evidence([throughput("fastapi", 21000, "workers=4", "fastapi-rps")]), "public-json-api");
    expect(v.scores).toEqual([]);
  });

  it("a relative claim counts for the faster side and against the slower one", () => {
    const relative = claim(["fastapi", "django"], "FastAPI is 6x faster than Django for JSON APIs", {
      id: "relative",
      kind: "PERFORMANCE",
    });
    const v = verdictOf(evidence([relative]), "public-json-api");
    expect(v.winner).toBe("fastapi");
    expect(scoreOf(v, "django")).toBeLessThan(0);
    expect(scoreOf(v, "fastapi")).toBe(-scoreOf(v, "django"));
  });

  it("a release year is a neutral fact, never a reason", () => {
    const year = claim(["fastapi"], "FastAPI was first released in 2018 as a JSON API framework", {
      id: "year",
      kind: "FACT",
      topic: "json api",
    });
    const v = verdictOf(evidence([year]), "public-json-api");
    expect(v.scores).toEqual([]);
    expect(shownClaims(v)).toEqual([]);
  });

  it('"avoid X for Y" counts against X', () => {
    const avoid = claim(["flask"], "Avoid Flask for a back office admin", { id: "avoid" });
    const pick = claim(["django"], "Pick Django for a back office admin", { id: "pick" });
    const v = verdictOf(evidence([avoid, pick]), "back-office-tool");
    expect(v.winner).toBe("django");
    expect(scoreOf(v, "flask")).toBeLessThan(0);
  });

  it("an editor's direction wins over the one read from the statement", () => {
    const praise = claim(["django"], "Django has a built-in admin", {
      id: "admin",
      kind: "FEATURE",
      directions: { django: "against" },
    });
    expect(scoreOf(verdictOf(evidence([praise]), "back-office-tool"), "django")).toBeLessThan(0);
  });
});

describe("relevance by meaning", () => {
  it("a recommendation for streaming inference does not count for a CMS", () => {
    const streaming = claim(["fastapi"], "For streaming inference APIs, pick FastAPI", { id: "streaming" });
    expect(verdictOf(evidence([streaming]), "content-site-cms").scores).toEqual([]);
    expect(verdictOf(evidence([streaming]), "public-json-api").scores).toEqual([]);
    const inference = verdictOf(evidence([streaming]), "model-inference-service");
    expect(inference.winner).toBe("fastapi");
    expect(reasonFor(inference, "streaming")?.countsBecause).toBe("serves machine-learning models");
  });

  it("nor when editors cite it for a CMS: a citation does not make another use case's advice relevant", () => {
    const streaming = claim(["fastapi"], "For streaming inference APIs, pick FastAPI", {
      id: "streaming",
      useCaseHints: ["content-site-cms"],
    });
    expect(verdictOf(evidence([streaming]), "content-site-cms").scores).toEqual([]);
  });

  it("a reason shows the need it matched", () => {
    const admin = claim(["django"], "Django has an admin interface built in", { id: "admin", kind: "FEATURE" });
    const login = claim(["django"], "Django has authentication built in", { id: "login", kind: "FEATURE" });
    const v = verdictOf(evidence([admin, login]), "back-office-tool");
    expect(v.winner).toBe("django");
    expect(reasonFor(v, "admin")?.countsBecause).toBe("needs an admin UI");
    expect(reasonFor(v, "login")?.countsBecause).toBe("needs authentication and permissions");
    for (const r of v.reasons) expect(r.countsBecause).toBeTruthy();
  });

  it("a use case an editor describes by its own needs counts the claims that meet them, and says which", () => {
    const saas: UseCaseInfo = {
      slug: "multi-tenant-saas",
      keywords: ["multi tenant saas"],
      drivers: [],
      needs: [
        {
          key: "tenant-isolation",
          label: "needs tenant isolation",
          terms: ["row level security", "multi tenant", "schemas per tenant"],
        },
      ],
    };
    const rls = claim(["postgresql"], "PostgreSQL has row level security built in", { id: "rls", kind: "FEATURE" });
    const backOffice = claim(["django"], "For a staff back office, pick Django", { id: "back-office" });
    const v = computeVerdicts({ ...evidence([rls, backOffice]), useCases: [...USE_CASES, saas] }).find(
      (x) => x.useCaseSlug === "multi-tenant-saas",
    )!;
    expect(v.winner).toBe("postgresql");
    expect(reasonFor(v, "rls")?.countsBecause).toBe("needs tenant isolation");
    // Back-office advice shares no need with a multi-tenant SaaS: it is not a reason there, for or against.
    expect(shownClaims(v)).not.toContain("back-office");
    expect(scoreOf(v, "django")).toBe(0);
  });

  it("a bare recommendation for another use case counts only for that use case: naming it names no need", () => {
    const backOffice = claim(["django"], "For a staff back office, pick Django", { id: "back-office" });
    expect(reasonFor(verdictOf(evidence([backOffice]), "back-office-tool"), "back-office")).toBeDefined();
    // "back office" is an admin-UI term too, but here it names the use case the advice is for.
    expect(verdictOf(evidence([backOffice]), "content-site-cms").scores).toEqual([]);
  });

  it("a recommendation for another use case counts only through a need the two share and the claim is about, and says so", () => {
    const backOffice = claim(["django"], "For a staff back office with an admin, pick Django", { id: "back-office" });
    const home = verdictOf(evidence([backOffice]), "back-office-tool");
    const cms = verdictOf(evidence([backOffice]), "content-site-cms");
    expect(reasonFor(home, "back-office")?.countsBecause).toBe("needs an admin UI");
    expect(reasonFor(cms, "back-office")?.countsBecause).toBe(
      "needs an admin UI, shared with the use case it recommends for",
    );
    expect(scoreOf(cms, "django")).toBeCloseTo(scoreOf(home, "django") / 2, 5);
    // A public JSON API needs no admin UI: nothing shared, nothing counted.
    expect(verdictOf(evidence([backOffice]), "public-json-api").scores).toEqual([]);
  });

  it("a team decided on only some of the use case's needs is never 'with the same needs': the reason names the need it lacked", () => {
    const all = ["needs-admin-ui", "needs-auth", "editors-non-developers", "time-to-first-release"];
    const teamText = (drivers: string[]) =>
      verdictOf(evidence([], [decision("d1", drivers, ["django"], "WORKED", true)]), "back-office-tool").reasons.find(
        (r) => r.decisionIds.includes("d1"),
      )?.text;
    expect(teamText(all)).toMatch(/^1 team with the same needs chose Django;/);
    expect(teamText(all.filter((d) => d !== "time-to-first-release"))).toMatch(
      /^1 team with 3 of these 4 needs \(all but needs a short time to first release\) chose Django;/,
    );
  });

  it("team decisions count where their drivers are needs of the use case, and say which", () => {
    const worked = decision("d1", ["needs-admin-ui"], ["django"], "WORKED", true);
    const v = verdictOf(evidence([], [worked]), "back-office-tool");
    expect(v.reasons.find((r) => r.decisionIds.includes("d1"))?.countsBecause).toBe(
      "a team decided on it for the same reason (needs an admin UI)",
    );
    expect(verdictOf(evidence([], [worked]), "public-json-api").scores).toEqual([]);
  });
});

describe("generic figures", () => {
  const helloWorld = (tech: string, value: number, id: string, extra: Partial<EvidenceClaim> = {}): EvidenceClaim =>
    claim(
      [tech],
      `${tech} achieved about ${value} requests per second (2-vcpu vm, hello-world) on a back office admin endpoint`,
      {
        id,
        kind: "PERFORMANCE",
        figure: {
          metric: "throughput",
          unit: "req/s",
          value,
          setup: "endpoint=hello world;hardware=2 vcpu vm",
          higherIsBetter: true,
        },
        ...extra,
      },
    );

  it("a hello-world figure does not support a back-office pick", () => {
    const fast = helloWorld("fastapi", 24000, "fastapi-rps", { useCaseHints: ["back-office-tool"] });
    const slow = helloWorld("django", 3900, "django-rps");
    const admin = claim(["django"], "Django has an admin interface built in", { id: "admin", kind: "FEATURE" });
    const v = verdictOf(evidence([fast, slow, admin]), "back-office-tool");
    expect(v.winner).toBe("django");
    // Not for FastAPI, not against Django: throughput is no need of a back office, whatever the sentence mentions or who cited it.
    expect(v.scores.map((s) => s.technologySlug)).toEqual(["django"]);
    expect(shownClaims(v)).not.toContain("fastapi-rps");
    expect(shownClaims(v)).not.toContain("django-rps");
  });

  it("counts only for the needs it measures, and is not repeated as the reason for unrelated picks", () => {
    const realLoad = (tech: string, value: number, id: string): EvidenceClaim =>
      claim([tech], `${tech} served about ${value} requests per second listing 100 rows from PostgreSQL`, {
        id,
        kind: "PERFORMANCE",
        figure: {
          metric: "throughput",
          unit: "req/s",
          value,
          setup: "endpoint=list 100 rows from postgresql;hardware=2 vcpu vm",
          higherIsBetter: true,
        },
      });
    const e = evidence([realLoad("fastapi", 2400, "fastapi-rps"), realLoad("django", 900, "django-rps")]);
    const api = verdictOf(e, "public-json-api");
    expect(api.winner).toBe("fastapi");
    expect(reasonFor(api, "fastapi-rps")?.countsBecause).toBe("high traffic, I/O-bound (a throughput figure)");
    // Model inference is chosen on latency, which a throughput figure does not measure.
    const verdicts = computeVerdicts(e);
    const citing = verdicts.filter((v) => shownClaims(v).includes("fastapi-rps")).map((v) => v.useCaseSlug);
    expect(citing).toEqual(["public-json-api"]);
  });
});

describe("counts on one page agree", () => {
  // "12 verified claims from 7 independent sources": one count of claims, one of sources.
  const lineCounts = (v: Verdict) => {
    // Noughts are said in words (review 5, R8): "none from an independent source", "nothing verified for it".
    const m =
      /^\d+%: (?:(\d+) verified claims?(?: from (\d+) independent sources?|, none from an independent source)(?:,? and (\d+) team decisions?)?|(\d+) team decisions?|nothing verified) for it; (nothing verified against it|(\d+) pieces? of evidence against it);/.exec(
        v.confidenceExplanation ?? "",
      );
    if (!m) throw new Error(`unexpected confidence line: ${v.confidenceExplanation}`);
    return {
      claims: Number(m[1] ?? 0),
      sources: Number(m[2] ?? 0),
      teams: Number(m[3] ?? m[4] ?? 0),
      against: Number(m[6] ?? 0),
    };
  };
  const perReason = (text: string) => Number(/(\d+) independent sources?\)$/.exec(text)?.[1] ?? 0);

  it("one article quoted twice is one source, and a syndicated copy is no second source", () => {
    const quote = (id: string, articleId: string, sourceKey: string) => ({
      articleId,
      sourceKey,
      publishedAt: "2025-06-01T00:00:00.000Z",
    });
    const admin = claim(["django"], "Django has an admin interface built in", {
      id: "admin",
      kind: "FEATURE",
      citations: [
        quote("admin", "blog", "blog|admin"),
        quote("admin", "blog", "blog|admin again"),
        quote("admin", "mirror", "blog|admin"),
      ],
    });
    const login = claim(["django"], "Django has authentication built in", {
      id: "login",
      kind: "FEATURE",
      citations: [quote("login", "blog", "blog|auth"), quote("login", "other", "other|auth")],
    });
    const v = verdictOf(evidence([admin, login]), "back-office-tool");
    expect(reasonFor(v, "admin")?.text).toMatch(/from 1 independent source$/);
    expect(reasonFor(v, "login")?.text).toMatch(/from 2 independent sources$/);
    expect(lineCounts(v)).toEqual({ claims: 2, sources: 2, teams: 0, against: 0 });
  });

  it("the confidence line, the reasons and the counter-evidence never disagree", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const v of computeVerdicts(e)) {
          if (!v.winner) continue;
          const counts = lineCounts(v);
          const claimReasons = v.reasons.filter((r) => r.claimIds.length > 0);
          expect(claimReasons.length).toBeLessThanOrEqual(counts.claims);
          for (const r of claimReasons) expect(perReason(r.text)).toBeLessThanOrEqual(counts.sources);
          // A team that chose both halves of a combination is named under each, and counted once.
          const teams = new Set(v.reasons.flatMap((r) => r.decisionIds));
          expect(teams.size).toBeLessThanOrEqual(counts.teams);
          // "Nothing verified against it" exactly when the counter-evidence is the runner-up's case.
          expect(counts.against === 0).toBe(v.counterEvidence?.direction !== "against");
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("weighing", () => {
  it("two sources agreeing beat one", () => {
    const two = claim(["django"], "Pick Django for a back office admin", { id: "two", sources: ["blog-a", "blog-b"] });
    const one = claim(["flask"], "Pick Flask for a back office admin", { id: "one", sources: ["blog-c"] });
    expect(verdictOf(evidence([one, two]), "back-office-tool").winner).toBe("django");
  });

  it("a refuted claim stops counting at once, with no trace in reasons or counter-evidence", () => {
    const pick = claim(["django"], "Pick Django for a back office admin", { id: "pick" });
    const praise = claim(["django"], "Django's admin is the best back office tool", {
      id: "praise",
      sources: ["a", "b", "c"],
    });
    const engine = new VerdictEngine(evidence([pick, praise]));
    const alone = verdictOf(evidence([pick]), "back-office-tool");
    engine.upsertClaim({ ...praise, status: "REFUTED" });
    const after = engine.verdict("back-office-tool")!;
    expect(scoreOf(after, "django")).toBe(scoreOf(alone, "django"));
    expect(shownClaims(after)).not.toContain("praise");
  });

  it("a refuted figure stops ranking the others in its setup", () => {
    const django = throughput("django", 3900, "workers=4", "django-rps");
    const fastapi = throughput("fastapi", 21000, "workers=4", "fastapi-rps");
    const engine = new VerdictEngine(evidence([django, fastapi]));
    expect(engine.verdict("public-json-api")!.winner).toBe("fastapi");
    engine.upsertClaim({ ...django, status: "REFUTED" });
    expect(engine.verdict("public-json-api")!.scores).toEqual([]);
  });
});

describe("explanations", () => {
  it("every reason shown speaks for the recommendation, and counter-evidence never for it", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const v of computeVerdicts(e)) {
          for (const r of v.reasons) {
            expect(v.recommended).toContain(r.technologySlug);
            expect(r.direction).toBe("supports");
            expect(r.weight).toBeGreaterThan(0);
          }
          const counter = v.counterEvidence;
          if (counter)
            expect(
              counter.direction === "against"
                ? v.recommended.includes(counter.technologySlug)
                : !v.recommended.includes(counter.technologySlug),
            ).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("what would change this names the claim, its direction and the size of a plausible change, never dozens of sources", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const v of computeVerdicts(e)) {
          const w = v.whatWouldChange;
          if (!w) continue;
          if (w.change.type === "add-sources") expect(w.change.count).toBeLessThanOrEqual(3);
          expect(w.direction).toMatch(/^(supports|against)$/);
          expect(Math.abs(w.scoreChange ?? 0)).toBeGreaterThan(0);
          expect(w.description).toContain(w.change.claimId);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("confidence is explained in one line: sources, counter-evidence, recency", () => {
    const v = verdictOf(
      evidence([claim(["django"], "Pick Django for a back office admin", { id: "pick", sources: ["a", "b"] })]),
      "back-office-tool",
    );
    expect(v.confidenceExplanation).toMatch(
      /1 verified claim from 2 independent sources for it; nothing verified against it; no scoring alternative; newest source Jun 2025\./,
    );
  });

  it("explains an editor's pick by the evidence for it, next to what the evidence alone points to", () => {
    const django = claim(["django"], "Pick Django for a back office admin", { id: "django", sources: ["a", "b"] });
    const flask = claim(["flask"], "Pick Flask for a back office admin", { id: "flask" });
    const engine = new VerdictEngine(evidence([django, flask]));
    const chosen = engine.explain("back-office-tool", ["flask"])!;
    expect(chosen).toMatchObject({
      recommended: ["flask"],
      label: "Flask",
      engineRecommended: ["django"],
      engineLabel: "Django",
      whatWouldChange: null,
    });
    expect(chosen.reasons.map((r) => r.claimIds)).toEqual([["flask"]]);
    expect(chosen.counterEvidence?.claimIds).toEqual(["django"]);
  });
});

// The independent re-audit of the demo's verdict pages and wizard paths (issue 11): each finding
// as the requirement it broke, on evidence written for it.
describe("audit findings", () => {
  const hello = (tech: string, value: number, id: string): EvidenceClaim =>
    claim([tech], `${tech} achieved about ${value} requests per second (2-vcpu vm, hello-world)`, {
      id,
      kind: "PERFORMANCE",
      figure: {
        metric: "throughput",
        unit: "req/s",
        value,
        setup: "endpoint=hello world;hardware=2 vcpu vm",
        higherIsBetter: true,
      },
    });

  it("a hello-world benchmark is no evidence that a framework carries high traffic: it measures an empty endpoint", () => {
    const e = evidence([hello("fastapi", 24000, "fastapi-rps"), hello("django", 3900, "django-rps")]);
    for (const v of computeVerdicts(e)) {
      expect(shownClaims(v)).not.toContain("fastapi-rps");
      expect(v.scores).toEqual([]);
    }
  });

  it("a claim is shown once per verdict, never as a reason and again as counter-evidence", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const v of computeVerdicts(e)) {
          const ids = shownClaims(v);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("a team decision made for model serving is no evidence for a JSON API, though both needed high traffic", () => {
    const api: UseCaseInfo = {
      slug: "public-json-api",
      keywords: ["json api"],
      drivers: ["high-traffic-io", "needs-auth"],
    };
    const inference: UseCaseInfo = {
      slug: "model-inference-service",
      keywords: ["inference"],
      drivers: ["ml-serving", "high-traffic-io"],
    };
    const serving = decision(
      "serving",
      ["ml-serving", "high-traffic-io", "Async database drivers available"],
      ["fastapi"],
      "WORKED",
      true,
    );
    const verdicts = computeVerdicts({ ...evidence([], [serving]), useCases: [api, inference] });
    const of = (slug: string) => verdicts.find((v) => v.useCaseSlug === slug)!;
    expect(of("public-json-api").scores).toEqual([]);
    expect(of("model-inference-service").winner).toBe("fastapi");
    expect(of("model-inference-service").reasons[0].countsBecause).toBe(
      "a team decided on it for the same reasons (serves machine-learning models; high traffic, I/O-bound)",
    );
  });

  it("a team decision counts only where every need it was decided on is the use case's (review 4, R8)", () => {
    const marketplace = decision(
      "marketplace",
      ["needs-admin-ui", "needs-auth", "editors-non-developers", "time-to-first-release", "Team already knows Python"],
      ["django"],
      "WORKED",
      true,
    );
    const backOffice: UseCaseInfo = {
      slug: "back-office-tool",
      keywords: ["back office"],
      drivers: ["needs-admin-ui", "needs-auth", "time-to-first-release", "editors-non-developers"],
    };
    const cms: UseCaseInfo = {
      slug: "content-site-cms",
      keywords: ["cms"],
      drivers: ["editors-non-developers", "needs-admin-ui"],
    };
    const verdicts = computeVerdicts({ ...evidence([], [marketplace]), useCases: [backOffice, cms] });
    expect(verdicts.find((v) => v.useCaseSlug === "back-office-tool")!.winner).toBe("django");
    // Decided on a short time to first release and staff logins too, which a CMS is not chosen on.
    expect(verdicts.find((v) => v.useCaseSlug === "content-site-cms")!.scores).toEqual([]);
  });

  it("the evidence-balance chart counts what the confidence line counts: one function computes both", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        const engine = new VerdictEngine(e);
        for (const v of engine.verdicts()) {
          if (!v.winner) continue;
          const explained = engine.explain(v.useCaseSlug, v.recommended)!;
          const m =
            /^\d+%: (?:(\d+) verified claims?\b.*?|[^;]*?)for it; (?:nothing verified against it|(\d+) pieces? of evidence against it);/.exec(
              explained.confidenceExplanation,
            )!;
          // The pick's own (the next option's are listed apart on the page; G4).
          const chart = (explained.evidence ?? []).filter((c) => !c.nextOption);
          // No verified claim is said in words ("1 team decision for it"): none drawn.
          expect(chart.filter((c) => c.side === "supports")).toHaveLength(Number(m[1] ?? 0));
          // The line's "against" also counts team decisions; the chart draws claims only.
          expect(chart.filter((c) => c.side === "against").length).toBeLessThanOrEqual(Number(m[2] ?? 0));
          for (const c of chart) expect(c.weight).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("every confidence shown comes with its one-line explanation", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const v of computeVerdicts(e)) {
          if (!v.winner) continue;
          expect(v.confidenceExplanation?.startsWith(`${Math.round(v.confidence * 100)}%: `)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the four sample documents' findings (npm run eval:samples)", () => {
  it("a pair advised for another use case that shares a need does not split this one's pick in two", () => {
    // "Chat bot with an admin → FastAPI + Django" shares "needs an admin UI" with a back office.
    const chatBot = claim(["fastapi", "django"], "For chat bot with an admin, pick FastAPI and Django.", {
      id: "chat-bot",
    });
    const admin = claim(["django"], "Django has an admin interface built in", {
      id: "admin",
      kind: "FEATURE",
      sources: ["a", "b"],
    });
    const v = verdictOf(evidence([chatBot, admin]), "back-office-tool");
    expect(v.winner).toBe("django");
    expect(v.recommended).toEqual(["django"]);
    // Made for the use case itself, the same advice is a pair.
    const forBackOffice = claim(["fastapi", "django"], "For a back office, pick FastAPI and Django.", { id: "pair" });
    expect(verdictOf(evidence([forBackOffice, admin]), "back-office-tool").recommended).toEqual(["django", "fastapi"]);
  });

  it("advice in the plural names the use case in the singular: 'small internal services' is advice for a small internal service", () => {
    const flask = claim(["flask"], "Flask is a good fit for small internal services and webhooks.", {
      id: "flask-small",
    });
    const glue = claim(["flask"], "Flask is the pick for small services and glue.", { id: "flask-glue" });
    const fleet = claim(["fastapi"], "Use FastAPI when small services in a microservice fleet.", { id: "fleet" });
    const v = verdictOf(evidence([flask, glue, fleet]), "small-internal-service");
    // Two pieces of advice made for it beat one.
    expect(v.winner).toBe("flask");
    expect(reasonFor(v, "flask-small")?.countsBecause).toBe('names this use case ("internal service")');
    expect(reasonFor(v, "flask-glue")?.countsBecause).toBe('names this use case ("small service")');
  });
});

// The editors' own write-ups (Article.houseSource): evidence, but never an independent source.
describe("house sources: our own write-ups", () => {
  const cite = (articleId: string, house = false, publishedAt = "2025-06-01T00:00:00.000Z") => ({
    articleId,
    sourceKey: `${articleId}|quote`,
    publishedAt,
    ...(house ? { house: true } : {}),
  });
  const backOffice = (tech: string, id: string, citations: ReturnType<typeof cite>[]) =>
    claim([tech], `Pick ${tech === "django" ? "Django" : "Flask"} for a back office admin`, { id, citations });

  it("our own write-up adds nothing to a claim's weight or to the number of sources behind it", () => {
    const withOurs = verdictOf(
      evidence([backOffice("django", "pick", [cite("blog"), cite("ours", true)])]),
      "back-office-tool",
    );
    const without = verdictOf(evidence([backOffice("django", "pick", [cite("blog")])]), "back-office-tool");
    expect(scoreOf(withOurs, "django")).toBe(scoreOf(without, "django"));
    expect(withOurs.confidenceExplanation).toMatch(/^\d+%: 1 verified claim from 1 independent source for it;/);
  });

  it("two sources agreeing beat one source and our own write-up", () => {
    const django = backOffice("django", "django", [cite("blog-a"), cite("ours", true)]);
    const flask = backOffice("flask", "flask", [cite("blog-b"), cite("blog-c")]);
    expect(verdictOf(evidence([django, flask]), "back-office-tool").winner).toBe("flask");
    // Were the write-up someone else's, the two would stand level.
    const django2 = backOffice("django", "django", [cite("blog-a"), cite("ours")]);
    const level = verdictOf(evidence([django2, flask]), "back-office-tool");
    expect(scoreOf(level, "django")).toBe(scoreOf(level, "flask"));
  });

  it("many claims from our one write-up never add up to agreeing sources", () => {
    const ours = ["admin", "auth", "migrations"].map((topic) =>
      claim(["django"], `Django has ${topic} built in for a back office admin`, {
        id: `ours-${topic}`,
        kind: "FEATURE",
        citations: [cite("ours", true)],
      }),
    );
    const v = verdictOf(evidence(ours), "back-office-tool");
    expect(v.winner).toBe("django");
    expect(v.confidenceExplanation).toMatch(/^\d+%: 3 verified claims, none from an independent source for it;/);
  });

  it("a reason backed by our own write-up says so next to the evidence", () => {
    const only = backOffice("django", "only-ours", [cite("ours", true)]);
    expect(reasonFor(verdictOf(evidence([only]), "back-office-tool"), "only-ours")?.text).toMatch(
      /from our own write-up only, no independent source$/,
    );
    const both = backOffice("django", "both", [cite("blog"), cite("ours", true)]);
    expect(reasonFor(verdictOf(evidence([both]), "back-office-tool"), "both")?.text).toMatch(
      /from 1 independent source, plus our own write-up \(not counted as one\)$/,
    );
    const none = backOffice("django", "theirs", [cite("blog")]);
    expect(reasonFor(verdictOf(evidence([none]), "back-office-tool"), "theirs")?.text).not.toMatch(/our own/);
  });

  it("the newest source the confidence line names is never our own write-up, whose newer date is said as ours", () => {
    const pick = backOffice("django", "pick", [cite("blog"), cite("ours", true, "2025-12-01T00:00:00.000Z")]);
    expect(verdictOf(evidence([pick]), "back-office-tool").confidenceExplanation).toMatch(
      /newest source Jun 2025 \(our own write-up Dec 2025\)\./,
    );
  });

  it("marking a cited article as ours lowers the count at once, as a full run over the same evidence does", () => {
    const django = backOffice("django", "django", [cite("blog-a"), cite("blog-z")]);
    const flask = backOffice("flask", "flask", [cite("blog-b"), cite("blog-c")]);
    const engine = new VerdictEngine(evidence([django, flask]));
    engine.verdict("back-office-tool");
    const marked = { ...django, citations: [cite("blog-a"), cite("blog-z", true)] };
    engine.upsertClaim(marked);
    const incremental = engine.verdict("back-office-tool")!;
    expect(incremental).toEqual(verdictOf(evidence([marked, flask]), "back-office-tool"));
    expect(incremental.winner).toBe("flask");
  });
});

// The second re-review of the public pages (notes: review-public-2.md), each finding as the
// requirement it broke, on evidence written for it.
describe("public re-review findings", () => {
  const auth = (tech: string, name: string, statement: string, sources: string[], id = `${tech}-auth`): EvidenceClaim =>
    claim([tech], statement.replace("X", name), { id, kind: "FEATURE", topic: "authentication", sources });

  it("a feature every technology a source compares has tells them apart on nothing: it is no reason for one of them", () => {
    // One source's table: every column has authentication built in; one framework's claim has a second source too.
    const everyone = [
      auth("django", "Django", "X has authentication built in", ["table"]),
      auth("flask", "Flask", "X has authentication built in", ["table", "flask-blog"]),
      auth("fastapi", "FastAPI", "X has authentication built in", ["table"]),
    ];
    const v = verdictOf(evidence(everyone), "back-office-tool");
    expect(v.winner).toBeNull();
    expect(shownClaims(v)).toEqual([]);
    // Next to a feature only one of them has, the common one neither leads nor trails.
    const admin = claim(["django"], "Django has an admin interface built in", {
      id: "admin",
      kind: "FEATURE",
      topic: "admin",
    });
    const withAdmin = verdictOf(evidence([...everyone, admin]), "back-office-tool");
    expect(withAdmin.winner).toBe("django");
    expect(shownClaims(withAdmin)).toEqual(["admin"]);
  });

  it("where the source shows one of them lacks it, having it sets the others apart again", () => {
    const lacks = auth("fastapi", "FastAPI", "X has no built-in authentication", ["table"]);
    const e = evidence([
      auth("django", "Django", "X has authentication built in", ["table"]),
      auth("flask", "Flask", "X has authentication built in", ["table", "flask-blog"]),
      lacks,
    ]);
    const v = verdictOf(e, "back-office-tool");
    expect(v.winner).toBe("flask");
    expect(reasonFor(v, "flask-auth")).toBeDefined();
    expect(scoreOf(v, "fastapi")).toBeLessThan(0);
  });

  it("a feature becomes common ground, and stops being, incrementally as a full computation says", () => {
    const django = auth("django", "Django", "X has authentication built in", ["table"]);
    const flask = auth("flask", "Flask", "X has authentication built in", ["table", "flask-blog"]);
    const fastapiLacks = auth("fastapi", "FastAPI", "X has no built-in authentication", ["table"]);
    const fastapiHas = auth("fastapi", "FastAPI", "X has authentication built in", ["table"]);
    const engine = new VerdictEngine(evidence([django, flask, fastapiLacks]));
    expect(engine.verdict("back-office-tool")?.winner).toBe("flask");
    engine.upsertClaim(fastapiHas);
    expect(engine.verdicts()).toEqual(computeVerdicts(evidence([django, flask, fastapiHas])));
    engine.removeClaim(fastapiHas.id);
    expect(engine.verdicts()).toEqual(computeVerdicts(evidence([django, flask])));
    expect(engine.verdict("back-office-tool")?.winner).toBeNull();
  });
});

describe("what would change this, beside common ground", () => {
  it("never asks for more sources behind a claim that any new source would make common ground", () => {
    // Flask leads on one cited figure; Django's only case is one uncited feature claim naming Django and
    // FastAPI together with the capability. Another source behind it would say both have it: no reason for either.
    const both = claim(["django", "fastapi"], "Good for model serving and inference", {
      id: "both",
      kind: "FEATURE",
      topic: "admin",
      sources: [],
    });
    const figure = claim(["flask"], "Flask serves model inference at 100 ms p95", {
      id: "figure",
      kind: "PERFORMANCE",
      figure: { metric: "latency_p95", value: 100, setup: "", unit: "ms", higherIsBetter: false },
      directions: { flask: "supports" },
    });
    const e = evidence([both, figure]);
    for (const v of computeVerdicts(e)) {
      if (!v.whatWouldChange) continue;
      expect(v.whatWouldChange.change).not.toMatchObject({ type: "add-sources", claimId: "both" });
      const rerun = computeVerdicts(applyChange(e, v.whatWouldChange.change)).find(
        (r) => r.useCaseSlug === v.useCaseSlug,
      )!;
      expect(rerun.winner).toBe(v.whatWouldChange.newWinner);
    }
  });
});

describe("team outcomes and undated sources (review 3)", () => {
  const serving = (id: string, result: "WORKED" | "MIXED" | "REGRETTED", again: boolean) =>
    decision(id, ["ml-serving", "high-traffic-io"], ["fastapi"], result, again);
  const inference: UseCaseInfo = {
    slug: "model-inference-service",
    keywords: ["inference"],
    drivers: ["ml-serving", "high-traffic-io"],
  };
  const inferenceVerdict = (...ds: ReturnType<typeof decision>[]) =>
    computeVerdicts({ ...evidence([], ds), useCases: [inference] })[0];
  const teamReason = (v: Verdict) =>
    [...v.reasons, ...(v.counterEvidence ? [v.counterEvidence] : [])].find((r) => r.decisionIds.length > 0);

  it("a mixed outcome is said as mixed, never as 'worked', counts less than a success, and keeps the decision's driver labels", () => {
    const mixed = inferenceVerdict(serving("d1", "MIXED", true));
    const worked = inferenceVerdict(serving("d1", "WORKED", true));
    const reason = teamReason(mixed)!;
    expect(reason.text).toBe("1 team with the same needs chose FastAPI; outcome: mixed, would choose it again");
    expect(reason.countsBecause).toBe(
      "a team decided on it for the same reasons (serves machine-learning models; high traffic, I/O-bound)",
    );
    expect(reason.text).not.toMatch(/worked/);
    expect(teamReason(worked)!.text).toContain("outcome: worked");
    expect(scoreOf(mixed, "fastapi")).toBeGreaterThan(0);
    expect(scoreOf(mixed, "fastapi")).toBeLessThan(scoreOf(worked, "fastapi"));
  });

  it("a regretted outcome counts against the technology", () => {
    const v = inferenceVerdict(serving("d1", "REGRETTED", false));
    expect(scoreOf(v, "fastapi")).toBeLessThan(0);
    expect(v.winner).toBeNull();
  });

  it("an undated source counts as old and is said undated: it does not outweigh a dated one", () => {
    const dated = claim(["django"], "Django is the pick for a staff back office", {
      id: "dated",
      citations: [{ articleId: "blog", sourceKey: "blog", publishedAt: "2025-10-20T00:00:00.000Z" }],
    });
    const undated = claim(["django"], "Django is the pick for a back office by Friday", {
      id: "undated",
      updatedAt: "2025-12-20T00:00:00.000Z",
      citations: [{ articleId: "post", sourceKey: "post", publishedAt: null }],
    });
    const v = verdictOf(evidence([dated, undated]), "back-office-tool");
    expect(Math.abs(reasonFor(v, "undated")!.weight)).toBeLessThan(Math.abs(reasonFor(v, "dated")!.weight));
    expect(reasonFor(v, "undated")!.text).toContain("undated");
    expect(reasonFor(v, "dated")!.text).not.toContain("undated");
  });
});
