// Review 4's medium findings about verdicts (issue #11), as requirements, on evidence sets written
// here: team decisions match a use case by its needs, one need reads the same everywhere, and the
// runner-up is said with counts a reader can check.
import { computeVerdicts } from "@/lib/verdicts/engine";
import { DRIVERS } from "@/lib/verdicts/drivers";
import { driverNeed, needLabel, type Need } from "@/lib/verdicts/needs";
import type { UseCaseInfo, Verdict } from "@/lib/verdicts/types";
import { needsOf, USE_CASES as SEED_USE_CASES } from "../../../prisma/seed/catalog";
import { claim, decision, evidence } from "./fixtures";

const need = (key: string, label: string, terms: string[]): Need => ({ key, label, terms, metrics: [] });
const teamReason = (v: Verdict) =>
  [...v.reasons, ...(v.counterEvidence ? [v.counterEvidence] : [])].find((r) => r.decisionIds.length > 0);
const marketplace = decision(
  "marketplace",
  ["needs-admin-ui", "needs-auth", "editors-non-developers", "time-to-first-release", "Team already knows Python"],
  ["django"],
  "WORKED",
  true,
);

describe("team decisions match a use case by its needs (review 4)", () => {
  it("R8: a marketplace team's decision is no evidence for a CMS, which is not chosen on a short time to first release", () => {
    const cms: UseCaseInfo = {
      slug: "content-site-cms",
      keywords: ["cms"],
      drivers: ["editors-non-developers", "needs-admin-ui", "needs-auth", "seo"],
    };
    const backOffice: UseCaseInfo = {
      slug: "back-office-tool",
      keywords: ["back office"],
      drivers: ["needs-admin-ui", "needs-auth", "editors-non-developers", "time-to-first-release"],
    };
    const verdicts = computeVerdicts({ ...evidence([], [marketplace]), useCases: [cms, backOffice] });
    // Three of the four needs it was decided on are a CMS's: most, but not what it was decided for.
    expect(verdicts.find((v) => v.useCaseSlug === "content-site-cms")!.scores).toEqual([]);
    expect(verdicts.find((v) => v.useCaseSlug === "back-office-tool")!.winner).toBe("django");
  });

  it("R5, R6: a decision's reason names only needs the use case has, each by the label its page gives it", () => {
    const inference: UseCaseInfo = {
      slug: "model-inference-service",
      keywords: ["inference"],
      drivers: [],
      needs: [
        need("ml-serving", "serves machine-learning models", ["inference"]),
        need("high-traffic-io", "I/O-bound and latency-sensitive", ["async"]),
      ],
    };
    const serving = decision("serving", ["ml-serving", "high-traffic-io"], ["fastapi"], "MIXED", true);
    const v = computeVerdicts({ ...evidence([], [serving]), useCases: [inference] })[0];
    expect(teamReason(v)!.countsBecause).toBe(
      "a team decided on it for the same reasons (serves machine-learning models; I/O-bound and latency-sensitive)",
    );
  });

  it("R6: a driver reads the same on the decision form, as a use case's need and as a wizard question", () => {
    for (const d of DRIVERS) {
      expect(driverNeed(d.key).label).toBe(needLabel(d.key));
      expect(needLabel(d.key)).toBe(d.label.charAt(0).toLowerCase() + d.label.slice(1));
    }
  });

  it("R6: in the demo, one need has one label in every use case, and a driver's is the decision form's", () => {
    const labels = new Map<string, Set<string>>();
    for (const u of SEED_USE_CASES)
      for (const n of needsOf(u.slug, u.shared)) labels.set(n.key, new Set([...(labels.get(n.key) ?? []), n.label]));
    for (const [key, seen] of labels) {
      expect([key, [...seen]]).toEqual([key, [[...seen][0]]]);
      const driver = DRIVERS.find((d) => d.key === key);
      if (driver) expect([...seen][0]).toBe(needLabel(driver.key));
    }
  });
});

describe("the runner-up in the confidence line (review 4)", () => {
  it("R3: is said with the counts behind it, never as a share of the pick's score no page shows", () => {
    const e = evidence([
      claim(["django"], "Pick Django for a back office admin", { id: "django", sources: ["a", "b"] }),
      claim(["flask"], "Pick Flask for a back office admin", { id: "flask" }),
    ]);
    const v = computeVerdicts(e).find((x) => x.useCaseSlug === "back-office-tool")!;
    expect(v.winner).toBe("django");
    expect(v.confidenceExplanation).not.toMatch(/% of its score/);
    expect(v.confidenceExplanation).toContain("; Flask next (1 verified claim for it, nothing against it); ");
  });
});
