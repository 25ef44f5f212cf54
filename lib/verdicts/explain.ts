// The reasons behind a verdict and the strongest evidence against it, each linked to its claims
// or decisions so a reader can check them.
import { independentSources } from "./weights";
import type { UseCaseInput } from "./scoring";
import type { Reason } from "./types";

const TOP_REASONS = 3;

const nameOf = (input: UseCaseInput, slug: string) => input.names[slug] ?? slug;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const keyOf = (r: Reason) => r.claimIds[0] ?? r.decisionIds[0] ?? "";
const stronger = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight) || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

/** The strongest few claims only (the bucket keeps them in order): texts are built for what is shown. */
function claimReasons(input: UseCaseInput, slug: string, positive: boolean): Reason[] {
  const bucket = input.state.bucket(slug);
  return (positive ? bucket.supporting : bucket.against).first(TOP_REASONS).map((e) => ({
    technologySlug: slug,
    text: `${nameOf(input, slug)}: "${e.claim.statement}" (${e.claim.kind.toLowerCase()}, ${e.claim.status.toLowerCase()}, ${plural(independentSources(e.claim), "independent source")})`,
    weight: e.micro / 1e6,
    claimIds: [e.claim.id],
    decisionIds: [],
  }));
}

/** Team decisions are summarized in one reason per direction: "3 teams … it worked". */
function decisionReason(input: UseCaseInput, slug: string, positive: boolean): Reason | null {
  const summary = input.state.bucket(slug).decisionSummary(positive);
  if (!summary) return null;
  const verb = positive ? "report it worked or would choose it again" : `regret it (${summary.regretted}) or would not choose it again`;
  return {
    technologySlug: slug,
    text: `${plural(summary.decisionIds.length, "team")} with matching drivers chose ${nameOf(input, slug)} and ${verb}`,
    weight: summary.micro / 1e6,
    claimIds: [],
    decisionIds: [...summary.decisionIds],
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
  const runnerUp = input.state.ranking().find(([slug, micro]) => micro > 0 && !recommended.includes(slug));
  return runnerUp ? reasonsFor(input, runnerUp[0], true)[0] ?? null : null;
}
