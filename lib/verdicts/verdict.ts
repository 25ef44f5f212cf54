// One use case's verdict from its scoring state: winner (or hybrid), confidence, reasons,
// counter-evidence and what would change it. Reads only the buckets of the technologies involved.
import { confidenceExplanation, counterEvidence, topReasons } from "./explain";
import { hybridOf } from "./hybrid";
import { confidenceOf, scoresOf, type UseCaseInput } from "./scoring";
import { whatWouldChange } from "./what-if";
import type { Verdict } from "./types";

export function buildVerdict(input: UseCaseInput): Verdict {
  const { state } = input;
  const winner = state.winner();
  const name = (slug: string) => input.names[slug] ?? slug;
  if (!winner) {
    return {
      useCaseSlug: state.slug, winner: null, recommended: [], label: "No recommendation yet", hybridBasis: null,
      confidence: 0, scores: scoresOf(state), reasons: [], counterEvidence: null, whatWouldChange: null,
    };
  }
  const hybrid = hybridOf(input, winner);
  const recommended = hybrid?.recommended ?? [winner];
  const confidence = confidenceOf(state, recommended);
  const label = hybrid
    ? `${name(recommended[0])} + ${name(recommended[1])}${hybrid.feature ? ` ${hybrid.feature}` : ""}`
    : name(winner);
  return {
    useCaseSlug: state.slug,
    winner,
    recommended,
    label,
    hybridBasis: hybrid?.basis ?? null,
    confidence,
    confidenceExplanation: confidenceExplanation(input, recommended, confidence),
    scores: scoresOf(state),
    reasons: topReasons(input, recommended),
    counterEvidence: counterEvidence(input, recommended),
    whatWouldChange: whatWouldChange(input, winner),
  };
}
