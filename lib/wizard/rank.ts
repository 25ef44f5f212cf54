// The wizard's ranking, pure: answers + questionnaire + evidence in, a ranking with its factors and
// reasons out. How each answer counts:
//  - The use case: its verdict's scores (the same engine and evidence as the published verdicts),
//    for the technologies of its category only, scaled so the strongest is ±1.
//  - Each driver that matters: the verified claims that name it (its terms in the statement or
//    topic; a benchmark figure for the needs its metric measures, never one on an empty endpoint), each counting for or against the
//    technologies it names by its direction (figures by their rank in their comparable group),
//    scaled the same way and weighted DRIVER_WEIGHT.
//  - Team skills: technologies the team already knows (in its language, or that technology) that
//    have supporting evidence come first; familiarity never makes an unsupported technology fit.
// Every answer gets a factor: how it moved the ranking, or why it did not.
import { VerdictEngine } from "@/lib/verdicts/engine";
import { monthOf } from "@/lib/verdicts/explain";
import { FigureGroups, signsOf } from "@/lib/verdicts/directions";
import { isSyntheticWorkload } from "@/lib/verdicts/needs";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import { claimStrength, countSources, independentSources } from "@/lib/verdicts/weights";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import type { WizardAnswers } from "./answers";
import { languageKey, languageLabel } from "./categories";
import type { WizardNeed } from "./drivers";
import { categoryOf, NO_SKILLS, type Questionnaire, type WizardCategory } from "./questionnaire";

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
  ranking: { slug: string; score: number; familiar: boolean }[];
  factors: WizardFactor[];
  reasons: WizardReasonOf[];
  confidence: number;
  confidenceExplanation: string;
}

interface DriverEvidence {
  driver: WizardNeed;
  /** Raw sum per candidate (strength × sign). */
  raw: Map<string, number>;
  /** Each counted claim with its sign per candidate. */
  claims: { claim: EvidenceClaim; strength: number; signs: Map<string, number> }[];
}

type Scores = Map<string, number>;

const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const list = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

/** Scaled so the strongest candidate is ±1 (all zero stays zero). */
function normalized(raw: Scores, candidates: string[]): Scores {
  const top = Math.max(0, ...candidates.map((s) => Math.abs(raw.get(s) ?? 0)));
  return new Map(candidates.map((s) => [s, top === 0 ? 0 : (raw.get(s) ?? 0) / top]));
}

