// Technology categories (Technology.kind) and languages, as the wizard names them. A use case picks
// among the technologies of one category (UseCase.category), so a database question never ranks
// web frameworks and the other way round.

/** Every technology kind; a use case's category is one of these. */
export const TECHNOLOGY_KINDS = ["framework", "language", "database", "queue", "library", "platform", "tool"] as const;
export type TechnologyKind = (typeof TECHNOLOGY_KINDS)[number];

const CATEGORY_LABELS: Record<string, string> = {
  framework: "Frameworks",
  language: "Languages",
  database: "Databases",
  queue: "Message queues",
  library: "Libraries",
  platform: "Platforms",
  tool: "Tools",
};

/** What the category's technologies are called together ("Databases"); the kind itself for an unknown one. */
export const categoryLabel = (kind: string): string => CATEGORY_LABELS[kind] ?? kind;

// Languages spelled the way their communities write them; others are shown capitalized.
const LANGUAGE_NAMES: Record<string, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  php: "PHP",
  csharp: "C#",
  cpp: "C++",
  sql: "SQL",
};

/** A stored language ("javascript", " Python ") as one comparable key. */
export const languageKey = (language: string): string => language.trim().toLowerCase();

export function languageLabel(language: string): string {
  const key = languageKey(language);
  return LANGUAGE_NAMES[key] ?? (key ? key[0].toUpperCase() + key.slice(1) : "");
}
