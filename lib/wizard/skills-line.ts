// The team-skills answer's line, one clause per skill named (issue 11, N1/N3): what each skill did
// to the ranking, or that it changed nothing and why. A skill is said to have changed the order
// only when the ranking without it differs (computed, as for the needs), so a skill that did nothing
// is never credited, and a skill is never left out because another one had something to report.
// Pure; split from factors.ts.
import type { EvidenceClaim } from "@/lib/verdicts/types";
import { languageKey, languageLabel } from "@/lib/resources/categories";
import { familiarStanding, list, order, sameOrder, type Context, type Scores } from "./common";
import { knownSkills, type WizardCategory } from "./questionnaire";
import { adviceTeam } from "./skill-evidence";
import { hasEvidence, type Standing } from "./standing";

/** What one skills line reads of a ranking. */
export interface SkillsInput {
  ctx: Context;
  category: WizardCategory;
  skills: string[];
  scores: Scores;
  /** Best first with the skills counted, and on the evidence alone. */
  final: string[];
  onEvidence: string[];
  evidenced: ReadonlySet<string>;
  standings: ReadonlyMap<string, Standing>;
  /** Verified advice for a team of the answered skills, by option (skillAdvice). */
  advice: ReadonlyMap<string, EvidenceClaim[]>;
}

/** The candidates a team of these skills knows: in any of its languages, or any technology it named. */
export function familiarOf(category: WizardCategory, skills: readonly string[]): Set<string> {
  const known = new Set(knownSkills(skills));
  return new Set(
    category.technologies
      .filter((t) => known.has(category.skillsBy === "language" ? languageKey(t.language) : t.slug))
      .map((t) => t.slug),
  );
}

/** The skills that changed the order: without each, the ranking would differ (issue 11, N3). */
export function skillsThatMoved(input: Omit<SkillsInput, "advice" | "standings" | "onEvidence">): string[] {
  const { category, skills, scores, final, evidenced, ctx } = input;
  const known = knownSkills(skills);
  return known.filter(
    (s) =>
      !sameOrder(
        final,
        order(
          ctx.candidates,
          scores,
          familiarOf(
            category,
            known.filter((k) => k !== s),
          ),
          evidenced,
        ),
      ),
  );
}

/** A skill's clause; `contrast`: one that only reads after a lead-in to contrast with (the team's label). */
type Clause = string | { contrast: string };
const clauseText = (c: Clause) => (typeof c === "string" ? c : c.contrast);

const quoted = (claims: readonly EvidenceClaim[]) => claims.map((c) => `“${c.statement}”`).join(", ");

/** The skills factor's label, text, whether it moved the order, and the advice claims it names. */
export function skillsLine(input: SkillsInput): { label: string; text: string; moved: boolean; claimIds: string[] } {
  const { ctx, category, skills, scores, onEvidence, standings, advice } = input;
  const byLanguage = category.skillsBy === "language";
  const known = knownSkills(skills);
  const nameOfSkill = (s: string) => (byLanguage ? languageLabel(s) : ctx.nameOf(s));
  const label = known.length ? `The team knows ${list(known.map(nameOfSkill))}` : "Team skills";
  if (known.length === 0)
    return {
      label,
      moved: false,
      claimIds: [],
      text: "Team skills: none of these named, so the ranking stands on the evidence alone.",
    };
  const moved = new Set(skillsThatMoved(input));
  // One skill: "the team's skills"; several: each by name, as each is accounted for on its own.
  const subjectOf = (skill: string) => (known.length === 1 ? "the team's skills" : `knowing ${nameOfSkill(skill)}`);
  const claimIds: string[] = [];
  const clauses = known.map((skill): Clause => {
    const options = [...familiarOf(category, [skill])].filter((s) => ctx.candidates.includes(s));
    const supported = options.filter((s) => (scores.get(s) ?? 0) > 0);
    const advised = options.filter((s) => advice.has(s));
    const adviceClaims = [...new Set(advised.flatMap((s) => advice.get(s)!))];
    claimIds.push(...adviceClaims.map((c) => c.id));
    const adviceClause = adviceClaims.length
      ? `; checked advice for ${adviceTeam([skill])} speaks for ${list(advised.map(ctx.nameOf))} (${quoted(adviceClaims)}), which is no evidence on this use case's needs and adds nothing to the scores`
      : "";
    const inIt = byLanguage ? ` in ${languageLabel(skill)}` : "";
    if (options.length === 0)
      return `none of these ${category.label.toLowerCase()} is${inIt || ` ${nameOfSkill(skill)}`}, so it did not change the ranking`;
    const names = list(options.map(ctx.nameOf));
    const is = options.length === 1 ? "is" : "are";
    if (moved.has(skill)) {
      const one = supported.length === 1;
      return `${list(supported.map(ctx.nameOf))} ${one ? "has" : "have"} supporting evidence here, so ${one ? "it comes" : "they come"} before technologies the team would have to learn${adviceClause}`;
    }
    if (supported.length === 0) {
      // Advice for the team speaks for an option no evidence on the needs does: said first, never
      // "no checked evidence speaks for" it (review 9, R5).
      const silentAdvised = advised.filter((s) => !hasEvidence(standings.get(s)!));
      const rest = options.filter((s) => !silentAdvised.includes(s));
      const restStanding = rest.length ? familiarStanding(ctx, rest, scores, standings) : "";
      if (silentAdvised.length)
        return `checked advice for ${adviceTeam([skill])} speaks for ${list(advised.map(ctx.nameOf))} (${quoted(adviceClaims)}), which is no evidence on this use case's needs, and no checked claim on them or on your answers counts for ${silentAdvised.length === 1 ? "it" : "them"}${restStanding ? `; ${restStanding}` : ""}, so ${subjectOf(skill)} did not change the ranking`;
      // "but" only after a lead-in; a clause said after "X:" never starts with a conjunction (review 12, R12-7).
      const standing = `${restStanding}, so ${subjectOf(skill)} did not change the ranking${adviceClause}`;
      return byLanguage ? `${names} ${is}${inIt}, but ${standing}` : { contrast: standing };
    }
    if (supported[0] === onEvidence[0])
      return `${ctx.nameOf(supported[0])} ${byLanguage ? `is${inIt}, and ` : "is known, and "}the evidence already puts ${ctx.nameOf(supported[0])} first, so ${subjectOf(skill)} did not change the ranking${adviceClause}`;
    const one = supported.length === 1;
    return `${list(supported.map(ctx.nameOf))}${inIt ? `,${inIt},` : ""} ${one ? "has" : "have"} supporting evidence here too, but ${one ? "stands" : "stand"} where ${one ? "it" : "they"} would if the team did not know ${nameOfSkill(skill)}, so ${subjectOf(skill)} did not change the ranking${adviceClause}`;
  });
  // A contrast follows the label it contrasts with ("The team knows SQLite, but …"); after "SQLite:" it stands alone.
  const text =
    known.length === 1
      ? typeof clauses[0] === "string"
        ? `${label}: ${clauses[0]}.`
        : `${label}, but ${clauses[0].contrast}.`
      : `${label}. ${known.map((s, i) => `${nameOfSkill(s)}: ${clauseText(clauses[i])}.`).join(" ")}`;
  return { label, text, moved: moved.size > 0, claimIds: [...new Set(claimIds)] };
}
