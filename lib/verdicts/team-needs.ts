// How the teams behind a decision reason share the use case's needs, said truly (issue 11, review 9
// R3): "1 team with the same needs" only when the teams decided on every need the use case is chosen
// on; otherwise how many of them, naming those the teams did not decide on. A need the team did not
// weigh may be the very one counting against its pick, and "the same needs" would hide it. Pure.
import type { DecisionEvidence } from "./types";

/** A use case's need as a reason names it: its key (a decision's driver) and its label. */
export interface NeedName {
  key: string;
  label: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The labels of the needs a decision was not decided on, in the use case's order. */
const missingFrom = (decision: DecisionEvidence, needs: readonly NeedName[]) =>
  needs.filter((n) => !decision.drivers.includes(n.key)).map((n) => n.label);

/**
 * "1 team with the same needs", "1 team with 4 of these 5 needs (all but background jobs and
 * scheduled tasks)", "1 team with 1 of these 4 needs (needs an admin UI)", or for teams sharing
 * different parts "2 teams with some of these 5 needs".
 * Without the use case's needs (an engine built without them) it says only how many teams.
 */
export function teamsWithNeeds(decisions: readonly DecisionEvidence[], needs: readonly NeedName[] | undefined): string {
  const teams = plural(decisions.length, "team");
  if (!needs || needs.length === 0) return `${teams} deciding on these needs`;
  const missing = decisions.map((d) => missingFrom(d, needs));
  if (missing.every((m) => m.length === 0)) return `${teams} with the same needs`;
  const first = missing[0].join("; ");
  if (missing.every((m) => m.join("; ") === first)) {
    const shared = needs.filter((n) => decisions[0].drivers.includes(n.key)).map((n) => n.label);
    // The shorter list names them: the few needs the team lacked, or the few it shared.
    const which = missing[0].length <= shared.length ? `all but ${first}` : shared.join("; ");
    return `${teams} with ${shared.length} of these ${needs.length} needs (${which})`;
  }
  return `${teams} with some of these ${needs.length} needs`;
}
