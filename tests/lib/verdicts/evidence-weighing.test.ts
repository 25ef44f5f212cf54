// What the engine weighs and what it says about it, one behaviour per test (issue #5's list):
// recency, editor weight, disputed vs refuted, team outcomes by matching drivers, and each kind of
// "what would change this" suggestion.
import { computeVerdicts, VerdictEngine } from "@/lib/verdicts/engine";
import { applyChange } from "@/lib/verdicts/what-if";
import type { DecisionEvidence, Evidence, EvidenceClaim, Verdict } from "@/lib/verdicts/types";
import { claim, decision, evidence } from "./fixtures";

const verdictOf = (e: Evidence, slug = "back-office-tool"): Verdict =>
  computeVerdicts(e).find((v) => v.useCaseSlug === slug)!;
const scoreOf = (v: Verdict, tech: string) => v.scores.find((s) => s.technologySlug === tech)?.score ?? 0;
const flaskPick = (extra: Partial<EvidenceClaim> = {}) =>
  claim(["flask"], "Flask is the pick for a back office admin", { id: "flask-pick", ...extra });
const djangoPick = (extra: Partial<EvidenceClaim> & { sources?: string[] } = {}) =>
  claim(["django"], "Django is the pick for a back office admin", { id: "django-pick", ...extra });
const datedAt = (c: EvidenceClaim, publishedAt: string): EvidenceClaim => ({
  ...c,
  citations: c.citations.map((cite) => ({ ...cite, publishedAt })),
});

describe("what the verdict engine weighs", () => {
  it("counts recent evidence more than old evidence, and old evidence still counts", () => {
    const recent = verdictOf(evidence([datedAt(flaskPick(), "2025-10-01T00:00:00.000Z")]));
    const old = verdictOf(evidence([datedAt(flaskPick(), "2012-10-01T00:00:00.000Z")]));
    expect(scoreOf(old, "flask")).toBeLessThan(scoreOf(recent, "flask"));
    expect(scoreOf(old, "flask")).toBeGreaterThan(scoreOf(recent, "flask") / 2);
  });

  it("scales a claim by its editor weight; a weight of zero takes it out of the verdict", () => {
    const base = scoreOf(verdictOf(evidence([flaskPick()])), "flask");
    expect(scoreOf(verdictOf(evidence([flaskPick({ editorWeight: 2 })])), "flask")).toBeCloseTo(2 * base, 5);
    const ignored = verdictOf(evidence([flaskPick({ editorWeight: 0 }), djangoPick()]));
    expect(ignored.scores.map((s) => s.technologySlug)).toEqual(["django"]);
  });

  it("stops counting a disputed or refuted claim at once, without turning it into evidence against", () => {
    const praise = (status: "VERIFIED" | "DISPUTED" | "REFUTED") =>
      claim(["django"], "Django's admin is the best back office", { id: "praise", status });
    const plain = scoreOf(verdictOf(evidence([djangoPick()])), "django");
    expect(scoreOf(verdictOf(evidence([djangoPick(), praise("VERIFIED")])), "django")).toBeGreaterThan(plain);
    expect(scoreOf(verdictOf(evidence([djangoPick(), praise("DISPUTED")])), "django")).toBe(plain);
    expect(scoreOf(verdictOf(evidence([djangoPick(), praise("REFUTED")])), "django")).toBe(plain);
  });
});

describe("team decisions in a verdict", () => {
  const withDecision = (d: DecisionEvidence, slug?: string) =>
    verdictOf(evidence([djangoPick(), flaskPick()], [d]), slug);
  const plain = verdictOf(evidence([djangoPick(), flaskPick()]));

  it("count only for use cases whose drivers the team shared", () => {
    const mlTeam = decision("ml", ["ml-serving"], ["flask"], "WORKED", true);
    expect(scoreOf(withDecision(mlTeam), "flask")).toBe(scoreOf(plain, "flask"));
    expect(scoreOf(withDecision(mlTeam, "model-inference-service"), "flask")).toBeGreaterThan(0);
    const engine = new VerdictEngine(evidence([djangoPick(), flaskPick()]));
    expect(engine.upsertDecision(mlTeam)).toEqual(["model-inference-service"]);
  });

  it("raise a technology when the team would choose it again and lower it when they would not", () => {
    const again = withDecision(decision("d", ["needs-admin-ui"], ["flask"], "MIXED", true));
    const not = withDecision(decision("d", ["needs-admin-ui"], ["flask"], "MIXED", false));
    expect(scoreOf(again, "flask")).toBeGreaterThan(scoreOf(plain, "flask"));
    expect(scoreOf(not, "flask")).toBeLessThan(scoreOf(plain, "flask"));
  });

  it("follow the team's latest outcome review", () => {
    const revisited: DecisionEvidence = {
      id: "d",
      drivers: ["needs-admin-ui"],
      chosenTechnologySlugs: ["flask"],
      outcomes: [
        { result: "WORKED", wouldChooseAgain: true, date: "2024-01-01T00:00:00.000Z" },
        { result: "REGRETTED", wouldChooseAgain: false, date: "2025-06-01T00:00:00.000Z" },
      ],
    };
    const verdict = withDecision(revisited);
    expect(scoreOf(verdict, "flask")).toBeLessThan(scoreOf(plain, "flask"));
    expect(verdict.winner).toBe("django");
  });
});

describe("what would change a verdict", () => {
  const appliedWinner = (e: Evidence, v: Verdict) =>
    verdictOf(applyChange(e, v.whatWouldChange!.change), v.useCaseSlug).winner;

  it("suggests verifying a challenger's pending claim when that is the cheapest change that flips it", () => {
    const pending = flaskPick({
      status: "IN_REVIEW",
      citations: ["a", "b", "c"].map((s, i) => ({
        articleId: `f${i}`,
        sourceKey: s,
        publishedAt: "2025-06-01T00:00:00.000Z",
      })),
    });
    const e = evidence([djangoPick(), pending]);
    const verdict = verdictOf(e);
    expect(verdict.winner).toBe("django");
    expect(verdict.whatWouldChange).toMatchObject({
      change: { type: "set-status", claimId: "flask-pick", status: "VERIFIED" },
      newWinner: "flask",
    });
    expect(verdict.whatWouldChange?.description).toMatch(
      /^If claim flask-pick \(".*", for Flask\) were verified, Flask would become the top choice \(\+[\d.]+ to Flask's score\)$/,
    );
    expect(appliedWinner(e, verdict)).toBe("flask");
  });

  it("suggests refuting the winner's main claim when no plausible addition of sources would do it", () => {
    const weak = flaskPick({ editorWeight: 0.3 });
    const e = evidence([djangoPick({ sources: ["a", "b", "c"], editorWeight: 2 }), weak]);
    const verdict = verdictOf(e);
    expect(verdict.winner).toBe("django");
    expect(verdict.whatWouldChange).toMatchObject({
      change: { type: "set-status", claimId: "django-pick", status: "REFUTED" },
      newWinner: "flask",
      technologySlug: "django",
      direction: "supports",
    });
    expect(verdict.whatWouldChange!.scoreChange).toBeLessThan(0);
    expect(appliedWinner(e, verdict)).toBe("flask");
  });

  it("has nothing to suggest when no single change could make another technology win", () => {
    expect(verdictOf(evidence([djangoPick()])).whatWouldChange).toBeNull();
  });
});