/** Candidates best first: the familiar ones with supporting evidence ahead, then by score, then slug. */
function order(candidates: string[], scores: Scores, familiar: ReadonlySet<string>): string[] {
  const tier = (s: string) => (familiar.has(s) && (scores.get(s) ?? 0) > 0 ? 1 : 0);
  return [...candidates].sort((a, b) => tier(b) - tier(a) || (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

const sameOrder = (a: string[], b: string[]) => a.every((s, i) => s === b[i]);

function claimTokens(claim: EvidenceClaim): string[] {
  return [...tokensOf(claim.statement), "", ...(claim.topic ? tokensOf(claim.topic) : [])];
}

/** The verified claims that speak to each driver, with their direction for each candidate. */
function driverEvidence(drivers: WizardNeed[], evidence: Evidence, candidates: string[], figures: FigureGroups, asOfMs: number): DriverEvidence[] {
  const out = drivers.map((driver): DriverEvidence => ({ driver, raw: new Map(), claims: [] }));
  if (drivers.length === 0) return out;
  const index = new PhraseIndex<number>();
  const metrics = new PhraseIndex<number>();
  drivers.forEach((d, i) => {
    d.terms.forEach((term) => index.add(term, i));
    (d.metrics ?? []).forEach((metric) => metrics.add(metric, i));
  });
  const inCategory = new Set(candidates);
  const names = evidence.technologyNames ?? {};
  for (const claim of evidence.claims) {
    const techs = [...new Set(claim.technologySlugs)];
    if (!techs.some((t) => inCategory.has(t))) continue;
    const strength = claimStrength(claim, asOfMs);
    if (strength === 0) continue;
    // As for verdicts (lib/verdicts/relevance.ts): a figure counts for the needs its metric
    // measures, whatever else its sentence mentions, and one taken on an empty endpoint for none.
    const figure = claim.kind === "PERFORMANCE" ? claim.figure : undefined;
    const hits = figure
      ? new Set(isSyntheticWorkload(figure) ? [] : metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys())
      : new Set(index.match(claimTokens(claim)).keys());
    if (hits.size === 0) continue;
    const { signs } = signsOf(claim, techs, names, figures);
    const bySlug = new Map(techs.map((t, i) => [t, signs[i]] as [string, number]).filter(([t, sign]) => inCategory.has(t) && sign !== 0));
    if (bySlug.size === 0) continue;
    for (const i of hits) {
      out[i].claims.push({ claim, strength, signs: bySlug });
      for (const [t, sign] of bySlug) out[i].raw.set(t, (out[i].raw.get(t) ?? 0) + strength * sign);
    }
  }
  return out;
}

interface Context {
  category: WizardCategory;
  candidates: string[];
  nameOf: (slug: string) => string;
}

function useCaseFactor(ctx: Context, useCaseName: string, base: Scores): WizardFactor {
  const ranked = order(ctx.candidates, base, new Set()).filter((s) => (base.get(s) ?? 0) > 0);
  const text = ranked.length
    ? `${useCaseName}: the checked evidence for this use case puts ${ctx.nameOf(ranked[0])} first${ranked.length > 1 ? `, then ${list(ranked.slice(1, 3).map(ctx.nameOf))}` : ""}.`
    : `${useCaseName}: no checked evidence supports any of these ${ctx.category.label.toLowerCase()} for this use case yet.`;
  return { question: "useCase", key: "", label: useCaseName, moved: ranked.length > 0, text, claimIds: [] };
}

function needFactor(ctx: Context, d: DriverEvidence, norm: Scores, changedOrder: boolean): WizardFactor {
  const values = ctx.candidates.map((s) => norm.get(s) ?? 0);
  const claimIds = d.claims.map((c) => c.claim.id);
  const base = { question: "need" as const, key: d.driver.key, label: d.driver.label, claimIds };
  if (values.every((v) => v === values[0])) {
    return { ...base, moved: false, claimIds: [], text: `${d.driver.label}: no evidence distinguishes these ${ctx.category.label.toLowerCase()} on this.` };
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
  return { ...base, moved: true, text: `${d.driver.label}: ${parts.join("; ")}${tail}.` };
}

function skillsFactor(ctx: Context, skills: string, scores: Scores, familiar: ReadonlySet<string>, moved: boolean, first: string | undefined): WizardFactor {
  const byLanguage = ctx.category.skillsBy === "language";
  const label = skills === NO_SKILLS ? "Team skills" : byLanguage ? `The team knows ${languageLabel(skills)}` : `The team knows ${ctx.nameOf(skills)}`;
  const base = { question: "skills" as const, key: skills, label, claimIds: [] };
  if (skills === NO_SKILLS) return { ...base, moved: false, text: "Team skills: none of these named, so the ranking stands on the evidence alone." };
  const known = ctx.candidates.filter((s) => familiar.has(s));
  const lang = languageLabel(skills);
  if (known.length === 0) return { ...base, moved: false, text: `${label}: none of these ${ctx.category.label.toLowerCase()} is in ${lang}, so the ranking stands on the evidence alone.` };
  const supported = known.filter((s) => (scores.get(s) ?? 0) > 0);
  if (supported.length === 0) {
    const it = known.length === 1 ? "it" : "them";
    const what = byLanguage ? `${label}: ${list(known.map(ctx.nameOf))} ${known.length === 1 ? "is" : "are"} in ${lang}, but` : `${label}, but`;
    return { ...base, moved: false, text: `${what} on balance the checked evidence does not support ${it} for these answers, so the team's skills did not change the ranking.` };
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
    .sort((a, b) => b.strength - a.strength || (a.claim.id < b.claim.id ? -1 : 1))
    .slice(0, DRIVER_REASONS)
    .map((c) => ({
      text: `${ctx.nameOf(slug)}: "${c.claim.statement}" (${KIND_WORD[c.claim.kind] ?? c.claim.kind.toLowerCase()}, for ${ctx.nameOf(slug)}, ${plural(independentSources(c.claim), "independent source")})`,
      technologySlug: slug,
      basis: d.driver.label,
      claimIds: [c.claim.id],
      decisionIds: [],
    }));
}

interface Tally {
  supporting: number;
  against: number;
  /** The verified claims behind `supporting` (the rest of it are team decisions). */
  claims: EvidenceClaim[];
  decisions: number;
  newest: number;
}

/** Supporting and opposing pieces of evidence for one technology: the use case's and the drivers'. */
function tally(slug: string, useCaseClaims: EvidenceClaim[], drivers: DriverEvidence[], signOf: (claim: EvidenceClaim, slug: string) => number, decisions: number): Tally {
  const t: Tally = { supporting: decisions, against: 0, claims: [], decisions, newest: Number.NEGATIVE_INFINITY };
  const seen = new Set<string>();
  const count = (claim: EvidenceClaim, sign: number) => {
    if (sign === 0 || seen.has(claim.id)) return;
    seen.add(claim.id);
    if (sign < 0) return void (t.against += 1);
    t.supporting += 1;
    t.claims.push(claim);
    for (const c of claim.citations) {
      if (c.publishedAt) t.newest = Math.max(t.newest, Date.parse(c.publishedAt));
    }
  };
  for (const claim of useCaseClaims) count(claim, signOf(claim, slug));
  for (const d of drivers) for (const c of d.claims) count(c.claim, c.signs.get(slug) ?? 0);
  return t;
}

export function rankForAnswers(questionnaire: Questionnaire, answers: WizardAnswers, evidence: Evidence, engine: VerdictEngine = new VerdictEngine(evidence)): WizardOutcome {
  const category = categoryOf(questionnaire, answers.useCase);
  const useCase = questionnaire.useCases.find((u) => u.slug === answers.useCase);
  if (!category || !useCase) throw new Error(`Unknown use case ${answers.useCase}`);
  const names: Record<string, string> = { ...(evidence.technologyNames ?? {}), ...Object.fromEntries(category.technologies.map((t) => [t.slug, t.name])) };
  const ctx: Context = { category, candidates: category.technologies.map((t) => t.slug), nameOf: (s) => names[s] ?? s };
  const { candidates } = ctx;
  const asOfMs = Date.parse(evidence.asOf);

  const verdict = engine.verdict(answers.useCase);
  const base = normalized(new Map((verdict?.scores ?? []).map((s) => [s.technologySlug, s.score])), candidates);
  const needed = category.drivers.filter((d) => answers.needs.includes(d.key));
  const figures = new FigureGroups();
  for (const claim of evidence.claims) figures.add(claim);
  const drivers = driverEvidence(needed, evidence, candidates, figures, asOfMs);
  const driverNorms = drivers.map((d) => normalized(d.raw, candidates));

  const scoresWithout = (skip: number): Scores =>
    new Map(candidates.map((s) => [s, (base.get(s) ?? 0) + driverNorms.reduce((n, norm, i) => (i === skip ? n : n + DRIVER_WEIGHT * (norm.get(s) ?? 0)), 0)]));
  const scores = scoresWithout(-1);
  const skills = answers.skills;
  const familiar = new Set(
    skills === NO_SKILLS ? [] : category.technologies.filter((t) => (category.skillsBy === "language" ? languageKey(t.language) === skills : t.slug === skills)).map((t) => t.slug),
  );
  const final = order(candidates, scores, familiar);
  const onEvidence = order(candidates, scores, new Set());

  const factors: WizardFactor[] = [useCaseFactor(ctx, useCase.name, base)];
  factors.push(skillsFactor(ctx, skills, scores, familiar, !sameOrder(final, onEvidence), final[0]));
  drivers.forEach((d, i) => {
    const without = scoresWithout(i);
    // Without it, a ranking of all-equal scores had no order to keep: anything it decides counts as a change.
    const hadOrder = candidates.some((s) => (without.get(s) ?? 0) !== (without.get(candidates[0]) ?? 0));
    factors.push(needFactor(ctx, d, driverNorms[i], !hadOrder || !sameOrder(final, order(candidates, without, familiar))));
  });
  const unticked = category.drivers.filter((d) => !answers.needs.includes(d.key));
  if (unticked.length) {
    // Semicolons between them: a label may hold a comma ("High traffic, I/O-bound").
    // Lower-cased at the start to run on in the sentence, unless it starts an acronym ("I/O-bound").
    const labels = unticked.map((d) => (/^.[a-z ]/.test(d.label) ? d.label.charAt(0).toLowerCase() + d.label.slice(1) : d.label));
    factors.push({ question: "need", key: "", label: "Not ticked", moved: false, claimIds: [], text: `Not ticked, so not weighed: ${labels.join("; ")}.` });
  }

  const pick = (scores.get(final[0]) ?? 0) > 0 ? final[0] : null;
  const leader = (scores.get(onEvidence[0]) ?? 0) > 0 ? onEvidence[0] : null;
  const ranking = final.map((slug) => ({ slug, score: round(scores.get(slug) ?? 0, 2), familiar: familiar.has(slug) }));
  if (!pick) {
    return { useCase: useCase.slug, category: category.key, recommended: null, evidenceLeader: leader, ranking, factors, reasons: [], confidence: 0, confidenceExplanation: "" };
  }

  // Reasons: the use case's own (relevant to it, for the pick), then each driver's, each claim once.
  const explanation = engine.explain(answers.useCase, [pick]);
  const reasons: WizardReasonOf[] = [];
  const shown = new Set<string>();
  const add = (r: WizardReasonOf) => {
    const key = r.claimIds.length ? r.claimIds.join(",") : r.decisionIds.join(",") || r.text;
    if (shown.has(key) || reasons.length >= MAX_REASONS) return;
    shown.add(key);
    reasons.push(r);
  };
  for (const r of explanation?.reasons ?? []) {
    if (r.technologySlug === pick && r.direction !== "against" && r.weight > 0) add({ text: r.text, technologySlug: pick, basis: r.countsBecause ? `${useCase.name} · counts because: ${r.countsBecause}` : useCase.name, claimIds: r.claimIds, decisionIds: r.decisionIds });
  }
  for (const d of drivers) for (const r of driverReason(ctx, d, pick)) add(r);
  // A claim is shown once per result: under "Why", not again as an answer's evidence.
  const inReasons = new Set(reasons.flatMap((r) => r.claimIds));
  for (const f of factors) f.claimIds = f.claimIds.filter((id) => !inReasons.has(id));

  const { confidence, line } = confidenceOf(ctx, { pick, leader, final, scores, familiar, drivers, evidence, engine, useCase: answers.useCase, decisionsFor: (slug) => decisionCount(explanation?.reasons ?? [], slug) });
  return { useCase: useCase.slug, category: category.key, recommended: pick, evidenceLeader: leader, ranking, factors, reasons, confidence, confidenceExplanation: line };
}

const decisionCount = (reasons: { technologySlug: string; decisionIds: string[] }[], slug: string) =>
  reasons.filter((r) => r.technologySlug === slug).reduce((n, r) => n + r.decisionIds.length, 0);

interface ConfidenceInput {
  pick: string;
  leader: string | null;
  final: string[];
  scores: Scores;
  familiar: ReadonlySet<string>;
  drivers: DriverEvidence[];
  evidence: Evidence;
  engine: VerdictEngine;
  useCase: string;
  decisionsFor: (slug: string) => number;
}

/**
 * Confidence from the margin over the best alternative the team would weigh (the other familiar
 * technologies when skills put the pick first) and from how much evidence there is; in one line:
 * sources, evidence against, the runner-up, how recent.
 */
function confidenceOf(ctx: Context, input: ConfidenceInput): { confidence: number; line: string } {
  const { pick, scores, familiar } = input;
  const names = input.evidence.technologyNames ?? {};
  // The alternative the pick is measured against: the next one on the evidence when the evidence
  // chose it too; when the team's skills did, the next technology the team also knows.
  const outsider = input.leader && input.leader !== pick ? input.leader : null;
  const tier = (s: string) => familiar.has(s) && (scores.get(s) ?? 0) > 0;
  const rival = input.final.find((s) => s !== pick && (!outsider || tier(s) === tier(pick)));
  const mine = scores.get(pick) ?? 0;
  const theirs = Math.max(0, rival ? (scores.get(rival) ?? 0) : 0);
  const margin = mine > 0 ? Math.max(0, (mine - theirs) / mine) : 0;
  // A pick the team knows, trailing a technology it would have to learn, is held back by that gap.
  const outsiderScore = outsider ? (scores.get(outsider) ?? 0) : 0;
  const held = outsider && outsiderScore > mine ? mine / outsiderScore : 1;

  const useCaseClaims = input.evidence.claims.filter((c) => input.engine.useCasesOfClaim(c.id).includes(input.useCase));
  const figures = new FigureGroups();
  for (const claim of input.evidence.claims) figures.add(claim);
  const asOfMs = Date.parse(input.evidence.asOf);
  const signOf = (claim: EvidenceClaim, slug: string) => {
    const techs = [...new Set(claim.technologySlugs)];
    const i = techs.indexOf(slug);
    return i === -1 || claimStrength(claim, asOfMs) === 0 ? 0 : signsOf(claim, techs, names, figures).signs[i];
  };
  const mineTally = tally(pick, useCaseClaims, input.drivers, signOf, input.decisionsFor(pick));
  const rivalTally = rival ? tally(rival, useCaseClaims, input.drivers, signOf, 0) : null;
  const volume = mineTally.supporting + mineTally.against + (rivalTally ? rivalTally.supporting + rivalTally.against : 0);
  const confidence = round(Math.sqrt(margin) * (1 - Math.exp(-volume / 8)) * held);

  const parts = [
    // Worded and counted as the verdict pages' confidence line is (countSources: one article and its
    // syndicated copies are one source), so the wizard and the use-case page never disagree.
    `${Math.round(confidence * 100)}%: ${plural(mineTally.claims.length, "verified claim")} from ${plural(countSources(mineTally.claims), "independent source")}${mineTally.decisions ? ` and ${plural(mineTally.decisions, "team decision")}` : ""} for it`,
    mineTally.against === 0 ? "nothing verified against it" : `${plural(mineTally.against, "piece")} of evidence against it`,
    rival && theirs > 0 ? `${ctx.nameOf(rival)} next at ${Math.round((theirs / mine) * 100)}% of its score` : outsider ? "nothing else the team knows scores" : "no scoring alternative",
  ];
  if (outsider) parts.push(`${ctx.nameOf(outsider)} scores higher on the evidence alone (${Math.round((outsiderScore / mine) * 100)}% of its score), but the team would have to learn it`);
  parts.push(Number.isFinite(mineTally.newest) ? `newest source ${monthOf(mineTally.newest)}` : "no dated source");
  return { confidence, line: `${parts.join("; ")}.` };
}
