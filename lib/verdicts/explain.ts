// The reasons behind a verdict and the strongest evidence against it, each linked to its claims
// or decisions so a reader can check them.
import { independentSources } from "./weights";
import type { ClaimEntry, UseCaseInput } from "./scoring";
import type { Reason } from "./types";

const TOP_REASONS = 3;

const nameOf = (input: UseCaseInput, slug: string) => input.names[slug] ?? slug;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const keyOf = (r: Reason) => r.claimIds[0] ?? r.decisionIds[0] ?? "";
const stronger = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight) || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

const KIND_WORD: Record<string, string> = { PERFORMANCE: "figure", FEATURE: "feature", RECOMMENDATION: "recommendation", FACT: "fact", OPINION: "opinion" };

/** Why the claim speaks for or against the technology, in a few words. */
function directionNote(e: ClaimEntry, name: string): string {
  if (e.ranked) return e.sign > 0 ? `ahead of every other technology measured the same way` : `behind every other technology measured the same way`;
  return e.sign > 0 ? `for ${name}` : `against ${name}`;
}

/** The strongest few claims only (the bucket keeps them in order): texts are built for what is shown. */
function claimReasons(input: UseCaseInput, slug: string, positive: boolean): Reason[] {
  const bucket = input.state.bucket(slug);
  const name = nameOf(input, slug);
  return (positive ? bucket.supporting : bucket.against).first(TOP_REASONS).map((e) => ({
    technologySlug: slug,
    text: `${name}: "${e.claim.statement}" (${KIND_WORD[e.claim.kind] ?? e.claim.kind.toLowerCase()}, ${directionNote(e, name)}, ${plural(independentSources(e.claim), "independent source")})`,
    weight: e.micro / 1e6,
    claimIds: [e.claim.id],
    decisionIds: [],
    direction: positive ? "supports" : "against",
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
    direction: positive ? "supports" : "against",
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

const CONFIDENCE_SAMPLE = 20;

/** The best other technology's score next to the recommendation's (an editor's pick may trail it). */
function rival(input: UseCaseInput, [slug, micro]: [string, number], first: string): string {
  const mine = input.state.scoreOf(first);
  if (mine <= 0) return `${nameOf(input, slug)} scores higher on the evidence`;
  const percent = Math.round((micro / mine) * 100);
  return percent > 100 ? `${nameOf(input, slug)} scores higher (${percent}% of it)` : `${nameOf(input, slug)} next at ${percent}% of its score`;
}

/**
 * Confidence in one line: how many independent sources stand behind the recommendation's strongest
 * evidence, how much evidence speaks against it, and how recent the newest of it is.
 */
export function confidenceExplanation(input: UseCaseInput, recommended: string[], confidence: number): string {
  const sources = new Set<string>();
  let newest = Number.NEGATIVE_INFINITY;
  let supporting = 0;
  let against = 0;
  for (const slug of recommended) {
    const bucket = input.state.bucket(slug);
    supporting += bucket.supporting.size;
    against += bucket.against.size;
    for (const e of bucket.supporting.first(CONFIDENCE_SAMPLE)) {
      for (const c of e.claim.citations) {
        sources.add(c.sourceKey);
        if (c.publishedAt) newest = Math.max(newest, Date.parse(c.publishedAt));
      }
    }
    const decisions = bucket.decisionSummary(true);
    supporting += decisions?.decisionIds.length ?? 0;
    against += bucket.decisionSummary(false)?.decisionIds.length ?? 0;
  }
  const runnerUp = input.state.ranking().find(([slug]) => !recommended.includes(slug));
  const parts = [
    `${Math.round(confidence * 100)}%: ${plural(sources.size, "independent source")} behind ${plural(supporting, "piece")} of supporting evidence`,
    against === 0 ? "nothing verified against it" : `${plural(against, "piece")} of evidence against it`,
    runnerUp && runnerUp[1] > 0 ? rival(input, runnerUp, recommended[0]) : "no scoring alternative",
    Number.isFinite(newest) ? `newest source ${new Date(newest).toISOString().slice(0, 7)}` : "no dated source",
  ];
  return `${parts.join("; ")}.`;
}
