// The wizard's questions, built from the data editors maintain: the first picks the use case (each
// with its category), then what the team already knows (the languages of that category's
// technologies, or the technologies themselves where no language applies, as with databases), then
// one yes/no per need of the category's use cases (UseCase.needs). Pure: lib/wizard/recommend.ts loads the rows.
import { categoryLabel, languageKey, languageLabel } from "@/lib/resources/categories";
import { isDriverKey } from "@/lib/verdicts/drivers";
import { driverNeed } from "@/lib/verdicts/needs";
import { capitalized, type WizardNeed } from "./drivers";
import { NO_SKILLS } from "./skills";

export interface WizardUseCaseInput {
  slug: string;
  name: string;
  description: string;
  category: string;
  drivers: WizardNeed[];
  /** Has a published verdict (and so a page under /use-cases). */
  published?: boolean;
  /**
   * What that published verdict picks and the editors' reason (lib/wizard/recommend.ts loads it).
   * Absent while `published`: taken to pick what the evidence alone picks (pure worlds in tests).
   */
  verdict?: PublishedVerdict;
}

/** A published verdict as the wizard may cite it: the editors' picks (none: published without one) and their reason. */
export interface PublishedVerdict {
  picks: string[];
  editorReason: string;
}

export interface WizardTechnology {
  slug: string;
  name: string;
  kind: string;
  language: string;
}

export interface WizardOption {
  value: string;
  label: string;
}

export interface WizardCategory {
  key: string;
  label: string;
  /** The category's technologies (only these are ranked for its use cases). */
  technologies: WizardTechnology[];
  /** "What does the team already know?": languages, or technologies where none has a language. */
  skills: WizardOption[];
  /** How the skills options are meant: "language" favours technologies written in it, "technology" that one. */
  skillsBy: "language" | "technology";
  /** One question each: the union of its use cases' drivers, in first-seen order. */
  drivers: WizardNeed[];
}

export interface Questionnaire {
  /**
   * `drivers`: the keys of the use case's own needs; `needs`: the same with the use case's own labels
   * (its verdict weighs them whatever the visitor ticks, and the result says so in these words) and
   * its own terms and metrics: a ticked need is weighed by the claims that match it as this use case
   * describes it, as its verdict counts them, never by another use case's words for it (review 5, R3).
   */
  useCases: (Omit<WizardUseCaseInput, "drivers"> & {
    categoryLabel: string;
    drivers: string[];
    needs: Pick<WizardNeed, "key" | "label" | "terms" | "metrics">[];
  })[];
  categories: WizardCategory[];
}

export { NO_SKILLS, knownSkills } from "./skills";

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "en");

function skillsOf(technologies: WizardTechnology[]): Pick<WizardCategory, "skills" | "skillsBy"> {
  const languages = [...new Set(technologies.map((t) => languageKey(t.language)).filter(Boolean))].sort();
  if (languages.length > 0) {
    return {
      skillsBy: "language",
      skills: [
        ...languages.map((l) => ({ value: l, label: languageLabel(l) })),
        { value: NO_SKILLS, label: "None of these, or something else" },
      ],
    };
  }
  return {
    skillsBy: "technology",
    skills: [
      ...technologies.map((t) => ({ value: t.slug, label: t.name })),
      { value: NO_SKILLS, label: "None of these yet" },
    ],
  };
}

/**
 * The label of a need several use cases share, for the need itself rather than one use case's
 * wording of it: their common label when they agree; otherwise the driver's own ("Needs
 * authentication and permissions", not the back office's "Needs staff logins and permissions");
 * for an editors' key with no default, the label most use cases give it (equal counts: the shortest,
 * the most general).
 */
function sharedLabel(key: string, labels: string[]): string {
  const distinct = [...new Set(labels)];
  if (distinct.length === 1) return distinct[0];
  if (isDriverKey(key)) return capitalized(driverNeed(key).label);
  const count = (l: string) => labels.filter((x) => x === l).length;
  return distinct.sort((a, b) => count(b) - count(a) || a.length - b.length || a.localeCompare(b, "en"))[0];
}

function mergedDrivers(useCases: WizardUseCaseInput[]): WizardNeed[] {
  const merged = new Map<string, WizardNeed>();
  const labels = new Map<string, string[]>();
  for (const useCase of useCases) {
    for (const driver of useCase.drivers) {
      const seen = merged.get(driver.key);
      labels.set(driver.key, [...(labels.get(driver.key) ?? []), driver.label]);
      // The words of every use case's description of it count.
      if (!seen) merged.set(driver.key, { ...driver, terms: [...driver.terms], metrics: [...(driver.metrics ?? [])] });
      else
        merged.set(driver.key, {
          ...seen,
          terms: [...new Set([...seen.terms, ...driver.terms])],
          metrics: [...new Set([...(seen.metrics ?? []), ...(driver.metrics ?? [])])],
        });
    }
  }
  return [...merged.values()].map((need) => ({
    ...need,
    label: sharedLabel(need.key, labels.get(need.key) ?? [need.label]),
  }));
}

/** Categories that have at least one use case, each with its technologies and questions. */
export function buildQuestionnaire(useCases: WizardUseCaseInput[], technologies: WizardTechnology[]): Questionnaire {
  const sorted = [...useCases].sort(byName);
  const keys = [...new Set(sorted.map((u) => u.category))].sort((a, b) =>
    categoryLabel(a).localeCompare(categoryLabel(b), "en"),
  );
  const categories = keys.map((key): WizardCategory => {
    const techs = technologies.filter((t) => t.kind === key).sort(byName);
    return {
      key,
      label: categoryLabel(key),
      technologies: techs,
      ...skillsOf(techs),
      drivers: mergedDrivers(sorted.filter((u) => u.category === key)),
    };
  });
  return {
    useCases: sorted.map((u) => ({
      slug: u.slug,
      name: u.name,
      description: u.description,
      category: u.category,
      published: u.published === true,
      ...(u.published && u.verdict ? { verdict: u.verdict } : {}),
      categoryLabel: categoryLabel(u.category),
      drivers: u.drivers.map((d) => d.key),
      needs: u.drivers.map((d) => ({ key: d.key, label: d.label, terms: d.terms, metrics: d.metrics ?? [] })),
    })),
    categories,
  };
}

export { categoryOf } from "./category-of";
