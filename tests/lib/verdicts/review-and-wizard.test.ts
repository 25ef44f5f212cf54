import { DRIVERS, DRIVER_USE_CASES, USE_CASE_SLUGS } from "@/lib/verdicts/drivers";
import { needsReview } from "@/lib/verdicts/review";
import type { Verdict } from "@/lib/verdicts/types";

const verdict = (winner: string | null, confidence: number, recommended = winner ? [winner] : []): Verdict => ({
  useCaseSlug: "back-office-tool",
  winner,
  recommended,
  label: winner ?? "",
  hybridBasis: null,
  confidence,
  scores: [],
  reasons: [],
  counterEvidence: null,
  whatWouldChange: null,
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

describe("the decision drivers", () => {
  it("shares one driver list whose every driver points at known use cases", () => {
    expect(DRIVERS.map((d) => d.key)).toEqual([
      "needs-admin-ui",
      "needs-auth",
      "editors-non-developers",
      "high-traffic-io",
      "realtime-websockets",
      "ml-serving",
      "team-knows-python",
      "team-knows-javascript",
      "time-to-first-release",
      "small-service",
    ]);
    for (const d of DRIVERS) {
      expect(d.label.length).toBeGreaterThan(3);
      for (const slug of Object.keys(DRIVER_USE_CASES[d.key])) expect(USE_CASE_SLUGS).toContain(slug);
    }
  });
});
