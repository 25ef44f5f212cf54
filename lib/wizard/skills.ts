// The skills answer's two constants, in a module of their own with no imports: the wizard's client
// form reads them, and importing them from questionnaire.ts would pull the catalogue's schemas (zod,
// whose first object parse tries `new Function`, an eval the page's CSP reports) into its bundle.

/** The answer for "none of these": ranked on the evidence alone. */
export const NO_SKILLS = "none";

/** The skills a team named, "none of these" aside (empty: it knows none of the options). */
export const knownSkills = (skills: readonly string[]): string[] => skills.filter((s) => s !== NO_SKILLS);
