// Verdict requirements as scenarios: each test is one sentence a careful reader would hold the
// engine to, on a small evidence set written for it.
import fc from "fast-check";
import { computeVerdicts, VerdictEngine } from "@/lib/verdicts/engine";
import type { Evidence, EvidenceClaim, EvidenceFigure, Verdict } from "@/lib/verdicts/types";
import { evidenceArb } from "./arbitraries";
import { claim, evidence } from "./fixtures";

const verdictOf = (e: Evidence, useCase: string): Verdict => computeVerdicts(e).find((v) => v.useCaseSlug === useCase)!;
const scoreOf = (v: Verdict, tech: string) => v.scores.find((s) => s.technologySlug === tech)?.score ?? 0;
const shownClaims = (v: Verdict) => [...v.reasons, ...(v.counterEvidence ? [v.counterEvidence] : [])].flatMap((r) => r.claimIds);
const reasonFor = (v: Verdict, claimId: string) => v.reasons.find((r) => r.claimIds.includes(claimId));

const throughput = (tech: string, value: number, setup: string, id: string): EvidenceClaim =>
  claim([tech], `${tech} served ${value} requests per second for a JSON API`, {
    id, kind: "PERFORMANCE", figure: { metric: "throughput", unit: "req/s", value, setup, higherIsBetter: true } satisfies EvidenceFigure,
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
    const e = evidence([throughput("django", 3900, "workers=4", "django-rps"), throughput("fastapi", 21000, "workers=4", "fastapi-rps")]);
    const v = verdictOf(e, "public-json-api");
    expect(v.winner).toBe("fastapi");
    expect(scoreOf(v, "django")).toBeLessThan(0);
    expect(reasonFor(v, "fastapi-rps")?.text).toMatch(/ahead of every other technology measured the same way/);
    // Django's slower figure is not shown as the case for Django against FastAPI.
    expect(v.counterEvidence?.claimIds ?? []).not.toContain("django-rps");
  });

  it("lower is better for latency: the slower response time counts against", () => {
    const latency = (tech: string, ms: number): EvidenceClaim =>
      claim([tech], `${tech} answered in ${ms} ms at p95`, { id: `${tech}-p95`, kind: "PERFORMANCE", figure: { metric: "latency_p95", unit: "ms", value: ms, setup: "", higherIsBetter: false } });
    const v = verdictOf(evidence([latency("django", 120), latency("fastapi", 35)]), "public-json-api");
    expect(v.winner).toBe("fastapi");
    expect(scoreOf(v, "django")).toBeLessThan(0);
  });

  it("figures from different setups are not ranked against each other", () => {
    const e = evidence([throughput("django", 3900, "workers=1", "django-rps"), throughput("fastapi", 21000, "workers=8", "fastapi-rps")]);
    const v = verdictOf(e, "public-json-api");
    expect(v.winner).toBeNull();
    expect(shownClaims(v)).toEqual([]);
  });

  it("a figure does not count merely for existing", () => {
    const v = verdictOf(evidence([throughput("fastapi", 21000, "workers=4", "fastapi-rps")]), "public-json-api");
    expect(v.scores).toEqual([]);
  });

  it("a relative claim counts for the faster side and against the slower one", () => {
    const relative = claim(["fastapi", "django"], "FastAPI is 6x faster than Django for JSON APIs", { id: "relative", kind: "PERFORMANCE" });
    const v = verdictOf(evidence([relative]), "public-json-api");
    expect(v.winner).toBe("fastapi");
    expect(scoreOf(v, "django")).toBeLessThan(0);
    expect(scoreOf(v, "fastapi")).toBe(-scoreOf(v, "django"));
  });

  it("a release year is a neutral fact, never a reason", () => {
    const year = claim(["fastapi"], "FastAPI was first released in 2018 as a JSON API framework", { id: "year", kind: "FACT", topic: "json api" });
    const v = verdictOf(evidence([year]), "public-json-api");
    expect(v.scores).toEqual([]);
    expect(shownClaims(v)).toEqual([]);
  });

  it("\"avoid X for Y\" counts against X", () => {
    const avoid = claim(["flask"], "Avoid Flask for a back office admin", { id: "avoid" });
    const pick = claim(["django"], "Pick Django for a back office admin", { id: "pick" });
    const v = verdictOf(evidence([avoid, pick]), "back-office-tool");
    expect(v.winner).toBe("django");
    expect(scoreOf(v, "flask")).toBeLessThan(0);
  });

  it("an editor's direction wins over the one read from the statement", () => {
    const praise = claim(["django"], "Django has a built-in admin", { id: "admin", kind: "FEATURE", directions: { django: "against" } });
    expect(scoreOf(verdictOf(evidence([praise]), "back-office-tool"), "django")).toBeLessThan(0);
  });
});

describe("relevance", () => {
  it("a recommendation for streaming inference does not count for a CMS or a public JSON API", () => {
    const streaming = claim(["fastapi"], "For streaming inference APIs, pick FastAPI", { id: "streaming" });
    expect(verdictOf(evidence([streaming]), "content-site-cms").scores).toEqual([]);
    expect(verdictOf(evidence([streaming]), "public-json-api").scores).toEqual([]);
    expect(verdictOf(evidence([streaming]), "model-inference-service").winner).toBe("fastapi");
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
    const praise = claim(["django"], "Django's admin is the best back office tool", { id: "praise", sources: ["a", "b", "c"] });
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
          if (counter) expect(counter.direction === "against" ? v.recommended.includes(counter.technologySlug) : !v.recommended.includes(counter.technologySlug)).toBe(true);
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
    const v = verdictOf(evidence([claim(["django"], "Pick Django for a back office admin", { id: "pick", sources: ["a", "b"] })]), "back-office-tool");
    expect(v.confidenceExplanation).toMatch(/2 independent sources behind 1 piece of supporting evidence; nothing verified against it; no scoring alternative; newest source 2025-06\./);
  });

  it("explains an editor's pick by the evidence for it, next to what the evidence alone points to", () => {
    const django = claim(["django"], "Pick Django for a back office admin", { id: "django", sources: ["a", "b"] });
    const flask = claim(["flask"], "Pick Flask for a back office admin", { id: "flask" });
    const engine = new VerdictEngine(evidence([django, flask]));
    const chosen = engine.explain("back-office-tool", ["flask"])!;
    expect(chosen).toMatchObject({ recommended: ["flask"], label: "Flask", engineRecommended: ["django"], engineLabel: "Django", whatWouldChange: null });
    expect(chosen.reasons.map((r) => r.claimIds)).toEqual([["flask"]]);
    expect(chosen.counterEvidence?.claimIds).toEqual(["django"]);
  });
});
