// The wizard's ranking, pure: answers + questionnaire + evidence in, a ranking with its factors and
// reasons out. How each answer counts:
//  - The use case: its verdict's scores (the same engine and evidence as the published verdicts),
//    for the technologies of its category only, scaled so the strongest is ±1.
//  - Each driver that matters: the verified claims the verdict engine reads as about it
//    (VerdictEngine.needKeysOf: its terms in the statement or topic, a use case's own name aside; a
//    benchmark figure for the needs its metric measures, never one on an empty endpoint), each counting for or against the
//    technologies it names by its direction (figures by their rank in their comparable group),
//    scaled the same way and weighted DRIVER_WEIGHT.
//  - Team skills: technologies the team already knows (in its language, or that technology) that
//    have supporting evidence come first; familiarity never makes an unsupported technology fit,
//    and when the pick is one the team does not know, the result says so (caveatOf), and whether
//    the known ones lost on evidence against them or for lack of any.
//  - The use case's own needs are weighed whether ticked or not (they are what its verdict is chosen
//    on); a ticked one counts again on top. A ticked need of other use cases is not weighed: it would
//    rank this use case's options by what another one needs (review 4, R2); the result says so.
//  - Advice made for another use case never counts through a ticked need: "pick FastAPI for
//    streaming inference" says nothing about a back office's admin screens (review 4, R10).
// Every answer gets a factor (factors.ts): how it moved the ranking, or why it did not; every ranked
// option a line saying what evidence placed it there (standing.ts).
import { VerdictEngine } from "@/lib/verdicts/engine";

import { EvidenceSigns } from "@/lib/verdicts/common-ground";
import type { Evidence, EvidenceClaim, Reason, Verdict } from "@/lib/verdicts/types";
import type { WizardAnswers } from "./answers";
import { languageKey } from "@/lib/resources/categories";
import type { WizardNeed } from "./drivers";
import { categoryOf, knownSkills, type Questionnaire, type WizardCategory } from "./questionnaire";
import { hasEvidence, standingLine, type Standing } from "./standing";
import {
  decisionCount,
  evidenceSides,
  skillNames,
  NONE,
  order,
  round,
  type Context,
  type DriverEvidence,
  type Scores,
  type Sides,
} from "./common";
import { adviceTeam, caveatWithAdvice, skillAdvice, standingWithAdvice } from "./skill-evidence";
import { familiarOf, skillsThatMoved } from "./skills-line";
import { whatWouldPutFirst } from "./what-if";
import { caveatOf, confidenceOf, type ConfidenceInput } from "./confidence";
import { answerFactors } from "./factors";
import { driverEvidence, type Quotable } from "./driver-evidence";
import { standingClaims, standingOf } from "./option-standing";
import { againstCounted, reasonsFor } from "./reasons";

import { DRIVER_WEIGHT } from "./score-note";
import { answerEffects, scoring } from "./ranked-scores";
export { DRIVER_WEIGHT, answerEffects };

export interface WizardFactor {
  /** Which answer: the use case, the team's skills, or one driver. */
  question: "useCase" | "skills" | "need";
  key: string;
  label: string;
  /**
   * Whether the answer moved the result: some option's score (the use case, a ticked need; the
   * order and the confidence may stay as they were, and its text says so), or the order (skills).
   */
  moved: boolean;
  text: string;
  claimIds: string[];
  /** Team decisions the line names (a ticked need a team decided on, counted in the use case's evidence). */
  decisionIds?: string[];
}

export interface WizardReasonOf {
  text: string;
  technologySlug: string;
  /** What the evidence counts through: the use case's name or a driver's label. */
  basis: string;
  claimIds: string[];
  decisionIds: string[];
}

