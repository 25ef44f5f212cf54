// What the wizard's ranking, its factors and its confidence line share: the context of one
// questionnaire category, the evidence each ticked driver counts, the use case's own sides, a tally of
// the pieces of evidence for and against one technology, and the small wording helpers. Pure.
import { claimStrength } from "@/lib/verdicts/weights";
import type { EvidenceSigns } from "@/lib/verdicts/common-ground";
import type { Evidence, EvidenceClaim } from "@/lib/verdicts/types";
import type { VerdictEngine } from "@/lib/verdicts/engine";
import type { WizardNeed } from "./drivers";
import type { WizardCategory } from "./questionnaire";
import { knownSkills } from "./skills";
import { languageLabel } from "@/lib/resources/categories";
import { hasEvidence, type Standing } from "./standing";

export interface DriverEvidence {
  driver: WizardNeed;
  /** Raw sum per candidate (strength × sign). */
  raw: Map<string, number>;
  /** Each counted claim with its sign per candidate. */
  claims: { claim: EvidenceClaim; strength: number; signs: Map<string, number> }[];
  /**
   * Figures for the candidates on a metric this driver measures that did not count, and why: taken on
   * an empty endpoint ("synthetic"), or with no other candidate's figure in the same setup to rank
   * against ("alone"); and capabilities a source gives to every technology it compares ("common": they
   * set none apart). The result names them, so a visitor sees they were read, not missed.
   */
  uncounted: { claim: EvidenceClaim; why: UncountedWhy }[];
}

/** Why a claim read for a need did not count: see DriverEvidence.uncounted (and "metric": a figure on a metric this use case does not measure the need by). */
export type UncountedWhy = "synthetic" | "alone" | "common" | "metric";

export type Scores = Map<string, number>;

export const NONE: ReadonlySet<string> = new Set();

/**
 * Candidates best first: the familiar ones with supporting evidence ahead, then by score, then (at
 * equal scores) those some evidence speaks to before those none does, as the verdict's own ranking
 * lists only technologies with evidence; then by slug.
 */
export function order(
  candidates: string[],
  scores: Scores,
  familiar: ReadonlySet<string>,
  evidenced: ReadonlySet<string> = NONE,
): string[] {
  const tier = (s: string) => (familiar.has(s) && (scores.get(s) ?? 0) > 0 ? 1 : 0);
  const spoken = (s: string) => (evidenced.has(s) ? 1 : 0);
  return [...candidates].sort(
    (a, b) =>
      tier(b) - tier(a) ||
      (scores.get(b) ?? 0) - (scores.get(a) ?? 0) ||
      spoken(b) - spoken(a) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}

export const sameOrder = (a: string[], b: string[]) => a.every((s, i) => s === b[i]);

export interface Context {
  category: WizardCategory;
  candidates: string[];
  nameOf: (slug: string) => string;
}

export const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const orList = (names: string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
export const list = (names: string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** The skills a team named, as a reader says them: "Python and PHP", "PostgreSQL" ("" for none). */
export const skillNames = (category: WizardCategory, ctx: Pick<Context, "nameOf">, skills: readonly string[]) =>
  list(knownSkills(skills).map((s) => (category.skillsBy === "language" ? languageLabel(s) : ctx.nameOf(s))));

/** A label run on in a sentence: lower-cased at the start, unless it starts an acronym ("I/O-bound"). */
export const lowerFirst = (label: string) =>
  /^.[a-z ]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

export /** How the options the team knows stand, in words that keep "no evidence" apart from "evidence against". */
function familiarStanding(
  ctx: Context,
  known: string[],
  scores: Scores,
  standings: ReadonlyMap<string, Standing>,
): string {
  const silent = known.filter((s) => !hasEvidence(standings.get(s)!));
  const against = known.filter((s) => hasEvidence(standings.get(s)!) && (scores.get(s) ?? 0) < 0);
  const even = known.filter((s) => hasEvidence(standings.get(s)!) && (scores.get(s) ?? 0) === 0);
  const parts: string[] = [];
  if (silent.length)
    parts.push(`no checked evidence speaks for or against ${orList(silent.map(ctx.nameOf))} on these answers`);
  if (against.length) parts.push(`on balance the checked evidence counts against ${list(against.map(ctx.nameOf))}`);
  if (even.length) parts.push(`the checked evidence for and against ${list(even.map(ctx.nameOf))} cancels out`);
  return parts.join("; ");
}

export interface Tally {
  supporting: number;
  against: number;
  /** The verified claims behind `supporting` (the rest of it are team decisions). */
  claims: EvidenceClaim[];
  /** The claims behind `against`: what the result lists against the pick (review 12, R12-2). */
  againstClaims: EvidenceClaim[];
  decisions: number;
  newest: number;
}

/** Supporting and opposing pieces of evidence for one technology: the use case's and the drivers'. */
export function tally(
  slug: string,
  useCaseClaims: EvidenceClaim[],
  drivers: DriverEvidence[],
  signOf: (claim: EvidenceClaim, slug: string) => number,
  decisions: number,
): Tally {
  const t: Tally = {
    supporting: decisions,
    against: 0,
    claims: [],
    againstClaims: [],
    decisions,
    newest: Number.NEGATIVE_INFINITY,
  };
  const seen = new Set<string>();
  const count = (claim: EvidenceClaim, sign: number) => {
    if (sign === 0 || seen.has(claim.id)) return;
    seen.add(claim.id);
    if (sign < 0) {
      t.againstClaims.push(claim);
      return void (t.against = t.againstClaims.length);
    }
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

export const decisionCount = (reasons: { technologySlug: string; decisionIds: string[] }[], slug: string) =>
  reasons.filter((r) => r.technologySlug === slug).reduce((n, r) => n + r.decisionIds.length, 0);

/** The use case's verified claims with their sign per technology (0 where a claim does not count). */
export interface Sides {
  claims: EvidenceClaim[];
  signOf: (claim: EvidenceClaim, slug: string) => number;
}

export function evidenceSides(
  evidence: Evidence,
  engine: VerdictEngine,
  useCase: string,
  reader: EvidenceSigns,
): Sides {
  const asOfMs = Date.parse(evidence.asOf);
  const claims = evidence.claims.filter((c) => engine.useCasesOfClaim(c.id).includes(useCase));
  const signOf = (claim: EvidenceClaim, slug: string) => {
    const techs = [...new Set(claim.technologySlugs)];
    const i = techs.indexOf(slug);
    return i === -1 || claimStrength(claim, asOfMs) === 0 ? 0 : reader.signs(claim, techs)[i];
  };
  return { claims, signOf };
}
