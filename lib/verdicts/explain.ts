// The reasons behind a verdict and the strongest evidence against it, each linked to its claims
// or decisions so a reader can check them.
import { confidenceScale } from "./confidence";
import { teamsWithNeeds } from "./team-needs";
import { monthOf, newestPhrase, undatedNote } from "./recency";

export { monthOf, newestPhrase };
import { independentSources, latestOutcome } from "./weights";
import type { ClaimEntry, UseCaseInput } from "./scoring";
import type { CountedClaim, DecisionEvidence, EvidenceClaim, NextOptionStanding, Reason } from "./types";

const TOP_REASONS = 3;

const nameOf = (input: UseCaseInput, slug: string) => input.names[slug] ?? slug;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const keyOf = (r: Reason) => r.claimIds[0] ?? r.decisionIds[0] ?? "";
// Equal weight by what the reasons say, then by id: ids differ between installs of the same content.
const stronger = (a: Reason, b: Reason) =>
  Math.abs(b.weight) - Math.abs(a.weight) ||
  (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
  (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

const KIND_WORD: Record<string, string> = {
  PERFORMANCE: "figure",
  FEATURE: "feature",
  RECOMMENDATION: "recommendation",
  FACT: "fact",
  OPINION: "opinion",
};

/** A claim's kind in a reason, with its article: "a feature claim", "an opinion" (the wizard's reasons word it so too). */
export const KIND_PHRASE: Record<string, string> = {
  PERFORMANCE: "a figure",
  FEATURE: "a feature claim",
  RECOMMENDATION: "a recommendation",
  FACT: "a fact",
  OPINION: "an opinion",
};

/**
 * One claim as a reason: its statement, then what it is and how it counts ("— a feature claim for
 * Django, from 4 independent sources"). The technology's name leads only when the statement does
 * not say it already (never "Django: "Django has …"").
 */
function claimReasonText(e: ClaimEntry, name: string): string {
  const statement = e.claim.statement;
  const lead = statement.toLowerCase().includes(name.toLowerCase()) ? "" : `${name}: `;
  const kind = KIND_PHRASE[e.claim.kind] ?? `a ${KIND_WORD[e.claim.kind] ?? "claim"}`;
  return `${lead}"${statement}" — ${kind} ${directionNote(e, name)}, from ${sourcesPhrase(e.claim)}${undatedNote(e.claim)}`;
}

/**
 * Where a claim comes from, as a reason says it: "3 independent sources". The editors' own
 * write-ups are said next to the count, never in it ("1 independent source, plus our own write-up
 * (not counted as one)"): a verdict must not look better sourced for citing ourselves.
 */
export function sourcesPhrase(claim: EvidenceClaim): string {
  const sources = plural(independentSources(claim), "independent source");
  if (!claim.citations.some((c) => c.house)) return sources;
  return independentSources(claim) === 0
    ? "our own write-up only, no independent source"
    : `${sources}, plus our own write-up (not counted as one)`;
}

/** Why the claim speaks for or against the technology, in a few words. */
function directionNote(e: ClaimEntry, name: string): string {
  if (e.ranked)
    return e.sign > 0
      ? `for ${name}, ahead of every other technology measured the same way`
      : `against ${name}, behind every other technology measured the same way`;
  return e.sign > 0 ? `for ${name}` : `against ${name}`;
}

/**
 * The strongest few claims only (the bucket keeps them in order): texts are built for what is shown.
 * `keep` leaves out claims that must not be shown here (already shown, or backing the pick too).
 */
function claimReasons(
  input: UseCaseInput,
  slug: string,
  positive: boolean,
  keep?: (e: ClaimEntry) => boolean,
): Reason[] {
  const bucket = input.state.bucket(slug);
  const name = nameOf(input, slug);
  return (positive ? bucket.supporting : bucket.against).first(TOP_REASONS, keep).map((e) => ({
    technologySlug: slug,
    text: claimReasonText(e, name),
    weight: e.micro / 1e6,
    claimIds: [e.claim.id],
    decisionIds: [],
    direction: positive ? "supports" : "against",
    ...(input.becauseOf ? { countsBecause: input.becauseOf(e.claim) } : {}),
  }));
}

const OUTCOME_WORD = { WORKED: "worked", MIXED: "mixed", REGRETTED: "regretted" } as const;

/**
 * How the teams' latest outcomes turned out, in words: "outcome: mixed, would choose it again";
 * for several teams, each result with its count. A mixed outcome is never worded as a success.
 */
function outcomePhrase(decisions: readonly DecisionEvidence[]): string {
  const outcomes = decisions.map(latestOutcome).filter((o) => o !== null);
  if (outcomes.length === 0) return "no outcome recorded";
  if (outcomes.length === 1)
    return `outcome: ${OUTCOME_WORD[outcomes[0].result]}, ${outcomes[0].wouldChooseAgain ? "would choose it again" : "would not choose it again"}`;
  const results = (["WORKED", "MIXED", "REGRETTED"] as const)
    .map((r) => [r, outcomes.filter((o) => o.result === r).length] as const)
    .filter(([, n]) => n > 0);
  const again = outcomes.filter((o) => o.wouldChooseAgain).length;
  return `outcomes: ${results.map(([r, n]) => `${n} ${OUTCOME_WORD[r]}`).join(", ")}; ${again} of ${outcomes.length} would choose it again`;
}

/** Team decisions are summarized in one reason per direction: "1 team … chose FastAPI; outcome: mixed, …". */
function decisionReason(input: UseCaseInput, slug: string, positive: boolean): Reason | null {
  const bucket = input.state.bucket(slug);
  const summary = bucket.decisionSummary(positive);
  if (!summary) return null;
  const ids = new Set(summary.decisionIds);
  const decisions = bucket
    .decisionEntries()
    .filter((e) => ids.has(e.decision.id))
    .map((e) => e.decision);
  return {
    technologySlug: slug,
    text: `${teamsWithNeeds(decisions, input.needs)} chose ${nameOf(input, slug)}; ${outcomePhrase(decisions)}`,
    weight: summary.micro / 1e6,
    claimIds: [],
    decisionIds: [...summary.decisionIds],
    direction: positive ? "supports" : "against",
    countsBecause: summary.because,
  };
}

function reasonsFor(input: UseCaseInput, slug: string, positive: boolean, keep?: (e: ClaimEntry) => boolean): Reason[] {
  const decisions = decisionReason(input, slug, positive);
  return [...claimReasons(input, slug, positive, keep), ...(decisions ? [decisions] : [])].sort(stronger);
}

export function topReasons(input: UseCaseInput, recommended: string[]): Reason[] {
  // A claim naming both halves of a hybrid is one reason, not two; one speaking for one half and
  // against the other ("6x faster than") is no reason for the pair: it is shown as counter-evidence.
  const seen = new Set<string>();
  const clean = (e: ClaimEntry) => !e.siblings.some((s) => s.sign < 0 && recommended.includes(s.tech));
  const unique = recommended
    .flatMap((slug) => reasonsFor(input, slug, true, clean))
    .sort(stronger)
    .filter((r) => !seen.has(keyOf(r)) && !!seen.add(keyOf(r)));
  return unique.slice(0, TOP_REASONS);
}

/**
 * The strongest evidence against the recommendation; failing that, the best case for the runner-up.
 * A claim already shown as a reason is not shown again (a relative claim is for one half of a
 * combination and against the other), and the runner-up's case is a claim that does not back the
 * recommendation as well: "good for both" is no case for the alternative.
 */
export function counterEvidence(
  input: UseCaseInput,
  recommended: string[],
  shown: readonly Reason[] = [],
): Reason | null {
  const shownIds = new Set(shown.flatMap((r) => r.claimIds));
  const unshown = (e: ClaimEntry) => !shownIds.has(e.claim.id);
  const against = recommended.flatMap((slug) => reasonsFor(input, slug, false, unshown)).sort(stronger)[0];
  if (against) return against;
  const runnerUp = input.state.ranking().find(([slug, micro]) => micro > 0 && !recommended.includes(slug));
  if (!runnerUp) return null;
  const ownCase = (e: ClaimEntry) => unshown(e) && !e.siblings.some((s) => s.sign > 0 && recommended.includes(s.tech));
  return reasonsFor(input, runnerUp[0], true, ownCase)[0] ?? null;
}

/** Everything a verdict page counts about the evidence for a recommendation, worked out in one place. */
export interface EvidenceCounts {
  /** Verified claims speaking for the recommended technologies (a claim naming two of them counts once). */
  claims: number;
  /** Independent sources behind those claims (countSources: the count each reason shows per claim). */
  sources: number;
  /** Team decisions whose outcome speaks for it. */
  teams: number;
  /** Claims and team decisions speaking against it. */
  against: number;
  /** The newest independent source's date (ms), or null when none is dated. */
  newestMs: number | null;
  /** The newest date of our own write-ups among their sources (ms), or null (recency.ts). */
  newestHouseMs: number | null;
  /** With `detail`: each claim counted above, once, with its side and weight (the evidence-balance chart draws these). */
  items?: CountedClaim[];
}

/**
 * The one function behind every count a verdict page shows (sources, claims, counter-evidence), so
 * the confidence line, the reasons and the counter-evidence heading never disagree. The counts come
 * from the use case's tally of these technologies, kept up to date between changes.
 */
export function evidenceCounts(input: UseCaseInput, recommended: string[], detail = false): EvidenceCounts {
  const tally = input.state.tally(recommended);
  const counts: EvidenceCounts = {
    claims: tally.claims,
    sources: tally.sources,
    teams: tally.teams,
    against: tally.claimsAgainst + tally.teamsOpposed,
    newestMs: tally.newestMs,
    newestHouseMs: tally.newestHouseMs,
  };
  return detail ? { ...counts, items: countedClaims(input, recommended) } : counts;
}

/**
 * Each claim the counts above stand for, once per side, with its weight: what the evidence-balance
 * chart draws; then the next option's, which the confidence line counts too (marked `nextOption`). Walked only when an explanation is built (the counts themselves come from the tally).
 */
function countedClaims(input: UseCaseInput, recommended: string[]): CountedClaim[] {
  const items = new Map<string, CountedClaim>();
  const note = (e: ClaimEntry, side: CountedClaim["side"], nextOption?: string) => {
    const key = `${nextOption ?? ""}:${side}:${e.claim.id}`;
    const weight = Math.abs(e.micro) / 1e6 + (items.get(key)?.weight ?? 0);
    const because = input.becauseOf?.(e.claim);
    items.set(key, {
      claimId: e.claim.id,
      kind: e.claim.kind,
      side,
      weight,
      ...(because ? { countsBecause: because } : {}),
      ...(nextOption ? { nextOption } : {}),
    });
  };
  const walk = (slug: string, nextOption?: string) => {
    const bucket = input.state.bucket(slug);
    for (const e of bucket.supporting.first(bucket.supporting.size)) note(e, "supports", nextOption);
    for (const e of bucket.against.first(bucket.against.size)) note(e, "against", nextOption);
  };
  for (const slug of recommended) walk(slug);
  // The next option the confidence line names, with the evidence it counts for and against it (G4).
  const runnerUp = input.state.ranking().find(([slug]) => !recommended.includes(slug));
  if (runnerUp) walk(runnerUp[0], runnerUp[0]);
  return [...items.values()];
}

/**
 * A higher score as a reader says it: "about the same score", "1.4 times its score", "about 3 times
 * its score". Never a percentage above 100 ("300% of its score" reads as nonsense).
 */
export function timesItsScore(ratio: number): string {
  if (ratio < 1.05) return "about the same score";
  return ratio < 1.95 ? `${ratio.toFixed(1)} times its score` : `about ${Math.round(ratio)} times its score`;
}

/** The next option after the pick, as a confidence line names it (types.ts NextOptionStanding). */
export type NextOption = NextOptionStanding;

/**
 * The next option in a confidence line, worded in this one place for the verdict pages and the
 * wizard, said with the counts behind it, never as a share of the pick's score: a reader can check a
 * count against the claims listed, but no page shows the scores a percentage would be taken from
 * (review 4, R3). An option that does not score is never "no scoring alternative" while evidence
 * speaks to it: the confidence figure counts that evidence, so the line says it ("2 pieces of
 * evidence against Django"; issue 11, F1), and one scoring below nought is not "the next option" (H4). "No scoring alternative" only when no
 * other option has any evidence (`next` null, or one no evidence speaks to).
 */
export function nextOptionPhrase(next: NextOption | null, none = "no scoring alternative"): string {
  if (!next) return none;
  const teams = next.teams ? ` and ${plural(next.teams, "team decision")}` : "";
  const counts = `${plural(next.claims, "verified claim")}${teams} for it, ${next.against === 0 ? "nothing" : next.against} against it`;
  if (next.score > 0)
    return next.ahead ? `${next.name} scores higher on the evidence (${counts})` : `${next.name} next (${counts})`;
  // Below nought it is not the runner-up a reader sees (options no evidence speaks to score 0, above
  // it): never "the next option", but what "What would change this" says too (H4).
  if (next.score < 0) {
    const others = next.role ? "no other option the team knows" : "no other option";
    return next.claims + next.teams === 0
      ? `${plural(next.against, "piece")} of evidence against ${next.name}; ${others} has evidence for it`
      : `on balance the evidence counts against ${next.name} (${counts}); ${others} has more evidence for it than against`;
  }
  const role = next.role ?? "the next option";
  if (next.claims + next.teams === 0)
    return next.against === 0 ? none : `${plural(next.against, "piece")} of evidence against ${next.name}, ${role}`;
  return `the evidence for and against ${next.name}, ${role}, cancels out (${counts})`;
}

/**
 * The heading over the list of claims counted for and against the option nextOptionPhrase names, in
 * the same terms as that phrase: "the next option" only where the phrase says so; one scoring below
 * nought is named for what it is (H4), one scoring above the pick too.
 */
export function nextOptionHeading(next: NextOption): string {
  if (next.score > 0)
    return next.ahead
      ? `For and against ${next.name}, which scores higher on the evidence`
      : `For and against ${next.name}, the next option`;
  if (next.score < 0)
    return next.claims + next.teams === 0
      ? `Evidence against ${next.name} (it scores below zero; no other option has evidence for it)`
      : `Evidence about ${next.name} (it scores below zero: on balance the evidence counts against it)`;
  return `For and against ${next.name}, the next option`;
}

/** The option the confidence line names after the pick (nextOptionPhrase's), or null when there is none. */
export function nextOptionOf(input: UseCaseInput, recommended: string[]): NextOption | null {
  const runnerUp = input.state.ranking().find(([slug]) => !recommended.includes(slug));
  return runnerUp ? rival(input, runnerUp, recommended[0]) : null;
}

/** The best other technology on the verdict's evidence (its scores and tally), for nextOptionPhrase. */
function rival(input: UseCaseInput, [slug, micro]: [string, number], first: string): NextOption {
  const t = input.state.tally([slug]);
  return {
    name: nameOf(input, slug),
    claims: t.claims,
    teams: t.teams,
    against: t.claimsAgainst + t.teamsOpposed,
    score: micro,
    ahead: input.state.scoreOf(first) < input.state.scoreOf(slug),
  };
}

/**
 * Confidence in one line: how many verified claims and independent sources stand behind the
 * recommendation, how much evidence speaks against it, the best alternative, and how recent the
 * newest source is, then the figure's band on the one scale (confidence.ts). Every count comes from evidenceCounts.
 */
export function confidenceExplanation(
  input: UseCaseInput,
  recommended: string[],
  confidence: number,
  counts: EvidenceCounts = evidenceCounts(input, recommended),
): string {
  const parts = [
    `${Math.round(confidence * 100)}%: ${forItPhrase(counts.claims, counts.sources, counts.teams)}`,
    counts.against === 0 ? "nothing verified against it" : `${plural(counts.against, "piece")} of evidence against it`,
    nextOptionPhrase(nextOptionOf(input, recommended)),
    // How recent the evidence counted for the pick is (recency.ts; R12-1): not the next option's.
    newestPhrase(counts, counts.sources),
  ];
  return `${parts.join("; ")}. ${confidenceScale(confidence)}`;
}

/**
 * "3 verified claims from 2 independent sources and 1 team decision for it", said right when a count
 * is nought (review 5, R8): never "from 0 independent sources" or "0 verified claims". The verdict
 * pages and the wizard both word their confidence line with it.
 */
export function forItPhrase(claims: number, sources: number, teams: number): string {
  const decided = teams ? `${plural(teams, "team decision")}` : "";
  if (claims === 0) return `${decided || "nothing verified"} for it`;
  const from = sources === 0 ? "none from an independent source" : `from ${plural(sources, "independent source")}`;
  const claimed = `${plural(claims, "verified claim")}${sources === 0 ? ", " : " "}${from}`;
  return `${claimed}${decided ? `${sources === 0 ? ", and" : " and"} ${decided}` : ""} for it`;
}