export interface WizardOutcome {
  useCase: string;
  category: string;
  recommended: string | null;
  /** The first technology on the evidence alone (before team skills). */
  evidenceLeader: string | null;
  /** Best first; `standing`: what evidence placed the option there, in one line, with the claims it quotes. */
  ranking: {
    slug: string;
    score: number;
    familiar: boolean;
    standing: string;
    claimIds: string[];
    decisionIds: string[];
  }[];
  factors: WizardFactor[];
  reasons: WizardReasonOf[];
  /**
   * The other claims counted for the pick: advice made for another use case, which counts here only
   * through a need the two share and is never given as a reason (its basis says the need), shown so
   * that what is counted is what is shown (review 5, R4, R7).
   */
  alsoCounted: WizardReasonOf[];
  /** Every claim the confidence line counts against the pick, with its basis (review 9, R10; review 12, R12-2). */
  against: WizardReasonOf[];
  /** How many more claims are counted for the pick than the two lists hold (reasons.ts LISTED_MAX). */
  notListed: number;
  confidence: number;
  /** The confidence line and its details, as one text (the API's and the tests' full explanation). */
  confidenceExplanation: string;
  /** The one line: sources, evidence against, the next option, recency (G3). */
  confidenceLine: string;
  /** How the figure was got: the scale, the evidence-alone figure and why it differs, what would raise it. */
  confidenceDetails: string[];
  /** Said plainly when the pick is one the team does not know while it knows other options (null otherwise). */
  caveat: string | null;
  /** A lean, not a recommendation: confidence under LEAN_BELOW%, or a pick another outscores on the evidence (H3). */
  lean: boolean;
}

/** Everything the ranking worked out, which the factors, the reasons and the confidence line read. */
export interface Ranked {
  ctx: Context;
  candidates: string[];
  category: WizardCategory;
  useCase: Questionnaire["useCases"][number];
  answers: WizardAnswers;
  evidence: Evidence;
  engine: VerdictEngine;
  reader: EvidenceSigns;
  verdict: Verdict | undefined;
  /** The use case's own scores, scaled to ±1. */
  base: Scores;
  /** The ticked needs the use case is chosen on, each with the claims it counts, and their scaled scores. */
  drivers: DriverEvidence[];
  driverNorms: Scores[];
  /** Ticked needs the use case is not chosen on: not weighed (elsewhereFactor says so). */
  elsewhere: WizardNeed[];
  /** The scores without one ticked need (its index), or without any (null). */
  scoresWithout: (skip: number | null) => Scores;
  /** The scores with only the ticked needs whose indexes are given. */
  scoresWith: (included: ReadonlySet<number>) => Scores;
  scores: Scores;
  familiar: Set<string>;
  sides: Sides;
  quotable: Quotable;
  standings: Map<string, Standing>;
  evidenced: Set<string>;
  /** Best first, team skills counted; and on the evidence alone. */
  final: string[];
  onEvidence: string[];
}

