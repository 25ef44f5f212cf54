// The reasons behind a verdict and the strongest evidence against it, each linked to its claims
// or decisions so a reader can check them.
import { independentSources, latestOutcome } from "./weights";
import { ranking, type UseCaseInput } from "./scoring";
import type { Reason } from "./types";

const TOP_REASONS = 3;

const nameOf = (input: UseCaseInput, slug: string) => input.names[slug] ?? slug;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const keyOf = (r: Reason) => r.claimIds[0] ?? r.decisionIds[0] ?? "";
const stronger = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight) || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

/** The strongest few claims only: texts are built for what is shown, not for every claim. */
function claimReasons(input: UseCaseInput, slug: string, positive: boolean): Reason[] {
  const entries = input.state
    .claimsOf(slug)
    .filter((e) => e.micro !== 0 && e.micro > 0 === positive)
    .sort((a, b) => Math.abs(b.micro) - Math.abs(a.micro) || (a.claim.id < b.claim.id ? -1 : 1))
    .slice(0, TOP_REASONS);
  return entries.map((e) => ({
    technologySlug: slug,
    text: `${nameOf(input, slug)}: "${e.claim.statement}" (${e.claim.kind.toLowerCase()}, ${e.claim.status.toLowerCase()}, ${plural(independentSources(e.claim), "independent source")})`,
    weight: e.micro / 1e6,
    claimIds: [e.claim.id],
    decisionIds: [],
  }));
}

/** Team decisions are summarized in one reason per direction: "3 teams … it worked". */
function decisionReason(input: UseCaseInput, slug: string, positive: boolean): Reason | null {
  const matching = input.state
    .decisionsOf(slug)
    .filter((e) => e.micro !== 0 && e.micro > 0 === positive)
    .sort((a, b) => (a.decision.id < b.decision.id ? -1 : 1));
  if (matching.length === 0) return null;
  const regretted = matching.filter((e) => latestOutcome(e.decision)?.result === "REGRETTED").length;
  const verb = positive ? "report it worked or would choose it again" : `regret it (${regretted}) or would not choose it again`;
  return {
    technologySlug: slug,
    text: `${plural(matching.length, "team")} with matching drivers chose ${nameOf(input, slug)} and ${verb}`,
    weight: matching.reduce((n, e) => n + e.micro, 0) / 1e6,
    claimIds: [],
    decisionIds: matching.map((e) => e.decision.id),
  };
}

function reasonsFor(input: UseCaseInput, slug: string, positive: boolean): Reason[] {
  const decisions = decisionReason(input, slug, positive);
  return [...claimReasons(input, slug, positive), ...(decisions ? [decisions] : [])].sort(stronger);
}

export function topReasons(input: UseCaseInput, recommended: string[]): Reason[] {
  // A claim naming both halves of a hybrid is one reason, not two.
  const seen = new Set<string>();
  const unique = recommended.flatMap((slug) => reasonsFor(input, slug, true)).sort(stronger).filter((r) => !seen.has(keyOf(r)) && !!seen.add(keyOf(r)));
  return unique.slice(0, TOP_REASONS);
}

/** The strongest evidence against the recommendation; failing that, the best case for the runner-up. */
export function counterEvidence(input: UseCaseInput, recommended: string[]): Reason | null {
  const against = recommended.flatMap((slug) => reasonsFor(input, slug, false)).sort(stronger)[0];
  if (against) return against;
  const runnerUp = ranking(input.state.micro).find(([slug, micro]) => micro > 0 && !recommended.includes(slug));
  return runnerUp ? reasonsFor(input, runnerUp[0], true)[0] ?? null : null;
}
