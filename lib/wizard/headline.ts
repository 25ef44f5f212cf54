// What the wizard's result is headed with and how it is announced, said once for the page and the
// live region. A pick the evidence barely sets ahead is a lean; and where the team's skills, not the
// evidence, put it first, the result never says "the evidence leans to" it (review 5, R1): the
// evidence leans to the other option, which the confidence line names. Pure, no zod: client code reads it.
import type { WizardResult } from "./recommend";

export interface Headline {
  heading: string;
  /** The sentence the live region reads when the result arrives. */
  status: string;
  /**
   * With no pick, why there is none, said under the heading (null with a pick): the heading, the
   * announcement and this sentence all come from here, so a page never heads "Our recommendation"
   * over "No recommendation yet" (issue 11, F6).
   */
  noPick: string | null;
}

export function headlineOf(
  result: Pick<WizardResult, "recommendation" | "evidenceLeader"> & {
    useCase: Pick<WizardResult["useCase"], "categoryLabel">;
  },
): Headline {
  const { recommendation: pick, evidenceLeader: leader } = result;
  if (!pick)
    return {
      heading: "No recommendation yet",
      status: "No recommendation yet for these answers.",
      noPick: `No checked evidence supports any of these ${result.useCase.categoryLabel.toLowerCase()} for these answers yet.`,
    };
  if (leader && pick.lean)
    return {
      heading: "What your team's skills put first",
      status: `Your team's skills put ${pick.label} first, too weakly to recommend it; the evidence alone leans to ${leader.name}.`,
      noPick: null,
    };
  if (pick.lean)
    return {
      heading: "What the evidence leans to",
      status: `The evidence leans to ${pick.label}, too weakly to recommend it.`,
      noPick: null,
    };
  return { heading: "Our recommendation", status: `Recommendation: ${pick.label}.`, noPick: null };
}
