// Checked advice whose condition is the team's skills (issue 11, review 9 R5): "Use Laravel when the
// team already writes PHP" speaks to the skills answer, so a result never says that no checked
// evidence speaks for Laravel on a PHP team's answers while such advice is verified. A recommendation
// counts here when its words name one of the team's languages by the matching vocabulary below and
// it speaks for a technology of that language among the options. Takes a list of skills (a team may
// know several). Pure.
import { DRIVER_TERMS } from "@/lib/verdicts/drivers";
import { PhraseIndex, tokensOf } from "@/lib/verdicts/text";
import type { EvidenceClaim } from "@/lib/verdicts/types";
import { languageKey, languageLabel } from "@/lib/resources/categories";

/**
 * The words that name a team's language in advice: its name, the decision drivers' terms for it,
 * and for JavaScript the frontend (a frontend team writes JavaScript: "when the frontend team owns
 * the backend too" is advice for a JavaScript team).
 */
const SKILL_TERMS: Record<string, string[]> = {
  python: DRIVER_TERMS["team-knows-python"],
  javascript: [...DRIVER_TERMS["team-knows-javascript"], "frontend", "front end"],
  typescript: [...DRIVER_TERMS["team-knows-javascript"], "frontend", "front end"],
};

const termsOf = (skill: string): string[] => [...new Set([languageLabel(skill), ...(SKILL_TERMS[skill] ?? [])])];

/** An option the skills answer may favour: its slug and language. */
interface Option {
  slug: string;
  language?: string | null;
}

/**
 * For each option in one of the team's languages, the verified recommendations speaking for it whose
 * words name that language (`signOf`: the claim's direction for a technology, as the ranking reads it).
 */
export function skillAdvice(
  claims: readonly EvidenceClaim[],
  skills: readonly string[],
  options: readonly Option[],
  signOf: (claim: EvidenceClaim, slug: string) => number,
): Map<string, EvidenceClaim[]> {
  const found = new Map<string, EvidenceClaim[]>();
  for (const skill of skills.map(languageKey)) {
    const index = new PhraseIndex<true>();
    for (const term of termsOf(skill)) index.add(term, true);
    const ofSkill = options.filter((o) => o.language && languageKey(o.language) === skill);
    for (const claim of claims) {
      if (claim.status !== "VERIFIED" || claim.kind !== "RECOMMENDATION") continue;
      const named = ofSkill.filter((o) => claim.technologySlugs.includes(o.slug));
      if (named.length === 0 || index.match(tokensOf(claim.statement)).size === 0) continue;
      for (const o of named)
        if (signOf(claim, o.slug) > 0 && !found.get(o.slug)?.includes(claim))
          found.set(o.slug, [...(found.get(o.slug) ?? []), claim]);
    }
  }
  return found;
}

/** Quoted statements, as a line quotes claims. */
const quoted = (claims: readonly EvidenceClaim[]) => claims.map((c) => `“${c.statement}”`).join(", ");
const listed = (names: string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** The team advice is for, in words: "a team that knows JavaScript". */
export const adviceTeam = (skills: readonly string[]) => `a team that knows ${listed(skills.map(languageLabel))}`;

/**
 * The caveat, saying the advice for a team of these skills where it said no checked evidence speaks
 * for an advised option (the skills line names the advice itself: skills-line.ts). Per skill: advice
 * for a PHP team speaks for Laravel, never "a team that knows PHP and Python" (review 10, F1).
 * Unchanged when no advice was found.
 */
export function caveatWithAdvice(
  caveat: string | null,
  advice: ReadonlyMap<string, EvidenceClaim[]>,
  skills: readonly string[],
  nameOf: (slug: string) => string,
  languageOf: (slug: string) => string,
): string | null {
  if (advice.size === 0 || !caveat) return caveat;
  const bySkill = new Map<string, string[]>();
  for (const slug of advice.keys()) bySkill.set(languageOf(slug), [...(bySkill.get(languageOf(slug)) ?? []), slug]);
  const says = [...bySkill]
    .map(([language, slugs]) => {
      const own = [...new Set(slugs.flatMap((s) => advice.get(s)!))];
      return `checked advice for ${language ? adviceTeam([language]) : adviceTeam(skills)} speaks for ${listed(slugs.map(nameOf))} (${quoted(own)})`;
    })
    .join("; ");
  const silent = /No checked evidence speaks for or against (.+?) on these answers/;
  return caveat.replace(
    silent,
    (_, names: string) => `No checked evidence on these answers speaks for or against ${names}; only ${says}`,
  );
}

/**
 * An option's standing line, with the advice for the team's skills that speaks for it said after it
 * when no evidence on the needs does: never "no checked evidence" alone beside advice the skills
 * answer names (review 9, R5). That advice adds nothing to the score.
 */
export function standingWithAdvice(
  line: string,
  advice: readonly EvidenceClaim[] | undefined,
  skills: readonly string[],
): string {
  if (!advice?.length || !line.startsWith("No checked evidence")) return line;
  return `${line} Only checked advice for ${adviceTeam(skills)} speaks for it (${quoted(advice)}), which is no evidence on this use case's needs.`;
}
