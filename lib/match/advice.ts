// Advice: what a claim recommends (or warns against) and for which use case. Two pieces of advice
// for the same use case contradict when they pick different technologies, or when one says "use X"
// and the other "avoid X". The use case is compared by its content words, so "streaming inference"
// and "streaming inference API" are one use case while "public JSON APIs" and "internal JSON APIs"
// are two.
import { lexiconCategory } from "@/lib/extract/lexicon";
import { tokens } from "./similarity";
import type { IndexedClaim } from "./index";

export type AdviceDirection = "use" | "avoid";

export interface Advice {
  direction: AdviceDirection;
  useCase: ReadonlySet<string>;
  technologies: readonly string[];
}

const AGAINST_TOPIC = /^not[- ]for[- ]/i;

// Words that make a use case phrase but name no need ("for teams that…", "when you…").
const FILLER = new Set([
  "team",
  "teams",
  "need",
  "want",
  "building",
  "build",
  "project",
  "projects",
  "app",
  "apps",
  "application",
  "applications",
  "case",
  "cases",
  "work",
  "workload",
  "workloads",
  "not",
  "don",
  "t",
]);

/** "For reporting queries, MySQL." / "Use X for Y." / "X is the pick for Y.": the Y of a statement. */
function useCaseInStatement(statement: string): string {
  const lead = /^\s*(?:for|when|if)\s+([^,;:]{3,200})[,;:]/i.exec(statement);
  if (lead) return lead[1];
  const tail = /\b(?:for|when|if)\s+([^,;:]{3,200}?)[.!]?\s*$/i.exec(statement);
  return tail ? tail[1] : "";
}

function useCaseTokens(phrase: string): ReadonlySet<string> {
  return new Set([...tokens(phrase.replace(/[-_]+/g, " "))].filter((t) => !FILLER.has(t)));
}

const isAgainst = (c: IndexedClaim): boolean => {
  const stance = String(c.conditions.stance ?? c.conditions.direction ?? "").toLowerCase();
  return stance === "contradicts" || stance === "against" || (!!c.topic && AGAINST_TOPIC.test(c.topic));
};

/**
 * The advice a claim gives, or null when it gives none: recommendations advise using their
 * technologies (unless marked against), opinions against a technology for a use case ("not for …",
 * stance contradicts) advise avoiding it.
 */
export function adviceOf(c: IndexedClaim): Advice | null {
  const kind = c.kind.toLowerCase();
  if (kind !== "recommendation" && kind !== "opinion") return null;
  const against = isAgainst(c);
  if (kind === "opinion" && !(against && c.topic && AGAINST_TOPIC.test(c.topic))) return null;
  const phrase = c.topic ? c.topic.replace(AGAINST_TOPIC, "") : useCaseInStatement(c.statement);
  const useCase = useCaseTokens(phrase);
  if (!useCase.size || !c.technologies.length) return null;
  return { direction: against ? "avoid" : "use", useCase, technologies: c.technologies };
}

/**
 * One use case: the same content words, or one phrase's words all within the other's when it has
 * at least two ("back office" and "internal back office tool"); a lone shared word ("API") is not enough.
 */
export function sameUseCase(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return false;
  for (const t of small) if (!large.has(t)) return false;
  return small.size === large.size || small.size >= 2;
}

/** Technology slug → its kind (framework, database…), when known: a framework and a database do not compete. */
export type KindOf = (slug: string) => string | undefined;

/** The shipped lexicon's category of a technology slug (web-framework, database…), if it lists it. */
export const lexiconKind: KindOf = (slug) => lexiconCategory({ slug, name: slug, aliases: [] });

/** Two picks compete when they share no technology and some pair of them is of one kind (or of unknown kind). */
function competing(a: readonly string[], b: readonly string[], kindOf: KindOf): boolean {
  if (a.some((t) => b.includes(t))) return false;
  return a.some((x) =>
    b.some((y) => {
      const kx = kindOf(x);
      const ky = kindOf(y);
      return !kx || !ky || kx === ky;
    }),
  );
}

/** How two pieces of advice for one use case disagree, in words; null when they agree or concern different use cases. */
export function opposingAdvice(a: Advice, b: Advice, kindOf: KindOf): string | null {
  if (!sameUseCase(a.useCase, b.useCase)) return null;
  const shared = a.technologies.filter((t) => b.technologies.includes(t));
  if (a.direction !== b.direction)
    return shared.length ? `one source says use ${shared.join(" + ")}, the other says avoid it` : null;
  if (a.direction === "use" && competing(a.technologies, b.technologies, kindOf))
    return `one source picks ${a.technologies.join(" + ")}, the other ${b.technologies.join(" + ")}`;
  return null;
}

/** The words a use case is looked up by (every content word: a phrase within another shares all of its own). */
export const useCaseKeys = (a: Advice): string[] => [...a.useCase];
