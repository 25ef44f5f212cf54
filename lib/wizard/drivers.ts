// The wizard's questions about a use case are its needs (UseCase.needs, lib/verdicts/needs.ts): the
// one model of what a use case is chosen on, which also decides which claims count for its verdict.
// Each need becomes a yes/no question for the use case's category; the claims its terms name (or,
// for a figure, the metrics it is measured by) are weighed when it is ticked. Needs about the team
// rather than the project are left to the wizard's skills question.
import type { Need } from "@/lib/verdicts/needs";
import { needsOf } from "@/lib/verdicts/relevance";
import type { UseCaseInfo } from "@/lib/verdicts/types";

/** A need as the wizard asks it: the need's label starting with a capital ("Needs an admin UI"). */
export type WizardNeed = Need;

/** Needs about the team, not the project: the skills question covers them. */
const TEAM_NEEDS: ReadonlySet<string> = new Set(["team-knows-python", "team-knows-javascript"]);

export const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** A use case's questions: its needs (stored, or the defaults relevance uses), team skills aside. */
export function wizardNeedsOf(useCase: UseCaseInfo): WizardNeed[] {
  return needsOf(useCase)
    .filter((n) => !TEAM_NEEDS.has(n.key))
    .map((n) => ({ ...n, label: capitalized(n.label) }));
}
