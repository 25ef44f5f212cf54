// Review 9, R7: the line saying how evidence is weighed follows the engine's weights, never its own copy.
import { DECISION_WEIGHT, KIND_WEIGHT, sourceFactor, weighingLine } from "@/lib/verdicts/weights";

describe("how evidence is weighed, in one line (review 9, R7)", () => {
  it("says a recommendation's weight against a figure's, and a decision's most, as the weights make them", () => {
    const line = weighingLine();
    expect(line).toContain(`counts ${KIND_WEIGHT.RECOMMENDATION / KIND_WEIGHT.PERFORMANCE} times a figure`);
    expect(line).toContain(`at most ${Math.round(DECISION_WEIGHT * 1.5 * 100) / 100} times a figure`);
  });

  it("says what its source rule does: each doubling of sources adds a single source's weight", () => {
    expect(sourceFactor(2) - sourceFactor(1)).toBe(sourceFactor(1));
    expect(sourceFactor(4) - sourceFactor(2)).toBe(sourceFactor(1));
    expect(weighingLine()).toContain(
      "each doubling of a claim's independent sources adds its single-source weight again",
    );
  });
});
