// Which category a use case belongs to. Its own module, free of the needs' schema (zod): the wizard's
// form runs in the browser, where zod's eval probe would break the page's content security policy.
import type { Questionnaire, WizardCategory } from "./questionnaire";

export function categoryOf(questionnaire: Questionnaire, useCaseSlug: string): WizardCategory | undefined {
  const useCase = questionnaire.useCases.find((u) => u.slug === useCaseSlug);
  return useCase ? questionnaire.categories.find((c) => c.key === useCase.category) : undefined;
}
