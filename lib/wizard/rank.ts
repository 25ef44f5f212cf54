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
import { confidenceBand, confidenceFrom, confidenceScale } from "@/lib/verdicts/confidence";
import { VerdictEngine } from "@/lib/verdicts/engine";
import { monthOf, sourcesPhrase } from "@/lib/verdicts/explain";
import { EvidenceSigns } from "@/lib/verdicts/common-ground";
import { isSyntheticWorkload } from "@/lib/verdicts/needs";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import { claimStrength, countSources } from "@/lib/verdicts/weights";
import type { Evidence, EvidenceClaim, Reason, Verdict } from "@/lib/verdicts/types";
import type { WizardAnswers } from "./answers";
import { languageKey, languageLabel } from "@/lib/resources/categories";
import type { WizardNeed } from "./drivers";
import { categoryOf, NO_SKILLS, type Questionnaire, type WizardCategory } from "./questionnaire";
import { hasEvidence, standingLine, type Standing, type StandingPiece } from "./standing";

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
const orList = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`);
const list = (names: string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);

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
  const out = drivers.map((driver): DriverEvidence => ({ driver, raw: new Map(), claims: [] }));
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
    const hits = figure
      ? new Set(isSyntheticWorkload(figure) ? [] : metrics.match(tokensOf(`${figure.metric} ${figure.unit}`)).keys())
      : new Set(index.match(claimTokens(claim)).keys());
    if (hits.size === 0) continue;
    const signs = reader.signs(claim, techs);
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

/** How the options the team knows stand, in words that keep "no evidence" apart from "evidence against". */
function familiarStanding(ctx: Context, known: string[], scores: Scores, standings: ReadonlyMap<string, Standing>): string {
  const silent = known.filter((s) => !hasEvidence(standings.get(s)!));
  const against = known.filter((s) => hasEvidence(standings.get(s)!) && (scores.get(s) ?? 0) < 0);
  const even = known.filter((s) => hasEvidence(standings.get(s)!) && (scores.get(s) ?? 0) === 0);
  const parts: string[] = [];
  if (silent.length) parts.push(`no checked evidence speaks for or against ${orList(silent.map(ctx.nameOf))} on these answers`);
  if (against.length) parts.push(`on balance the checked evidence counts against ${list(against.map(ctx.nameOf))}`);
  if (even.length) parts.push(`the checked evidence for and against ${list(even.map(ctx.nameOf))} cancels out`);
  return parts.join("; ");
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
      if (c.publishedAt && !c.house) t.newest = Math.max(t.newest, Date.parse(c.publishedAt));
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

  const factors: WizardFactor[] = [useCaseFactor(ctx, useCase.name, base)];
  factors.push(skillsFactor(ctx, skills, scores, familiar, !sameOrder(final, onEvidence), final[0], standings));
  drivers.forEach((d, i) => {
    const without = scoresWithout(i);
    // Without it, a ranking of all-equal scores had no order to keep: anything it decides counts as a change.
    const hadOrder = candidates.some((s) => (without.get(s) ?? 0) !== (without.get(candidates[0]) ?? 0));
    factors.push(needFactor(ctx, d, driverNorms[i], !hadOrder || !sameOrder(final, order(candidates, without, familiar, evidenced))));
  });
  factors.push(...untickedFactors(category, useCase, answers.needs));

  const pick = (scores.get(final[0]) ?? 0) > 0 ? final[0] : null;
  const leader = (scores.get(onEvidence[0]) ?? 0) > 0 ? onEvidence[0] : null;
  const ranking = final.map((slug) => ({ slug, score: round(scores.get(slug) ?? 0, 2), familiar: familiar.has(slug), standing: standingLine(standings.get(slug)!), claimIds: standingClaims(standings.get(slug)!) }));
  if (!pick) {
    return { useCase: useCase.slug, category: category.key, recommended: null, evidenceLeader: leader, ranking, factors, reasons: [], confidence: 0, confidenceExplanation: "", caveat: null };
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

  const input: ConfidenceInput = {
    pick, leader, final, scores, familiar, drivers, sides, verdict, standings, useCaseName: useCase.name, verdictPublished: useCase.published === true,
    onEvidenceAlone: explanation?.confidence ?? 0,
    verdictPickAlone: verdict?.winner && verdict.winner !== pick ? (engine.explain(answers.useCase, [verdict.winner])?.confidence ?? 0) : 0,
    answersThatMoved: drivers.filter((_, i) => [...driverNorms[i].values()].some((v) => v !== 0)).map((d) => lowerFirst(d.driver.label)),
    decisionsFor: (slug) => decisionCount(explanation?.reasons ?? [], slug),
  };
  const { confidence, line } = confidenceOf(ctx, input);
  return { useCase: useCase.slug, category: category.key, recommended: pick, evidenceLeader: leader, ranking, factors, reasons, confidence, confidenceExplanation: line, caveat: caveatOf(ctx, input, confidence, skills) };
}

/** A label run on in a sentence: lower-cased at the start, unless it starts an acronym ("I/O-bound"). */
const lowerFirst = (label: string) => (/^.[a-z ]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

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

const decisionCount = (reasons: { technologySlug: string; decisionIds: string[] }[], slug: string) =>
  reasons.filter((r) => r.technologySlug === slug).reduce((n, r) => n + r.decisionIds.length, 0);

/** The use case's verified claims with their sign per technology (0 where a claim does not count). */
interface Sides {
  claims: EvidenceClaim[];
  signOf: (claim: EvidenceClaim, slug: string) => number;
}

function evidenceSides(evidence: Evidence, engine: VerdictEngine, useCase: string, reader: EvidenceSigns): Sides {
  const asOfMs = Date.parse(evidence.asOf);
  const claims = evidence.claims.filter((c) => engine.useCasesOfClaim(c.id).includes(useCase));
  const signOf = (claim: EvidenceClaim, slug: string) => {
    const techs = [...new Set(claim.technologySlugs)];
    const i = techs.indexOf(slug);
    return i === -1 || claimStrength(claim, asOfMs) === 0 ? 0 : reader.signs(claim, techs)[i];
  };
  return { claims, signOf };
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

interface ConfidenceInput {
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
  /** Whether the use case has a published verdict page: only then is the engine's verdict called "its verdict". */
  verdictPublished: boolean;
  /** The confidence the use case's evidence alone gives this pick (as its verdict counts it). */
  onEvidenceAlone: number;
  /** When the verdict's winner is another technology: the confidence the evidence alone gives it, alone. */
  verdictPickAlone: number;
  /** The ticked answers with evidence that moved some option's score. */
  answersThatMoved: string[];
  decisionsFor: (slug: string) => number;
}

/**
 * Confidence as the verdicts define it (lib/verdicts/confidence.ts): the pick's lead over the best
 * alternative the team would weigh (the other familiar technologies when skills put the pick first),
 * times how much evidence the two stand on; then, in one line: sources, evidence against, the
 * runner-up, how recent, the band on the one scale, and how and why it differs from the figure the
 * use case's evidence alone gives (the wizard weighs the visitor's answers; the verdict does not).
 */
function confidenceOf(ctx: Context, input: ConfidenceInput): { confidence: number; line: string } {
  const { pick, scores, familiar } = input;
  // The alternative the pick is measured against: the next one on the evidence when the evidence
  // chose it too; when the team's skills did, the next technology the team also knows.
  const outsider = input.leader && input.leader !== pick ? input.leader : null;
  const tier = (s: string) => familiar.has(s) && (scores.get(s) ?? 0) > 0;
  // As the verdict's runner-up (lib/verdicts/scoring.ts): an option only evidence placed, never one
  // that scores 0 for lack of any (else one at 0 would stand in for a weighed one below it).
  const weighed = (s: string) => !!input.verdict?.scores.some((x) => x.technologySlug === s) || input.drivers.some((d) => d.claims.some((c) => c.signs.has(s)));
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
    new Set(input.drivers.flatMap((d) => d.claims.filter((c) => c.signs.has(slug) && !counted.has(c.claim.id)).map((c) => c.claim.id))).size;
  const pieces = piecesOf(pick) + (rival ? piecesOf(rival) : 0);
  const confidence = round(confidenceFrom(mine, theirs, pieces) * held);

  const mineTally = tally(pick, input.sides.claims, input.drivers, input.sides.signOf, input.decisionsFor(pick));
  const parts = [
    // Worded and counted as the verdict pages' confidence line is (countSources: one article and its
    // syndicated copies are one source), so the wizard and the use-case page never disagree.
    `${Math.round(confidence * 100)}%: ${plural(mineTally.claims.length, "verified claim")} from ${plural(countSources(mineTally.claims), "independent source")}${mineTally.decisions ? ` and ${plural(mineTally.decisions, "team decision")}` : ""} for it`,
    mineTally.against === 0 ? "nothing verified against it" : `${plural(mineTally.against, "piece")} of evidence against it`,
    rival && theirs > 0 ? `${ctx.nameOf(rival)} next at ${Math.round((theirs / mine) * 100)}% of its score` : outsider ? "nothing else the team knows scores" : "no scoring alternative",
  ];
  if (outsider) parts.push(`${ctx.nameOf(outsider)} scores higher on the evidence alone (${Math.round((outsiderScore / mine) * 100)}% of its score), but the team would have to learn it`);
  parts.push(Number.isFinite(mineTally.newest) ? `newest source ${monthOf(mineTally.newest)}` : "no dated source");
  const sentences = [`${parts.join("; ")}.`, confidenceScale(confidence), comparedWithVerdict(ctx, input, confidence, held < 1 || !!outsider)];
  if (confidenceBand(confidence) === "low") sentences.push(whatWouldRaise(ctx, input));
  return { confidence, line: sentences.filter(Boolean).join(" ") };
}

/**
 * Why the wizard's figure differs from the one the use case's evidence alone gives this pick, or that
 * it does not: with nothing ticked and no skills named, the inputs are the verdict's and so is the figure.
 */
function comparedWithVerdict(ctx: Context, input: ConfidenceInput, confidence: number, bySkills: boolean): string {
  const alone = Math.round(input.onEvidenceAlone * 100);
  const name = ctx.nameOf(input.pick);
  // "As its verdict counts it" only where the verdict recommends this pick alone; otherwise the
  // figure is what the same evidence would give this pick, which no verdict page shows.
  const asVerdict = input.verdictPublished && input.verdict?.recommended.length === 1 && input.verdict.recommended[0] === input.pick ? ", as its verdict counts it" : "";
  if (alone === Math.round(confidence * 100)) return `The same as on ${input.useCaseName}'s evidence alone${asVerdict}: your answers do not change it.`;
  const why = [
    input.answersThatMoved.length ? `your answers (${input.answersThatMoved.join("; ")}) move the scores` : "",
    bySkills ? "the team's skills put the options it knows first" : "",
  ].filter(Boolean);
  const because = why.length ? why.join(", and ") : "the options compared differ";
  const other = input.verdict?.winner && input.verdict.winner !== input.pick ? input.verdict : null;
  // The evidence alone picks another: its figure is the verdict's, for its own pick.
  // "Its verdict" only where one is published: the engine ranks every use case, and a visitor must
  // not be told of a verdict they cannot open.
  if (other?.winner) {
    const picks = input.verdictPublished ? `its verdict picks ${ctx.nameOf(other.winner)}` : `${ctx.nameOf(other.winner)} comes first`;
    return `On ${input.useCaseName}'s evidence alone, ${picks} (${Math.round(input.verdictPickAlone * 100)}%); here ${name} comes first because ${because}.`;
  }
  return `On ${input.useCaseName}'s evidence alone${asVerdict}, ${name} would be at ${alone}%: ${because}.`;
}

