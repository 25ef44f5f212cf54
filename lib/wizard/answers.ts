// Wizard answers as they travel: URL query parameters (shareable links, the no-JS form and the
// JSON API all use the same ones): `useCase`, `skills` (every language or technology the team knows,
// or `none`) and `needs` (the drivers that matter); both lists comma-separated, or, as the no-JS
// form's checkboxes send them, the parameter repeated. Which values are valid
// depends on the questionnaire (the data editors maintain), so answers are checked against it.
import type { FieldErrors } from "@/lib/errors";
import { categoryOf } from "./category-of";
import type { Questionnaire } from "./questionnaire";
import { NO_SKILLS } from "./skills";

export interface WizardAnswers {
  useCase: string;
  /**
   * What the team knows: the category's skill options ticked, in the category's order; a team may know
   * several (G9/H8). `[NO_SKILLS]` when it knows none of them.
   */
  skills: string[];
  /** Driver keys of the use case's category that matter to the project, in the category's order. */
  needs: string[];
}

/** The query parameters that carry answers, in question order. */
export const ANSWER_PARAMS = ["useCase", "skills", "needs"] as const;

export type ParsedAnswers =
  | { complete: true; answers: WizardAnswers }
  | { complete: false; partial: Partial<WizardAnswers>; errors: FieldErrors };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * What to choose from, in the words the form shows. A page names no keys at all (its options are
 * right there, labelled); the API (strict) names each value a client sends, quoted, with its label.
 */
function choices(options: { value: string; label: string }[], strict: boolean | undefined): string {
  if (!strict) return "Choose one of the options below.";
  return `Choose one of: ${options.map((o) => `"${o.value}" (${o.label})`).join("; ")}.`;
}

/**
 * Reads answers from a query. `strict` (the public API): a need outside the use case's category is
 * a 400 naming it. Pages drop it instead: a visitor who switched use case without JavaScript still
 * carries the previous category's ticks.
 */
export function parseAnswers(
  params: Params,
  questionnaire: Questionnaire,
  options: { strict?: boolean } = {},
): ParsedAnswers {
  const errors: FieldErrors = {};
  const partial: Partial<WizardAnswers> = {};
  const useCase = valuesOf(params, "useCase")[0] ?? "";
  const category = categoryOf(questionnaire, useCase);
  if (!useCase) errors.useCase = ["Answer this question."];
  else if (!category)
    errors.useCase = [
      choices(
        questionnaire.useCases.map((u) => ({ value: u.slug, label: u.name })),
        options.strict,
      ),
    ];
  else partial.useCase = useCase;

  if (category) {
    const skills = skillsOf(valuesOf(params, "skills"), category.skills, options.strict);
    if ("error" in skills) errors.skills = [skills.error];
    else partial.skills = skills.values;

    const asked = new Set(listOf(valuesOf(params, "needs")));
    const keys = category.drivers.map((d) => d.key);
    const unknown = [...asked].filter((k) => !keys.includes(k));
    if (unknown.length && options.strict) {
      const named = unknown.map((k) => `"${k}"`).join(", ");
      errors.needs = [
        `Not a question for ${category.label.toLowerCase()}: ${named}. ${choices(
          category.drivers.map((d) => ({ value: d.key, label: d.label })),
          true,
        )}`,
      ];
    }
    partial.needs = keys.filter((k) => asked.has(k));
  }
  if (Object.keys(errors).length === 0 && partial.useCase && partial.skills?.length) {
    return {
      complete: true,
      answers: { useCase: partial.useCase, skills: partial.skills, needs: partial.needs ?? [] },
    };
  }
  return { complete: false, partial, errors };
}

/** Each value of a repeated or comma-separated parameter, trimmed, once. */
const listOf = (values: string[]) => [
  ...new Set(
    values
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

/**
 * The skills answer: every option ticked, in the options' order. An unknown value is an error naming
 * it (never silently dropped: G9/H8), and so is "none" beside a skill, which would say two things.
 */
function skillsOf(
  values: string[],
  skillOptions: { value: string; label: string }[],
  strict: boolean | undefined,
): { values: string[] } | { error: string } {
  const asked = listOf(values);
  if (asked.length === 0) return { error: "Answer this question." };
  const unknown = asked.filter((v) => !skillOptions.some((o) => o.value === v));
  if (unknown.length) {
    const named = unknown.map((v) => `"${v.slice(0, 60)}"`).join(", ");
    return { error: `Not an option here: ${named}. ${choices(skillOptions, strict).replace("one of", "from")}` };
  }
  if (asked.includes(NO_SKILLS) && asked.length > 1)
    return { error: `"None of these" and a skill were both ticked: tick the skills the team has, or only "none".` };
  return { values: skillOptions.map((o) => o.value).filter((v) => asked.includes(v)) };
}

/** The query string of a set of answers, in question order (stable, shareable links). */
export function answersQuery(answers: Partial<WizardAnswers>): string {
  const parts: string[] = [];
  if (answers.useCase) parts.push(`useCase=${encodeURIComponent(answers.useCase)}`);
  // Commas stay literal between the (encoded) values: the link reads as a list.
  if (answers.skills?.length) parts.push(`skills=${answers.skills.map(encodeURIComponent).join(",")}`);
  // Commas stay literal between the (encoded) keys: the link reads as a list.
  if (answers.needs?.length) parts.push(`needs=${answers.needs.map(encodeURIComponent).join(",")}`);
  return parts.join("&");
}
