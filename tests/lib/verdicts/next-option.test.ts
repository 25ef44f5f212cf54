// The next option in a verdict's confidence line (issue 11, F1): the figure counts the next option's
// evidence, so the line never says "no scoring alternative" while evidence speaks to one; evidence
// only against it is said as such, in the one wording the wizard shares (nextOptionPhrase).
import { computeVerdicts } from "@/lib/verdicts/engine";
import { nextOptionPhrase } from "@/lib/verdicts/explain";
import { claim, evidence } from "./fixtures";

const lacks = (slug: string, name: string, what: string) =>
  claim([slug], `${name} has no built-in ${what}.`, {
    id: `${slug}-${what}`,
    kind: "FEATURE",
    directions: { [slug]: "against" },
  });
const backOffice = (claims: ReturnType<typeof claim>[]) =>
  computeVerdicts(evidence(claims)).find((v) => v.useCaseSlug === "back-office-tool")!;

describe("the next option in a verdict's confidence line (issue 11, F1)", () => {
  it("a next option with only evidence against it is named with that evidence, never as 'no scoring alternative'", () => {
    const v = backOffice([
      claim(["django"], "Pick Django for a back office admin", { id: "django", sources: ["a", "b"] }),
      lacks("flask", "Flask", "admin interface"),
      lacks("flask", "Flask", "admin screens for permissions"),
    ]);
    expect(v.winner).toBe("django");
    expect(v.scores.find((s) => s.technologySlug === "flask")!.score).toBeLessThan(0);
    // Flask scores below options no evidence speaks to (at 0), so it is not called the next option (H4).
    expect(v.confidenceExplanation).toContain(
      "; 2 pieces of evidence against Flask; no other option has evidence for it; ",
    );
    expect(v.confidenceExplanation).not.toContain("the next option;");
    expect(v.confidenceExplanation).not.toContain("no scoring alternative");
  });

  it("'no scoring alternative' stays for a pick no other option's evidence speaks to", () => {
    const v = backOffice([claim(["django"], "Pick Django for a back office admin", { id: "django" })]);
    expect(v.confidenceExplanation).toContain("; no scoring alternative; ");
  });

  it("is worded in one place, for every standing of the next option", () => {
    const next = { name: "Django", claims: 0, teams: 0, against: 0, score: 0, ahead: false };
    expect(nextOptionPhrase(null)).toBe("no scoring alternative");
    expect(nextOptionPhrase(next)).toBe("no scoring alternative");
    expect(nextOptionPhrase({ ...next, against: 1, score: -0.4 })).toBe(
      "1 piece of evidence against Django; no other option has evidence for it",
    );
    expect(nextOptionPhrase({ ...next, against: 1, score: -0.4, role: "the next option the team knows" })).toBe(
      "1 piece of evidence against Django; no other option the team knows has evidence for it",
    );
    expect(nextOptionPhrase({ ...next, claims: 1, against: 2, score: -0.3 })).toBe(
      "on balance the evidence counts against Django (1 verified claim for it, 2 against it); no other option has more evidence for it than against",
    );
    // At nought (no evidence either way on balance) it is still the runner-up a reader sees.
    expect(nextOptionPhrase({ ...next, against: 1 })).toBe("1 piece of evidence against Django, the next option");
    expect(nextOptionPhrase({ ...next, claims: 1, against: 1 })).toBe(
      "the evidence for and against Django, the next option, cancels out (1 verified claim for it, 1 against it)",
    );
    expect(nextOptionPhrase({ ...next, claims: 2, teams: 1, score: 0.5 })).toBe(
      "Django next (2 verified claims and 1 team decision for it, nothing against it)",
    );
    expect(nextOptionPhrase({ ...next, claims: 2, score: 0.5, ahead: true })).toBe(
      "Django scores higher on the evidence (2 verified claims for it, nothing against it)",
    );
  });
});