/** The ranking for these answers: the use case's scores, each ticked need of it on top, team skills first among the supported. */
export function rankCandidates(
  questionnaire: Questionnaire,
  answers: WizardAnswers,
  evidence: Evidence,
  engine: VerdictEngine,
): Ranked {
  const category = categoryOf(questionnaire, answers.useCase);
  const useCase = questionnaire.useCases.find((u) => u.slug === answers.useCase);
  if (!category || !useCase) throw new Error(`Unknown use case ${answers.useCase}`);
  const names: Record<string, string> = {
    ...(evidence.technologyNames ?? {}),
    ...Object.fromEntries(category.technologies.map((t) => [t.slug, t.name])),
  };
  const ctx: Context = { category, candidates: category.technologies.map((t) => t.slug), nameOf: (s) => names[s] ?? s };
  const { candidates } = ctx;
  const verdict = engine.verdict(answers.useCase);
  const own = new Set(useCase.drivers);
  const ticked = category.drivers.filter((d) => answers.needs.includes(d.key));
  const reader = new EvidenceSigns(evidence.claims, evidence.technologyNames ?? {});
  const quotable: Quotable = (claim) => !engine.recommendsElsewhere(claim.id, answers.useCase);
  // Each ticked need of the use case, weighed by the use case's own words for it (its verdict's).
  const ownNeed = new Map(useCase.needs.map((n) => [n.key, n]));
  const drivers = driverEvidence(
    ticked
      .filter((d) => own.has(d.key))
      .map((d) => ({
        ...d,
        terms: ownNeed.get(d.key)?.terms ?? d.terms,
        metrics: ownNeed.get(d.key)?.metrics ?? d.metrics,
      })),
    evidence,
    candidates,
    reader,
    Date.parse(evidence.asOf),
    quotable,
    (claim) => engine.needKeysOf(claim, answers.useCase),
    // The category's metrics for a need too: a figure on one this use case does not measure it by is read, and said not counted.
    (need) => ticked.find((d) => d.key === need.key)?.metrics ?? [],
  );
  const { base, driverNorms, scoresWithout, scoresWith } = scoring(candidates, verdict, drivers);
  const scores = scoresWithout(-1);
  const familiar = familiarOf(category, answers.skills);
  const sides = evidenceSides(evidence, engine, answers.useCase, reader);
  const standings = new Map(
    candidates.map((slug) => [slug, standingOf(slug, sides, drivers, engine, answers.useCase, quotable)]),
  );
  const evidenced = new Set(candidates.filter((slug) => hasEvidence(standings.get(slug)!)));
  const final = order(candidates, scores, familiar, evidenced);
  const onEvidence = order(candidates, scores, NONE, evidenced);
  const elsewhere = ticked.filter((d) => !own.has(d.key));
  return {
    ctx,
    candidates,
    category,
    useCase,
    answers,
    evidence,
    engine,
    reader,
    verdict,
    base,
    drivers,
    driverNorms,
    elsewhere,
    scoresWithout,
    scoresWith,
    scores,
    familiar,
    sides,
    quotable,
    standings,
    evidenced,
    final,
    onEvidence,
  };
}

export function rankForAnswers(
  questionnaire: Questionnaire,
  answers: WizardAnswers,
  evidence: Evidence,
  engine: VerdictEngine = new VerdictEngine(evidence),
): WizardOutcome {
  const r = rankCandidates(questionnaire, answers, evidence, engine);
  const { ctx, scores, final, onEvidence, familiar, standings, useCase } = r;
  const advice = skillAdviceOf(r);
  const factors = answerFactors(r, advice);
  const pick = (scores.get(final[0]) ?? 0) > 0 ? final[0] : null;
  const leader = (scores.get(onEvidence[0]) ?? 0) > 0 ? onEvidence[0] : null;
  const ranking = final.map((slug) => ({
    slug,
    score: round(scores.get(slug) ?? 0, 2),
    familiar: familiar.has(slug),
    // The advice is named for the team of the option's own language (review 10, F1).
    standing: standingWithAdvice(standingLine(standings.get(slug)!), advice.get(slug), adviceSkillsOf(r, slug)),
    claimIds: standingClaims(standings.get(slug)!),
    // The team decisions its standing counts ("and 1 team decision"), to link them (review 10, F4).
    decisionIds: (engine.explain(useCase.slug, [slug])?.reasons ?? [])
      .filter((x) => x.technologySlug === slug)
      .flatMap((x) => x.decisionIds),
  }));
  const outcome = { useCase: useCase.slug, category: r.category.key, evidenceLeader: leader, ranking, factors };
  if (!pick)
    return {
      ...outcome,
      recommended: null,
      reasons: [],
      alsoCounted: [],
      against: [],
      notListed: 0,
      confidence: 0,
      confidenceExplanation: "",
      confidenceLine: "",
      confidenceDetails: [],
      caveat: null,
      lean: false,
    };

  const explanation = engine.explain(answers.useCase, [pick]);
  const { reasons, alsoCounted, notListed } = reasonsFor(r, pick, explanation?.reasons ?? []);
  // A ticked need lists every claim its counts are made of, those also given under "Why" included, so
  // the count said and the claims listed agree (H7); any other answer's evidence is not shown twice.
  const inReasons = new Set(reasons.flatMap((x) => x.claimIds));
  const counted = new Set(r.drivers.map((d) => d.driver.key));
  for (const f of factors)
    if (!(f.question === "need" && counted.has(f.key))) f.claimIds = f.claimIds.filter((id) => !inReasons.has(id));
  const input = confidenceInput(
    r,
    pick,
    leader,
    explanation?.reasons ?? [],
    explanation?.confidence ?? 0,
    advice,
    (ev, eng) => {
      const again = rankCandidates(questionnaire, answers, ev, eng);
      return again.onEvidence.find((slug) => (again.scores.get(slug) ?? 0) > 0);
    },
  );
  const { confidence, line, details, lean } = confidenceOf(ctx, input);
  const caveat = caveatWithAdvice(
    caveatOf(ctx, input, confidence, answers.skills),
    advice,
    knownSkills(answers.skills),
    ctx.nameOf,
    (slug) => languageKey(r.category.technologies.find((t) => t.slug === slug)?.language ?? ""),
  );
  return {
    ...outcome,
    recommended: pick,
    reasons,
    alsoCounted,
    against: againstCounted(r, pick),
    notListed,
    confidence,
    confidenceExplanation: [line, ...details].join(" "),
    confidenceLine: line,
    confidenceDetails: details,
    caveat,
    lean,
  };
}

