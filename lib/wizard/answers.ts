// Wizard answers as they travel: URL query parameters (shareable links, the no-JS form and the
// JSON API all use the same ones). Strict: an unknown value or parameter is a 400 naming it.
import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { QUESTION_KEYS, QUESTIONS, type QuestionKey, type WizardAnswers } from "./questions";

export { answersQuery } from "./questions";

/** One required enum per question, described with its legend (the public API documents these). */
export const wizardAnswerShape = Object.fromEntries(
  QUESTIONS.map((q) => {
    const values = q.options.map((o) => o.value) as [string, ...string[]];
    const schema = z
      .enum(values, { error: (issue) => (issue.input === undefined ? "Answer this question." : `Choose one of: ${values.join(", ")}.`) })
      .describe(`${q.legend} ${q.options.map((o) => `\`${o.value}\`: ${o.label}`).join("; ")}.`);
    return [q.key, schema];
  }),
) as Record<QuestionKey, z.ZodEnum<Record<string, string>>>;

export const WizardAnswersSchema = z.strictObject(wizardAnswerShape) as unknown as z.ZodType<WizardAnswers>;

/** The query parameters that are wizard answers (the first value of each). */
function queryObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v[0] ?? "" : v] as [string, string]]));
  const answers: Record<string, string> = {};
  for (const [key, value] of entries) if ((QUESTION_KEYS as string[]).includes(key)) answers[key] ??= value;
  return answers;
}

export type ParsedAnswers =
  | { complete: true; answers: WizardAnswers }
  | { complete: false; partial: Partial<WizardAnswers>; errors: FieldErrors };

/**
 * Reads answers from a page's query. Unknown parameters are ignored here (pages get tracking
 * params); the public API (lib/api/v1/wizard.ts) validates the same shape strictly.
 */
export function parseAnswers(params: URLSearchParams | Record<string, string | string[] | undefined>): ParsedAnswers {
  const answers = queryObject(params);
  const result = WizardAnswersSchema.safeParse(answers);
  if (result.success) return { complete: true, answers: result.data };
  const errors: FieldErrors = {};
  const partial: Record<string, string> = {};
  for (const question of QUESTIONS) {
    const value = answers[question.key];
    if (value === undefined || value === "") errors[question.key] = ["Answer this question."];
    else if (!question.options.some((o) => o.value === value)) errors[question.key] = [`Choose one of: ${question.options.map((o) => o.value).join(", ")}.`];
    else partial[question.key] = value;
  }
  return { complete: false, partial: partial as Partial<WizardAnswers>, errors };
}
