// The wizard's confidence in its pick, in one line a visitor can read (as the verdict pages word
// theirs), how it compares with the use case's evidence alone, what would raise a low one, and the
// caveat when the pick is one the team does not know. Pure.
import { confidenceBand, confidenceFrom, confidenceScale } from "@/lib/verdicts/confidence";
import { forItPhrase, newestPhrase, nextOptionPhrase, timesItsScore, type NextOption } from "@/lib/verdicts/explain";
import { recencyOf } from "@/lib/verdicts/recency";
import { countSources } from "@/lib/verdicts/weights";
import type { Verdict } from "@/lib/verdicts/types";
import { languageLabel } from "@/lib/resources/categories";
import { knownSkills, type PublishedVerdict } from "./questionnaire";
import { hasEvidence, type Standing } from "./standing";
import { whatWouldRaise } from "./raise";
import {
  familiarStanding,
  list,
  orList,
  plural,
  round,
  tally,
  type Context,
  type DriverEvidence,
  type Scores,
  type Sides,
} from "./common";

/** A ticked answer's net effect on the pick's lead over the runner-up; `favoured`: every option it favoured, best first (the pick too). */
export type AnswerEffect =
  | { label: string; effect: "widened"; decisive: boolean }
  | { label: string; effect: "even" }
  | { label: string; effect: "narrowed"; favoured: string[] };

/**
 * What an answer that narrowed the pick's lead did, naming every option it favoured in score order
 * (review 12, R12-5): "background jobs favoured Laravel more than Ruby on Rails", never "favoured
 * Laravel" alone when it favoured the pick too; "… counted against Django" when it favoured none.
 */
export function narrowedPhrase(ctx: Context, a: { label: string; favoured: string[] }, pick: string): string {
  const at = a.favoured.indexOf(pick);
  if (a.favoured.length === 0) return `${a.label} counted against ${ctx.nameOf(pick)}`;
  if (at <= 0) return `${a.label} favoured ${list(a.favoured.map(ctx.nameOf))}`;
  const above = list(a.favoured.slice(0, at).map(ctx.nameOf));
  const below = a.favoured.slice(at + 1).map(ctx.nameOf);
  const less = below.length ? ` (and ${list(below)} less)` : "";
  return `${a.label} favoured ${above} more than ${ctx.nameOf(pick)}${less}`;
}

export interface ConfidenceInput {
  pick: string;
  leader: string | null;
  final: string[];
  scores: Scores;
  familiar: ReadonlySet<string>;
  drivers: DriverEvidence[];
  sides: Sides;
  verdict: Verdict | undefined;
  standings: ReadonlyMap<string, Standing>;
  useCaseName: string;
  /**
   * The use case's published verdict, as its page says it (null: none published): what editors
   * picked (none, when they published no pick) and their reason. The result names its pick only from
   * this, never from the engine's, which editors may have overridden or left without a pick.
   */
  published: PublishedVerdict | null;
  /** The confidence the use case's evidence alone gives this pick (as its verdict counts it). */
  onEvidenceAlone: number;
  /** When the verdict's winner is another technology: the confidence the evidence alone gives it, alone. */
  verdictPickAlone: number;
  /**
   * The ticked answers with evidence that moved some option's score, in question order, each with its
   * net effect on the pick's lead over the runner-up (rank.ts answerEffects). Only one that widened
   * it is given as a reason for the pick; one that narrowed it is said to have, and to have been
   * outweighed (review 5, R1; issue 11, F5); one that left it as it was made no difference.
   */
  answerEffects: AnswerEffect[];
  /** The team-skills answer as a reader says it ("your PHP skills"); "" when none was named. */
  skillsPhrase: string;
  decisionsFor: (slug: string) => number;
  /**
   * Options that checked advice for a team of these skills speaks for (skill-evidence.ts), and that
   * team in words ("a team that knows JavaScript"): never said to be ones nothing checked speaks to.
   */
  advised: ReadonlySet<string>;
  advisedTeam: string;
  /**
   * Where the team's skills put the pick ahead of the first on the evidence: what plausible change
   * to the evidence would put it first there too, or that none would (what-if.ts; null otherwise).
   */
  plausible: string | null;
}

