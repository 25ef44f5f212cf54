// One use case's verdict from its relevant evidence: winner (or hybrid), confidence, reasons,
// counter-evidence and what would change it.
import { counterEvidence, topReasons } from "./explain";
import { hybridOf } from "./hybrid";
import { confidenceOf, scoresOf, totalsOf, winnerOf, type UseCaseInput } from "./scoring";
import { whatWouldChange } from "./what-if";
import type { Verdict } from "./types";

export function buildVerdict(input: UseCaseInput): Verdict {
  const totals = totalsOf(input);
  const winner = winnerOf(totals.micro);
  const name = (slug: string) => input.names[slug] ?? slug;
  if (!winner) {
    return {
      useCaseSlug: input.useCaseSlug, winner: null, recommended: [], label: "No recommendation yet", hybridBasis: null,
      confidence: 0, scores: scoresOf(totals), reasons: [], counterEvidence: null, whatWouldChange: null,
    };
  }
  const hybrid = hybridOf(input, totals, winner);
  const recommended = hybrid?.recommended ?? [winner];
  const label = hybrid
    ? `${name(recommended[0])} + ${name(recommended[1])}${hybrid.feature ? ` ${hybrid.feature}` : ""}`
    : name(winner);
  return {
    useCaseSlug: input.useCaseSlug,
    winner,
    recommended,
    label,
    hybridBasis: hybrid?.basis ?? null,
    confidence: confidenceOf(totals, recommended),
    scores: scoresOf(totals),
    reasons: topReasons(input, recommended),
    counterEvidence: counterEvidence(input, totals, recommended),
    whatWouldChange: whatWouldChange(input, totals, winner),
  };
}
