// The wizard's ranking, pure: answers + questionnaire + evidence in, a ranking with its factors and
// reasons out. How each answer counts:
//  - The use case: its verdict's scores (the same engine and evidence as the published verdicts),
//    for the technologies of its category only, scaled so the strongest is ±1.
//  - Each driver that matters: the verified claims that name it (its terms in the statement or
//    topic; a benchmark figure for the needs its metric measures, never one on an empty endpoint), each counting for or against the
//    technologies it names by its direction (figures by their rank in their comparable group),
//    scaled the same way and weighted DRIVER_WEIGHT.
//  - Team skills: technologies the team already knows (in its language, or that technology) that
//    have supporting evidence come first; familiarity never makes an unsupported technology fit,
//    and when the pick is one the team does not know, the result says so (caveatOf), and whether
//    the known ones lost on evidence against them or for lack of any.
//  - The use case's own needs are weighed whether ticked or not (they are what its verdict is chosen
//    on); a ticked one counts again on top. Needs of other use cases count only when ticked.
// Every answer gets a factor: how it moved the ranking, or why it did not; every ranked option a
// line saying what evidence placed it there (standing.ts).
import { VerdictEngine } from "@/lib/verdicts/engine";
import { sourcesPhrase } from "@/lib/verdicts/explain";
import { EvidenceSigns } from "@/lib/verdicts/common-ground";
import { isSyntheticWorkload } from "@/lib/verdicts/needs";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import { claimStrength } from "@/lib/verdicts/weights";
import type { Evidence, EvidenceClaim, Reason } from "@/lib/verdicts/types";
import type { WizardAnswers } from "./answers";
import { languageKey, languageLabel } from "@/lib/resources/categories";
import type { WizardNeed } from "./drivers";
import { categoryOf, NO_SKILLS, type Questionnaire, type WizardCategory } from "./questionnaire";
import { hasEvidence, standingLine, type Standing, type StandingPiece } from "./standing";
import { decisionCount, evidenceSides, familiarStanding, list, lowerFirst, plural, round, tally, type Context, type DriverEvidence, type Scores, type Sides } from "./common";
import { caveatOf, confidenceOf, type ConfidenceInput } from "./confidence";
import { claimTitle } from "@/lib/public/format-claims";

import { DRIVER_WEIGHT } from "./score-note";
export { DRIVER_WEIGHT };
const MAX_REASONS = 6;
/** As the verdict pages word a claim's kind in a reason. */
const KIND_WORD: Record<string, string> = { PERFORMANCE: "figure", FEATURE: "feature", RECOMMENDATION: "recommendation", FACT: "fact", OPINION: "opinion" };
const DRIVER_REASONS = 2;

export interface WizardFactor {
  /** Which answer: the use case, the team's skills, or one driver. */
  question: "useCase" | "skills" | "need";
  key: string;
  label: string;
  /** Whether the answer changed the order of the ranking. */
  moved: boolean;
  text: string;
  claimIds: string[];
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
  ranking: { slug: string; score: number; familiar: boolean; standing: string; claimIds: string[] }[];
  factors: WizardFactor[];
  reasons: WizardReasonOf[];
  confidence: number;
  confidenceExplanation: string;
  /** Said plainly when the pick is one the team does not know while it knows other options (null otherwise). */
  caveat: string | null;
}

/** Scaled so the strongest candidate is ±1 (all zero stays zero). */
function normalized(raw: Scores, candidates: string[]): Scores {
  const top = Math.max(0, ...candidates.map((s) => Math.abs(raw.get(s) ?? 0)));
  return new Map(candidates.map((s) => [s, top === 0 ? 0 : (raw.get(s) ?? 0) / top]));
}

/**
 * Candidates best first: the familiar ones with supporting evidence ahead, then by score, then (at
 * equal scores) those some evidence speaks to before those none does, as the verdict's own ranking
 * lists only technologies with evidence; then by slug.
 */