/** Below this percentage, as a reader sees it, the pick is presented as a lean, never as a recommendation. */
export const LEAN_BELOW = 10;
export const isLean = (confidence: number): boolean => Math.round(confidence * 100) < LEAN_BELOW;

/**
 * Confidence as the verdicts define it (lib/verdicts/confidence.ts): the pick's lead over the best
 * alternative the team would weigh (the other familiar technologies when skills put the pick first),
 * times how much evidence the two stand on; then, in one line: sources, evidence against, the
 * runner-up, how recent; and, as details: the band on the one scale, and how and why it differs from
 * the figure the use case's evidence alone gives (the wizard weighs the visitor's answers; the verdict
 * does not), and for a low figure what would raise it.
 */
export function confidenceOf(
  ctx: Context,
  input: ConfidenceInput,
): { confidence: number; line: string; details: string[]; lean: boolean } {
  const { pick, scores, familiar } = input;
  // The alternative the pick is measured against: the next one on the evidence when the evidence
  // chose it too; when the team's skills did, the next technology the team also knows.
  const outsider = input.leader && input.leader !== pick ? input.leader : null;
  const tier = (s: string) => familiar.has(s) && (scores.get(s) ?? 0) > 0;
  // As the verdict's runner-up (lib/verdicts/scoring.ts): an option only evidence placed, never one
  // that scores 0 for lack of any (else one at 0 would stand in for a weighed one below it).
  const weighed = (s: string) =>
    !!input.verdict?.scores.some((x) => x.technologySlug === s) ||
    input.drivers.some((d) => d.claims.some((c) => c.signs.has(s)));
  const rival = input.final.find((s) => s !== pick && weighed(s) && (!outsider || tier(s) === tier(pick)));
  const mine = scores.get(pick) ?? 0;
  const theirs = Math.max(0, rival ? (scores.get(rival) ?? 0) : 0);
  // A pick the team knows, trailing a technology it would have to learn, is held back by that gap.
  const outsiderScore = outsider ? (scores.get(outsider) ?? 0) : 0;
  const held = outsider && outsiderScore > mine ? mine / outsiderScore : 1;

  // Pieces of evidence as the verdict counts them (its use case's, per technology), plus the ticked
  // answers' claims it does not already count: with no answer ticked, the two figures are one.
  const counted = new Set(input.sides.claims.map((c) => c.id));
  const piecesOf = (slug: string) =>
    (input.verdict?.scores.find((s) => s.technologySlug === slug)?.evidenceCount ?? 0) +
    new Set(
      input.drivers.flatMap((d) =>
        d.claims.filter((c) => c.signs.has(slug) && !counted.has(c.claim.id)).map((c) => c.claim.id),
      ),
    ).size;
  const pieces = piecesOf(pick) + (rival ? piecesOf(rival) : 0);
  const confidence = round(confidenceFrom(mine, theirs, pieces) * held);

  const mineTally = tally(pick, input.sides.claims, input.drivers, input.sides.signOf, input.decisionsFor(pick));
  const parts = [
    // Worded and counted as the verdict pages' confidence line is (countSources: one article and its
    // syndicated copies are one source), so the wizard and the use-case page never disagree.
    `${Math.round(confidence * 100)}%: ${forItPhrase(mineTally.claims.length, countSources(mineTally.claims), mineTally.decisions)}`,
    mineTally.against === 0
      ? "nothing verified against it"
      : `${plural(mineTally.against, "piece")} of evidence against it`,
    nextOptionPhrase(
      rival ? nextOption(ctx, input, rival, !!outsider) : null,
      outsider ? "nothing else the team knows scores" : "no scoring alternative",
    ),
  ];
  if (outsider)
    parts.push(
      `${ctx.nameOf(outsider)} scores higher on the evidence alone (${timesItsScore(outsiderScore / mine)}), but the team would have to learn it`,
    );
  // As the verdict pages say it (lib/verdicts/recency.ts): how recent the evidence counted for the pick is (R12-1/R12-4).
  parts.push(newestPhrase(recencyOf(mineTally.claims), countSources(mineTally.claims)));
  // A pick scoring below another on the evidence is the team's skills' choice, never a
  // recommendation, whatever its figure (H3): the result calls it a lean and says why.
  const below = !!outsider && outsiderScore > mine;
  const lean = isLean(confidence)
    ? `Under ${LEAN_BELOW}% it is a lean, not a recommendation: the checked evidence gives too little reason to prefer ${ctx.nameOf(pick)}.`
    : below
      ? `It is a lean, not a recommendation: ${ctx.nameOf(outsider)} scores higher on the evidence, and the team's skills put ${ctx.nameOf(pick)} first.`
      : "";
  // One line (sources, evidence against, the next option, recency); the rest is how the figure was
  // got, which the result folds under it (G3): the scale, the evidence-alone figure, what would raise it.
  const details = [
    confidenceScale(confidence),
    lean,
    comparedWithVerdict(ctx, input, confidence, held < 1 || !!outsider),
    confidenceBand(confidence) === "low" ? whatWouldRaise(ctx, input) : "",
  ].filter(Boolean);
  return { confidence, line: `${parts.join("; ")}.`, details, lean: isLean(confidence) || below };
}

