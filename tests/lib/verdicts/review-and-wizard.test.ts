import { DRIVERS, DRIVER_USE_CASES, USE_CASE_SLUGS } from "@/lib/verdicts/drivers";
import { computeVerdicts } from "@/lib/verdicts/engine";
import { needsReview } from "@/lib/verdicts/review";
import { recommendForDrivers } from "@/lib/verdicts/wizard";
import type { Verdict } from "@/lib/verdicts/types";
import { claim, evidence } from "./fixtures";

const verdict = (winner: string | null, confidence: number, recommended = winner ? [winner] : []): Verdict => ({
  useCaseSlug: "back-office-tool", winner, recommended, label: winner ?? "", hybridBasis: null, confidence,
  scores: [], reasons: [], counterEvidence: null, whatWouldChange: null,
});

describe("flagging verdicts for review", () => {
  it("flags a verdict whose winner changed", () => {
    expect(needsReview(verdict("django", 0.6), verdict("flask", 0.6))).toBe(true);
  });

  it("flags a verdict that became a hybrid", () => {
    expect(needsReview(verdict("django", 0.6), verdict("django", 0.6, ["django", "fastapi"]))).toBe(true);
  });

  it("flags a confidence move over 0.15 and lets smaller moves through", () => {
    expect(needsReview(verdict("django", 0.6), verdict("django", 0.4))).toBe(true);
    expect(needsReview(verdict("django", 0.6), verdict("django", 0.5))).toBe(false);
    expect(needsReview(verdict("django", 0.6), verdict("django", 0.75))).toBe(false);
  });

  it("flags a first verdict that recommends something, not an empty one", () => {
    expect(needsReview(null, verdict("django", 0.3))).toBe(true);
    expect(needsReview(null, verdict(null, 0))).toBe(false);
  });
});

describe("the driver wizard", () => {
  const data = evidence([
    claim(["django"], "Django is the pick for a back office admin", { sources: ["a", "b"] }),
    claim(["fastapi"], "FastAPI is the best choice for a public JSON API", { sources: ["c", "d"] }),
    claim(["fastapi"], "FastAPI served 30000 requests per second", { kind: "PERFORMANCE" }),
  ]);

  it("shares one driver list whose every driver points at known use cases", () => {
    expect(DRIVERS.map((d) => d.key)).toEqual([
      "needs-admin-ui", "needs-auth", "editors-non-developers", "high-traffic-io", "realtime-websockets",
      "ml-serving", "team-knows-python", "team-knows-javascript", "time-to-first-release", "small-service",
    ]);
    for (const d of DRIVERS) {
      expect(d.label.length).toBeGreaterThan(3);
      for (const slug of Object.keys(DRIVER_USE_CASES[d.key])) expect(USE_CASE_SLUGS).toContain(slug);
    }
  });

  it("recommends the back-office winner for a team that needs an admin UI", () => {
    const result = recommendForDrivers(["needs-admin-ui", "time-to-first-release"], data);
    expect(result.recommended).toEqual(["django"]);
    expect(result.useCases[0].slug).toBe("back-office-tool");
    expect(result.confidence).toBeGreaterThan(0);
  });

  it("recommends the API winner for high-traffic I/O, using the same verdicts as the public pages", () => {
    const verdicts = computeVerdicts(data);
    const result = recommendForDrivers(["high-traffic-io"], data, verdicts);
    expect(result.recommended).toEqual(["fastapi"]);
    expect(result.useCases.find((u) => u.slug === "public-json-api")?.verdict).toBe(verdicts.find((v) => v.useCaseSlug === "public-json-api"));
  });

  it("recommends nothing when no driver is ticked", () => {
    expect(recommendForDrivers([], data)).toMatchObject({ recommended: [], confidence: 0 });
  });
});