function order(candidates: string[], scores: Scores, familiar: ReadonlySet<string>, evidenced: ReadonlySet<string> = NONE): string[] {
  const tier = (s: string) => (familiar.has(s) && (scores.get(s) ?? 0) > 0 ? 1 : 0);
  const spoken = (s: string) => (evidenced.has(s) ? 1 : 0);
  return [...candidates].sort((a, b) => tier(b) - tier(a) || (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || spoken(b) - spoken(a) || (a < b ? -1 : a > b ? 1 : 0));
}
const NONE: ReadonlySet<string> = new Set();

const sameOrder = (a: string[], b: string[]) => a.every((s, i) => s === b[i]);

function claimTokens(claim: EvidenceClaim): string[] {
  return [...tokensOf(claim.statement), "", ...(claim.topic ? tokensOf(claim.topic) : [])];
}

/** The verified claims that speak to each driver, with their direction for each candidate. */
function driverEvidence(drivers: WizardNeed[], evidence: Evidence, candidates: string[], reader: EvidenceSigns, asOfMs: number): DriverEvidence[] {
  const out = drivers.map((driver): DriverEvidence => ({ driver, raw: new Map(), claims: [], uncounted: [] }));
  if (drivers.length === 0) return out;
  const index = new PhraseIndex<number>();
  const metrics = new PhraseIndex<number>();
  drivers.forEach((d, i) => {
    d.terms.forEach((term) => index.add(term, i));
    (d.metrics ?? []).forEach((metric) => metrics.add(metric, i));
  });
  const inCategory = new Set(candidates);
  for (const claim of evidence.claims) {
    const techs = [...new Set(claim.technologySlugs)];
    if (!techs.some((t) => inCategory.has(t))) continue;
    const strength = claimStrength(claim, asOfMs);
    if (strength === 0) continue;
    // As for verdicts (lib/verdicts/relevance.ts): a figure counts for the needs its metric
    // measures, whatever else its sentence mentions, and one taken on an empty endpoint for none.
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    const measured = figure ? new Set(metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys()) : null;
    if (figure && measured && isSyntheticWorkload(figure)) {
      for (const i of measured) out[i].uncounted.push({ claim, why: "synthetic" });
      continue;
    }
    const hits = measured ?? new Set(index.match(claimTokens(claim)).keys());
    if (hits.size === 0) continue;
    const signs = reader.signs(claim, techs);
    const bySlug = new Map(techs.map((t, i) => [t, signs[i]] as [string, number]).filter(([t, sign]) => inCategory.has(t) && sign !== 0));
    if (bySlug.size === 0) {
      // A figure ranks only against figures in the same setup: alone in it, it says nothing either way.
      if (figure) for (const i of hits) out[i].uncounted.push({ claim, why: "alone" });
      continue;
    }
    for (const i of hits) {
      out[i].claims.push({ claim, strength, signs: bySlug });
      for (const [t, sign] of bySlug) out[i].raw.set(t, (out[i].raw.get(t) ?? 0) + strength * sign);
    }
  }
  return out;
}

function useCaseFactor(ctx: Context, useCaseName: string, base: Scores): WizardFactor {
  const ranked = order(ctx.candidates, base, new Set()).filter((s) => (base.get(s) ?? 0) > 0);
  const text = ranked.length
    ? `${useCaseName}: the checked evidence for this use case puts ${ctx.nameOf(ranked[0])} first${ranked.length > 1 ? `, then ${list(ranked.slice(1, 3).map(ctx.nameOf))}` : ""}.`
    : `${useCaseName}: no checked evidence supports any of these ${ctx.category.label.toLowerCase()} for this use case yet.`;
  return { question: "useCase", key: "", label: useCaseName, moved: ranked.length > 0, text, claimIds: [] };
}

/**
 * The figures on this need's metrics that did not count, said with why, the team's options' first
 * ("" when none): a visitor who knows Express's load figures learns why they did not move the ranking.
 */
function uncountedFigures(ctx: Context, d: DriverEvidence, familiar: ReadonlySet<string>): string {
  if (d.uncounted.length === 0) return "";
  const theTeams = (c: { claim: EvidenceClaim }) => c.claim.technologySlugs.some((s) => familiar.has(s));
  const sorted = [...d.uncounted].sort((a, b) => Number(theTeams(b)) - Number(theTeams(a)) || a.claim.statement.localeCompare(b.claim.statement));
  const shown = sorted.slice(0, UNCOUNTED_SHOWN).map((c) =>
    `“${figureTitle(c.claim)}” (${c.why === "synthetic" ? "taken on an empty endpoint, which measures no real workload" : `no figure in the same setup ranks it above or below another of these ${ctx.category.label.toLowerCase()}`})`);
  const more = sorted.length > UNCOUNTED_SHOWN ? ` and ${plural(sorted.length - UNCOUNTED_SHOWN, "more figure")}` : "";
  return ` Figures read but not counted: ${shown.join("; ")}${more}.`;
}
const UNCOUNTED_SHOWN = 3;

/** A figure's statement as the claim pages title it: its bracketed setup parts named ("4 workers", not "4"). */
function figureTitle(claim: EvidenceClaim): string {
  const setup = claim.figure?.setup ?? "";
  const conditions = Object.fromEntries(setup.split(";").filter((p) => p.includes("=")).map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
  return claimTitle(claim.statement, conditions);
}

function needFactor(ctx: Context, d: DriverEvidence, norm: Scores, changedOrder: boolean, familiar: ReadonlySet<string>): WizardFactor {
  const values = ctx.candidates.map((s) => norm.get(s) ?? 0);
  const claimIds = d.claims.map((c) => c.claim.id);
  const base = { question: "need" as const, key: d.driver.key, label: d.driver.label, claimIds };
  const unread = uncountedFigures(ctx, d, familiar);
  if (values.every((v) => v === values[0])) {
    return { ...base, moved: false, claimIds: [], text: `${d.driver.label}: no evidence distinguishes these ${ctx.category.label.toLowerCase()} on this.${unread}` };
  }
  const by = (positive: boolean) => ctx.candidates.filter((s) => (positive ? (norm.get(s) ?? 0) > 0 : (norm.get(s) ?? 0) < 0)).sort((a, b) => (norm.get(b) ?? 0) - (norm.get(a) ?? 0));
  const countFor = (slug: string) => d.claims.filter((c) => c.signs.has(slug)).length;
  const parts: string[] = [];
  const favoured = by(true);
  const against = by(false).reverse();
  if (favoured.length) parts.push(`favours ${list(favoured.map((s) => `${ctx.nameOf(s)} (${plural(countFor(s), "claim")})`))}`);
  if (against.length) parts.push(`counts against ${list(against.map((s) => `${ctx.nameOf(s)} (${plural(countFor(s), "claim")})`))}`);
  // It moved the scores either way; say so when the order would be the same without it.
  const tail = changedOrder ? "" : ", not enough to change the order";
  return { ...base, moved: true, text: `${d.driver.label}: ${parts.join("; ")}${tail}.${unread}` };
}

function skillsFactor(ctx: Context, skills: string, scores: Scores, familiar: ReadonlySet<string>, moved: boolean, first: string | undefined, standings: ReadonlyMap<string, Standing>): WizardFactor {
  const byLanguage = ctx.category.skillsBy === "language";
  const label = skills === NO_SKILLS ? "Team skills" : byLanguage ? `The team knows ${languageLabel(skills)}` : `The team knows ${ctx.nameOf(skills)}`;
  const base = { question: "skills" as const, key: skills, label, claimIds: [] };
  if (skills === NO_SKILLS) return { ...base, moved: false, text: "Team skills: none of these named, so the ranking stands on the evidence alone." };
  const known = ctx.candidates.filter((s) => familiar.has(s));
  const lang = languageLabel(skills);
  if (known.length === 0) return { ...base, moved: false, text: `${label}: none of these ${ctx.category.label.toLowerCase()} is in ${lang}, so the ranking stands on the evidence alone.` };
  const supported = known.filter((s) => (scores.get(s) ?? 0) > 0);
  if (supported.length === 0) {
    const what = byLanguage ? `${label}: ${list(known.map(ctx.nameOf))} ${known.length === 1 ? "is" : "are"} in ${lang}, but` : `${label}, but`;
    // Familiarity puts a known option first only among options the evidence supports: it never makes
    // one the evidence is silent on (or against) the pick. The result says which of the two it is.
    return { ...base, moved: false, text: `${what} ${familiarStanding(ctx, known, scores, standings)}, so the team's skills did not change the ranking.` };
  }
  if (!moved) return { ...base, moved: false, text: `${label}: ${byLanguage ? `${ctx.nameOf(first ?? supported[0])} is in ${lang}, and ` : ""}the evidence already puts ${ctx.nameOf(first ?? supported[0])} first.` };
  return {
    ...base,
    moved: true,
    text: `${label}: ${list(supported.map(ctx.nameOf))} ${supported.length === 1 ? "has" : "have"} supporting evidence here, so ${supported.length === 1 ? "it comes" : "they come"} before technologies the team would have to learn.`,
  };
}

function driverReason(ctx: Context, d: DriverEvidence, slug: string): WizardReasonOf[] {
  return d.claims
    .filter((c) => (c.signs.get(slug) ?? 0) > 0)
    .sort((a, b) => b.strength - a.strength || a.claim.statement.localeCompare(b.claim.statement) || (a.claim.id < b.claim.id ? -1 : 1))
    .slice(0, DRIVER_REASONS)
    .map((c) => ({
      text: `${ctx.nameOf(slug)}: "${c.claim.statement}" (${KIND_WORD[c.claim.kind] ?? c.claim.kind.toLowerCase()}, for ${ctx.nameOf(slug)}, ${sourcesPhrase(c.claim)})`,
      technologySlug: slug,
      basis: d.driver.label,
      claimIds: [c.claim.id],
      decisionIds: [],
    }));
}

/** The ranking before it is explained: the scores with and without each need, and the two orders. */
interface Ranked {
  verdict: ReturnType<VerdictEngine["verdict"]>;
  /** The use case's verdict scores, scaled. */
  base: Scores;
  drivers: DriverEvidence[];
  driverNorms: Scores[];
  /** The scores without one need's evidence (-1: with every need). */
  scoresWithout: (skip: number) => Scores;
  scores: Scores;
  familiar: ReadonlySet<string>;
  sides: Sides;
  standings: ReadonlyMap<string, Standing>;
  evidenced: ReadonlySet<string>;
  /** The order shown (the team's supported options first) and the order on the evidence alone. */
  final: string[];
  onEvidence: string[];
}

function rankCandidates(ctx: Context, answers: WizardAnswers, evidence: Evidence, engine: VerdictEngine): Ranked {
  const { category, candidates } = ctx;
  const asOfMs = Date.parse(evidence.asOf);
  const verdict = engine.verdict(answers.useCase);
  const base = normalized(new Map((verdict?.scores ?? []).map((s) => [s.technologySlug, s.score])), candidates);
  const needed = category.drivers.filter((d) => answers.needs.includes(d.key));
  const reader = new EvidenceSigns(evidence.claims, evidence.technologyNames ?? {});
  const drivers = driverEvidence(needed, evidence, candidates, reader, asOfMs);
  const driverNorms = drivers.map((d) => normalized(d.raw, candidates));

  const scoresWithout = (skip: number): Scores =>
    new Map(candidates.map((s) => [s, (base.get(s) ?? 0) + driverNorms.reduce((n, norm, i) => (i === skip ? n : n + DRIVER_WEIGHT * (norm.get(s) ?? 0)), 0)]));
  const scores = scoresWithout(-1);
  const skills = answers.skills;
  const familiar = new Set(
    skills === NO_SKILLS ? [] : category.technologies.filter((t) => (category.skillsBy === "language" ? languageKey(t.language) === skills : t.slug === skills)).map((t) => t.slug),
  );
  const sides = evidenceSides(evidence, engine, answers.useCase, reader);
  const standings = new Map(candidates.map((slug) => [slug, standingOf(slug, sides, drivers, engine, answers.useCase)]));
  const evidenced = new Set(candidates.filter((slug) => hasEvidence(standings.get(slug)!)));
  const final = order(candidates, scores, familiar, evidenced);
  const onEvidence = order(candidates, scores, NONE, evidenced);
  return { verdict, base, drivers, driverNorms, scoresWithout, scores, familiar, sides, standings, evidenced, final, onEvidence };
}

/** One factor per answer: the use case, the team's skills, each ticked need (did it change the order?), the unticked needs. */
function answerFactors(ctx: Context, useCase: Questionnaire["useCases"][number], answers: WizardAnswers, r: Ranked): WizardFactor[] {
  const { candidates } = ctx;
  const factors: WizardFactor[] = [useCaseFactor(ctx, useCase.name, r.base)];
  factors.push(skillsFactor(ctx, answers.skills, r.scores, r.familiar, !sameOrder(r.final, r.onEvidence), r.final[0], r.standings));
  r.drivers.forEach((d, i) => {
    const without = r.scoresWithout(i);
    // Without it, a ranking of all-equal scores had no order to keep: anything it decides counts as a change.
    const hadOrder = candidates.some((s) => (without.get(s) ?? 0) !== (without.get(candidates[0]) ?? 0));
    factors.push(needFactor(ctx, d, r.driverNorms[i], !hadOrder || !sameOrder(r.final, order(candidates, without, r.familiar, r.evidenced)), r.familiar));
  });
  factors.push(...untickedFactors(ctx.category, useCase, answers.needs));
  return factors;
}

/** Reasons for the pick: the use case's own (relevant to it, for the pick), then each driver's, each claim once. */
function pickReasons(ctx: Context, useCaseName: string, verdictReasons: Reason[], drivers: DriverEvidence[], pick: string): WizardReasonOf[] {
  const reasons: WizardReasonOf[] = [];
  const shown = new Set<string>();
  const add = (r: WizardReasonOf) => {
    const key = r.claimIds.length ? r.claimIds.join(",") : r.decisionIds.join(",") || r.text;
    if (shown.has(key) || reasons.length >= MAX_REASONS) return;
    shown.add(key);
    reasons.push(r);
  };
  for (const r of verdictReasons) {
    if (r.technologySlug === pick && r.direction !== "against" && r.weight > 0) add({ text: r.text, technologySlug: pick, basis: r.countsBecause ? `${useCaseName} · counts because: ${r.countsBecause}` : useCaseName, claimIds: r.claimIds, decisionIds: r.decisionIds });
  }
  for (const d of drivers) for (const r of driverReason(ctx, d, pick)) add(r);
  return reasons;
}

/** What the pick's confidence and caveat are worked out from. */
function confidenceInput(useCase: Questionnaire["useCases"][number], answers: WizardAnswers, engine: VerdictEngine, ranked: Ranked, pick: string, leader: string | null, explanation: ReturnType<VerdictEngine["explain"]>): ConfidenceInput {
  const { verdict, final, scores, familiar, drivers, driverNorms, sides, standings } = ranked;
  return {
    pick, leader, final, scores, familiar, drivers, sides, verdict, standings, useCaseName: useCase.name, verdictPublished: useCase.published === true,
    onEvidenceAlone: explanation?.confidence ?? 0,
    verdictPickAlone: verdict?.winner && verdict.winner !== pick ? (engine.explain(answers.useCase, [verdict.winner])?.confidence ?? 0) : 0,
    answersThatMoved: drivers.filter((_, i) => [...driverNorms[i].values()].some((v) => v !== 0)).map((d) => lowerFirst(d.driver.label)),
    decisionsFor: (slug) => decisionCount(explanation?.reasons ?? [], slug),
  };
}

export function rankForAnswers(questionnaire: Questionnaire, answers: WizardAnswers, evidence: Evidence, engine: VerdictEngine = new VerdictEngine(evidence)): WizardOutcome {
  const category = categoryOf(questionnaire, answers.useCase);
  const useCase = questionnaire.useCases.find((u) => u.slug === answers.useCase);
  if (!category || !useCase) throw new Error(`Unknown use case ${answers.useCase}`);
  const names: Record<string, string> = { ...(evidence.technologyNames ?? {}), ...Object.fromEntries(category.technologies.map((t) => [t.slug, t.name])) };
  const ctx: Context = { category, candidates: category.technologies.map((t) => t.slug), nameOf: (s) => names[s] ?? s };
  const ranked = rankCandidates(ctx, answers, evidence, engine);
  const { scores, familiar, final, onEvidence, standings } = ranked;
  const factors = answerFactors(ctx, useCase, answers, ranked);

  const pick = (scores.get(final[0]) ?? 0) > 0 ? final[0] : null;
  const leader = (scores.get(onEvidence[0]) ?? 0) > 0 ? onEvidence[0] : null;
  const ranking = final.map((slug) => ({ slug, score: round(scores.get(slug) ?? 0, 2), familiar: familiar.has(slug), standing: standingLine(standings.get(slug)!), claimIds: standingClaims(standings.get(slug)!) }));
  if (!pick) {
    return { useCase: useCase.slug, category: category.key, recommended: null, evidenceLeader: leader, ranking, factors, reasons: [], confidence: 0, confidenceExplanation: "", caveat: null };
  }

  const explanation = engine.explain(answers.useCase, [pick]);
  const reasons = pickReasons(ctx, useCase.name, explanation?.reasons ?? [], ranked.drivers, pick);
  // A claim is shown once per result: under "Why", not again as an answer's evidence.
  const inReasons = new Set(reasons.flatMap((r) => r.claimIds));
  for (const f of factors) f.claimIds = f.claimIds.filter((id) => !inReasons.has(id));

  const input = confidenceInput(useCase, answers, engine, ranked, pick, leader, explanation);
  const { confidence, line } = confidenceOf(ctx, input);
  return { useCase: useCase.slug, category: category.key, recommended: pick, evidenceLeader: leader, ranking, factors, reasons, confidence, confidenceExplanation: line, caveat: caveatOf(ctx, input, confidence, answers.skills) };
}

/**
 * The needs the visitor left unticked. The use case's own needs are weighed all the same: they are
 * what its verdict, and so the wizard's first answer, is chosen on; ticking one weighs it again, on
 * top. Only the others are not weighed, and only those are listed as such.
 */
function untickedFactors(category: WizardCategory, useCase: Questionnaire["useCases"][number], ticked: string[]): WizardFactor[] {
  const own = useCase.needs.filter((n) => !ticked.includes(n.key));
  const ownKeys = new Set(useCase.needs.map((n) => n.key));
  const other = category.drivers.filter((d) => !ticked.includes(d.key) && !ownKeys.has(d.key));
  const out: WizardFactor[] = [];
  // Semicolons between them: a label may hold a comma ("High traffic, I/O-bound").
  if (own.length) {
    out.push({ question: "need", key: ":own", label: "Weighed with the use case", moved: false, claimIds: [], text: `Not ticked, but weighed all the same, because ${useCase.name} is chosen on them: ${own.map((n) => lowerFirst(n.label)).join("; ")}.` });
  }
  if (other.length) out.push({ question: "need", key: "", label: "Not ticked", moved: false, claimIds: [], text: `Not ticked, so not weighed: ${other.map((d) => lowerFirst(d.label)).join("; ")}.` });
  return out;
}

/**
 * One option's standing: the counts of tally() and the strongest piece each way, the use case's
 * first (as its verdict would show them, with their "counts because"), then the ticked answers'.
 */
function standingOf(slug: string, sides: Sides, drivers: DriverEvidence[], engine: VerdictEngine, useCase: string): Standing {
  const explained = engine.explain(useCase, [slug]);
  const decisions = decisionCount(explained?.reasons ?? [], slug);
  const t = tally(slug, sides.claims, drivers, sides.signOf, decisions);
  const pieceOf = (r: Reason): StandingPiece => {
    const claim = r.claimIds.length ? sides.claims.find((c) => c.id === r.claimIds[0]) : undefined;
    return claim ? { quote: claim.statement, claim: true, because: r.countsBecause ?? "", claimIds: [claim.id] } : { quote: r.text, claim: false, because: r.countsBecause ?? "", claimIds: [] };
  };
  const driverPiece = (sign: number): StandingPiece | null => {
    const found = drivers.flatMap((d) => d.claims.filter((c) => Math.sign(c.signs.get(slug) ?? 0) === sign).map((c) => ({ d, c }))).sort((a, b) => b.c.strength - a.c.strength || a.c.claim.statement.localeCompare(b.c.claim.statement) || (a.c.claim.id < b.c.claim.id ? -1 : 1))[0];
    return found ? { quote: found.c.claim.statement, claim: true, because: lowerFirst(found.d.driver.label), claimIds: [found.c.claim.id] } : null;
  };
  const ownFor = explained?.reasons.find((r) => r.technologySlug === slug && r.direction !== "against" && r.weight > 0);
  const counter = explained?.counterEvidence;
  const ownAgainst = counter && counter.technologySlug === slug && counter.direction === "against" ? counter : undefined;
  return {
    slug,
    claimsFor: t.claims.length,
    decisionsFor: t.decisions,
    against: t.against,
    best: ownFor ? pieceOf(ownFor) : driverPiece(1),
    worst: ownAgainst ? pieceOf(ownAgainst) : driverPiece(-1),
  };
}

const standingClaims = (s: Standing) => [...(s.best?.claimIds ?? []), ...(s.worst?.claimIds ?? [])];