/**
 * The runner-up with the counts its line under "What placed each one there" shows, for the one
 * wording of the next option (nextOptionPhrase): never a share of the pick's score (review 4, R3),
 * and never "no scoring alternative" while evidence speaks to it (issue 11, F1).
 */
function nextOption(ctx: Context, input: ConfidenceInput, rival: string, known: boolean): NextOption {
  const t = tally(rival, input.sides.claims, input.drivers, input.sides.signOf, input.decisionsFor(rival));
  return {
    name: ctx.nameOf(rival),
    claims: t.claims.length,
    teams: t.decisions,
    against: t.against,
    score: input.scores.get(rival) ?? 0,
    ahead: false,
    ...(known ? { role: "the next option the team knows" } : {}),
  };
}

/**
 * Why the wizard's figure differs from the one the use case's evidence alone gives this pick, or that
 * it does not: with nothing ticked and no skills named, the inputs are the verdict's and so is the figure.
 * Answers that moved some scores but neither the pick nor this figure are said to, never "do not change it".
 */
function comparedWithVerdict(ctx: Context, input: ConfidenceInput, confidence: number, bySkills: boolean): string {
  const alone = Math.round(input.onEvidenceAlone * 100);
  const name = ctx.nameOf(input.pick);
  const note = publishedNote(ctx, input);
  // "As its verdict counts it" only where the published verdict picks this alone, as the evidence
  // does; otherwise the figure is what the same evidence would give this pick, which no page shows.
  const asVerdict =
    publishedPicks(input, [input.pick]) &&
    input.verdict?.recommended.length === 1 &&
    input.verdict.recommended[0] === input.pick
      ? ", as its verdict counts it"
      : "";
  // Only answers that widened the pick's lead are its reasons; one that narrowed it is said as such,
  // with what outweighed it (review 5, R1), and one that favoured it and the runner-up alike is no
  // reason either way (issue 11, F5).
  const labels = (effect: AnswerEffect["effect"]) =>
    input.answerEffects.filter((a) => a.effect === effect).map((a) => a.label);
  const [widened, narrowed, even] = [labels("widened"), labels("narrowed"), labels("even")];
  const moved = widened.length ? `your answers (${widened.join("; ")}) move the scores toward it` : "";
  const outweighed = outweighedNote(ctx, input, bySkills);
  const other = input.verdict?.winner && input.verdict.winner !== input.pick ? input.verdict : null;
  // "The same as on the evidence alone" only where the pick is the same too: a pick at 0% is not
  // "the same" as a verdict picking another at 61% because this pick would be at 0% there (review 10, F2).
  if (alone === Math.round(confidence * 100) && !other?.winner) {
    const all = input.answerEffects.map((a) => a.label);
    return withNote(
      `The same as on ${input.useCaseName}'s evidence alone${asVerdict}: ${all.length ? `your answers (${all.join("; ")}) move the scores, but not the pick or this figure` : "your answers do not change it"}.${outweighed}`,
      note,
    );
  }
  const alike = even.length
    ? ` ${capitalized(`${even.join("; ")} made no difference to its lead over the next option.`)}`
    : "";
  const skills = bySkills ? "the team's skills put the options it knows first" : "";
  // The evidence alone picks another: its figure is the engine's, for its own pick. "Its verdict
  // picks" only where the published verdict picks that one too: the engine ranks every use case, and
  // a visitor must not be told of a verdict they cannot open, or one that says otherwise.
  if (other?.winner) {
    const away = !moved && !bySkills && narrowed.length ? `your answers (${narrowed.join("; ")}) narrow its lead` : "";
    const because =
      orderBecause(ctx, input, bySkills) ??
      ([moved || away, skills].filter(Boolean).join(", and ") || "the options compared differ");
    const picks = publishedPicks(input, [other.winner])
      ? `its verdict picks ${ctx.nameOf(other.winner)}`
      : `${ctx.nameOf(other.winner)} comes first`;
    return withNote(
      `On ${input.useCaseName}'s evidence alone, ${picks} (${Math.round(input.verdictPickAlone * 100)}%); here ${name} comes first because ${because}.${outweighed}${alike}`,
      note,
    );
  }
  return withNote(movedFrom(ctx, input, { confidence, asVerdict, widened, moved, skills, outweighed, alike }), note);
}