/** For a low figure: the evidence that would raise it, naming the options the team knows that no evidence speaks to. */
function whatWouldRaise(ctx: Context, input: ConfidenceInput): string {
  const silent = [...input.familiar].filter((s) => s !== input.pick && !hasEvidence(input.standings.get(s)!));
  const known = silent.length ? `, or any about ${list(silent.map(ctx.nameOf))}, which the team knows and which nothing checked speaks to here` : "";
  return `What would raise it: more checked claims from independent sources on these needs${known}.`;
}

/**
 * Said plainly when the pick is in a language (or is a technology) the team does not know, while
 * it knows some of the options: familiarity puts a known option first only where the evidence
 * supports it, so the reader learns whether the known ones lost on evidence or for lack of it.
 */
function caveatOf(ctx: Context, input: ConfidenceInput, confidence: number, skills: string): string | null {
  if (skills === NO_SKILLS || input.familiar.has(input.pick)) return null;
  const known = ctx.candidates.filter((s) => input.familiar.has(s));
  if (known.length === 0) return null;
  const pick = ctx.nameOf(input.pick);
  const tech = ctx.category.technologies.find((t) => t.slug === input.pick);
  const unknown = ctx.category.skillsBy === "language" && tech?.language ? `${pick} is in ${languageLabel(tech.language)}, which the team does not know.` : `The team does not know ${pick}.`;
  const silent = known.filter((s) => !hasEvidence(input.standings.get(s)!));
  if (confidenceBand(confidence) === "low" && silent.length) {
    const they = silent.length === 1 ? "it" : "they";
    return `${unknown} No checked evidence speaks for or against ${orList(silent.map(ctx.nameOf))} on these answers, and with confidence this low the evidence does not show that ${they} would do worse: weigh the time it takes to learn ${pick}.`;
  }
  const standing = familiarStanding(ctx, known, input.scores, input.standings);
  return `${unknown} ${standing ? `${standing.charAt(0).toUpperCase()}${standing.slice(1)}.` : `The options the team knows trail it on the checked evidence.`}`;
}
