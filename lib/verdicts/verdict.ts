// One use case's verdict from its scoring state: winner (or hybrid), confidence, reasons,
// counter-evidence and what would change it. Reads only the buckets of the technologies involved.
import { confidenceExplanation, counterEvidence, evidenceCounts, nextOptionOf, topReasons } from "./explain";
import { hybridOf } from "./hybrid";
import { confidenceOf, scoresOf, type UseCaseInput } from "./scoring";
import { whatWouldChange } from "./what-if";
import type { RecommendationExplanation, Verdict } from "./types";

export function buildVerdict(input: UseCaseInput): Verdict {
  const { state } = input;
  const winner = state.winner();
  const name = (slug: string) => input.names[slug] ?? slug;
  if (!winner) {
    return {
      useCaseSlug: state.slug,
      winner: null,
      recommended: [],
      label: "No recommendation yet",
      hybridBasis: null,
      confidence: 0,
      scores: scoresOf(state),
      reasons: [],
      counterEvidence: null,
      whatWouldChange: null,
    };
  }
  const hybrid = hybridOf(input, winner);
  const recommended = hybrid?.recommended ?? [winner];
  const confidence = confidenceOf(state, recommended);
  const label = hybrid
    ? `${name(recommended[0])} + ${name(recommended[1])}${hybrid.feature ? ` for ${hybrid.feature}` : ""}`
    : name(winner);
  const reasons = topReasons(input, recommended);
  return {
    useCaseSlug: state.slug,
    winner,
    recommended,
    label,
    hybridBasis: hybrid?.basis ?? null,
    confidence,
    confidenceExplanation: confidenceExplanation(input, recommended, confidence),
    scores: scoresOf(state),
    reasons,
    counterEvidence: counterEvidence(input, recommended, reasons),
    whatWouldChange: whatWouldChange(input, winner),
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((s) => b.includes(s));

/**
 * The explanation of `recommended` for this use case, next to the engine's own verdict: reasons and
 * counter-evidence for the technologies actually recommended. When editors chose otherwise, the
 * strongest evidence against their pick is shown, or failing that, the engine's best reason for its own.
 */
export function explainRecommendation(
  input: UseCaseInput,
  engine: Verdict,
  recommended: string[],
): RecommendationExplanation {
  const name = (slug: string) => input.names[slug] ?? slug;
  const agrees = sameSet(recommended, engine.recommended);
  const confidence = agrees ? engine.confidence : confidenceOf(input.state, recommended);
  const reasons = topReasons(input, recommended);
  // One walk over the evidence gives the confidence line's counts and the chart's claims.
  const counts = recommended.length ? evidenceCounts(input, recommended, true) : null;
  return {
    useCaseSlug: engine.useCaseSlug,
    recommended: [...recommended],
    label: agrees ? engine.label : recommended.map(name).join(" + "),
    confidence,
    confidenceExplanation: counts ? confidenceExplanation(input, recommended, confidence, counts) : "",
    reasons,
    counterEvidence: counterEvidence(input, recommended, reasons),
    engineRecommended: [...engine.recommended],
    engineLabel: engine.label,
    whatWouldChange: agrees ? engine.whatWouldChange : null,
    evidence: counts?.items ?? [],
    nextOption: counts ? nextOptionOf(input, recommended) : null,
  };
}