/**
 * Why the pick comes first where the evidence alone picks another (H1): the team's skills alone when
 * the evidence with the answers still puts another ahead; otherwise only the answers without which
 * another would lead on the evidence, or the answers together when none alone decides it (null: none moved toward it).
 */
function orderBecause(ctx: Context, input: ConfidenceInput, bySkills: boolean): string | null {
  if (input.leader && input.leader !== input.pick)
    return `the team knows it; on the evidence ${ctx.nameOf(input.leader)} scores higher`;
  const widened = input.answerEffects.flatMap((a) => (a.effect === "widened" ? [a] : []));
  if (widened.length === 0) return null;
  const decisive = widened.filter((a) => a.decisive).map((a) => a.label);
  const skills = bySkills ? ", and the team's skills put the options it knows first" : "";
  return decisive.length
    ? `your answers (${decisive.join("; ")}) move the scores toward it${skills}`
    : `your answers (${widened.map((a) => a.label).join("; ")}) ${widened.length > 1 ? "together " : ""}move the scores toward it${skills}`;
}

interface Movement {
  confidence: number;
  asVerdict: string;
  widened: string[];
  moved: string;
  skills: string;
  outweighed: string;
  alike: string;
}

/**
 * The wizard's figure beside the one the same pick has on the evidence alone, stating the movement
 * in its net direction (G1): lowered, the answers that lowered it are the why, and any that pulled
 * toward it are said apart, as not enough to hold it; raised, the answers that widened its lead.
 */
function movedFrom(ctx: Context, input: ConfidenceInput, m: Movement): string {
  const alone = Math.round(input.onEvidenceAlone * 100);
  const onAlone = `On ${input.useCaseName}'s evidence alone${m.asVerdict}, ${ctx.nameOf(input.pick)} would be at ${alone}%`;
  const shown = Math.round(m.confidence * 100);
  if (shown < alone) {
    const lowered = input.answerEffects.flatMap((a) =>
      a.effect === "narrowed" ? [narrowedPhrase(ctx, a, input.pick)] : [],
    );
    const why = [lowered.join("; "), m.skills].filter(Boolean).join(", and ") || "the options compared differ";
    const raised = m.widened.length
      ? ` ${capitalized(`${m.widened.join("; ")} moved the scores toward it, not by enough to keep it at ${alone}%.`)}`
      : "";
    return `${onAlone}; your answers lower it to ${shown}%: ${why}.${raised}${m.alike}`;
  }
  const because =
    [m.moved, m.skills].filter(Boolean).join(", and ") || "the claims on your answers add to what it stands on";
  return `${onAlone}: ${because}, raising it to ${shown}%.${m.outweighed}${m.alike}`;
}