/** The skill an option's advice is for: its language where it has one, else every skill answered. */
function adviceSkillsOf(r: Ranked, slug: string): string[] {
  const language = r.category.technologies.find((t) => t.slug === slug)?.language;
  return language ? [languageKey(language)] : knownSkills(r.answers.skills);
}

/** Verified advice for a team of the answered skills, by option (R5); none where skills name no language. */
function skillAdviceOf(r: Ranked): Map<string, EvidenceClaim[]> {
  const skills = knownSkills(r.answers.skills);
  if (!skills.length || r.category.skillsBy !== "language") return new Map();
  const signOf = (claim: EvidenceClaim, slug: string) => r.reader.signs(claim, [slug])[0] ?? 0;
  return skillAdvice(r.evidence.claims, skills, r.category.technologies, signOf);
}

/** What the confidence line and the caveat read of a ranking with a pick. */
function confidenceInput(
  r: Ranked,
  pick: string,
  leader: string | null,
  pickReasons: Reason[],
  onEvidenceAlone: number,
  advice: ReadonlyMap<string, EvidenceClaim[]>,
  rerank: (evidence: Evidence, engine: VerdictEngine) => string | undefined,
): ConfidenceInput {
  const { useCase, verdict, engine } = r;
  const movedSkills = skillsThatMoved({ ...r, skills: r.answers.skills });
  return {
    pick,
    leader,
    final: r.final,
    scores: r.scores,
    familiar: r.familiar,
    drivers: r.drivers,
    sides: r.sides,
    verdict,
    standings: r.standings,
    useCaseName: useCase.name,
    published: useCase.published ? (useCase.verdict ?? { picks: verdict?.recommended ?? [], editorReason: "" }) : null,
    onEvidenceAlone,
    verdictPickAlone:
      verdict?.winner && verdict.winner !== pick
        ? (engine.explain(useCase.slug, [verdict.winner])?.confidence ?? 0)
        : 0,
    answerEffects: answerEffects(r, pick),
    // Only the skills whose removal changes the order are credited (issue 11, N3).
    skillsPhrase: movedSkills.length ? `your ${skillNames(r.category, r.ctx, movedSkills)} skills` : "",
    decisionsFor: (slug) => decisionCount(pickReasons, slug),
    advised: new Set(advice.keys()),
    advisedTeam: adviceTeam(knownSkills(r.answers.skills)),
    plausible: leader && leader !== pick ? whatWouldPutFirst(r, pick, leader, rerank) : null,
  };
}