/** " Needs an admin UI favoured Django; your PHP skills outweighed it." for each answer that narrowed the pick's lead ("" when none did). */
function outweighedNote(ctx: Context, input: ConfidenceInput, bySkills: boolean): string {
  const narrowed = input.answerEffects.flatMap((a) => (a.effect === "narrowed" ? [a] : []));
  if (narrowed.length === 0) return "";
  const favoured = narrowed.map((a) => narrowedPhrase(ctx, a, input.pick)).join("; ");
  const one = narrowed.length === 1;
  const by = bySkills && input.skillsPhrase ? input.skillsPhrase : "the rest of the evidence";
  return ` ${capitalized(`${favoured}; ${by} outweighed ${one ? "it" : "them"}.`)}`;
}

const capitalized = (sentence: string) => `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));
const publishedPicks = (input: ConfidenceInput, slugs: string[]) =>
  !!input.published && sameSet(input.published.picks, slugs);
const withNote = (sentence: string, note: string) => (note ? `${sentence} ${note}` : sentence);

/** The editors' words without their closing full stop, to run on in a sentence (a loop: no regex over their text). */
function withoutFinalStop(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || text[end - 1].trim() === "")) end -= 1;
  return text.slice(0, end).trim();
}

/**
 * What the published verdict says, when it is not simply what the evidence alone picks: editors
 * published no pick (and what the evidence leans to), or picked another with their reason ("" else).
 */
function publishedNote(ctx: Context, input: ConfidenceInput): string {
  const published = input.published;
  if (!published) return "";
  const engine = input.verdict?.recommended ?? [];
  if (published.picks.length === 0) {
    const lean = engine.length ? `; the checked evidence leans to ${list(engine.map(ctx.nameOf))}` : "";
    return `Its published verdict names no pick: editors have not picked one${lean}.`;
  }
  if (sameSet(published.picks, engine)) return "";
  const reason = published.editorReason.trim()
    ? `, because: ${withoutFinalStop(published.editorReason)}`
    : " (no reason recorded)";
  const evidence = engine.length
    ? `the evidence alone puts ${list(engine.map(ctx.nameOf))} first`
    : "the evidence alone names no pick";
  return `Its published verdict picks ${list(published.picks.map(ctx.nameOf))}, the editors' choice${reason}; ${evidence}.`;
}

/**
 * Said plainly when the pick is in a language (or is a technology) the team does not know, while
 * it knows some of the options: familiarity puts a known option first only where the evidence
 * supports it, so the reader learns whether the known ones lost on evidence or for lack of it.
 */
export function caveatOf(ctx: Context, input: ConfidenceInput, confidence: number, skills: string[]): string | null {
  if (knownSkills(skills).length === 0 || input.familiar.has(input.pick)) return null;
  const known = ctx.candidates.filter((s) => input.familiar.has(s));
  if (known.length === 0) return null;
  const pick = ctx.nameOf(input.pick);
  const tech = ctx.category.technologies.find((t) => t.slug === input.pick);
  const unknown =
    ctx.category.skillsBy === "language" && tech?.language
      ? `${pick} is in ${languageLabel(tech.language)}, which the team does not know.`
      : `The team does not know ${pick}.`;
  const silent = known.filter((s) => !hasEvidence(input.standings.get(s)!));
  if (confidenceBand(confidence) === "low" && silent.length) {
    const they = silent.length === 1 ? "it" : "they";
    return `${unknown} No checked evidence speaks for or against ${orList(silent.map(ctx.nameOf))} on these answers, and with confidence this low the evidence does not show that ${they} would do worse: weigh the time it takes to learn ${pick}.`;
  }
  const standing = familiarStanding(ctx, known, input.scores, input.standings);
  return `${unknown} ${standing ? `${standing.charAt(0).toUpperCase()}${standing.slice(1)}.` : `The options the team knows trail it on the checked evidence.`}`;
}
