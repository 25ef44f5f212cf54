// What every prose rule shares: the sentence's context, and how a claim's statement is written from the
// source's words (trimmed, capitalised, one sentence).
import type { Mention, TechResolver } from "../technologies";
import type { CandidateClaim } from "../types";

export interface ProseContext {
  resolver: TechResolver;
  /** What the heading or section is about, for sentences that name nothing ("Ideal for …", "It supports …"). */
  subject: string[];
  /** The nearest heading's text: the use case of "Ideal for" lines under "## When to pick Redis". */
  heading?: string;
  /** The technologies the document compares ("X vs Y" in its title). */
  compared?: string[];
}

export type Claim = Omit<CandidateClaim, "quote" | "start" | "end">;

/** Emits advice for `techs`; `hedged` ("may be an excellent choice") is said in the statement instead of "Use". */
export type Rec = (techs: string[], useCase: string, against: boolean, connector?: string, hedged?: string) => boolean;

/** Longer sentences are paragraphs the splitter could not cut: no rule reads them. */
export const MAX = 500;
export const clean = (s: string): string =>
  s
    .replace(/^[\s,;:–—-]+/, "")
    .replace(/(?<![\s.,;:!?–—-])[\s.,;:!?–—-]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
export const lcFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
export const sentenceOf = (s: string): string => {
  const t = clean(s.replace(/^[-*•▪◦]\s+/, ""));
  return t ? `${t[0].toUpperCase()}${t.slice(1)}.` : t;
};
export const base = (kind: Claim["kind"], techs: string[], statement: string, topic: string | null): Claim => ({
  statement,
  kind,
  technologies: techs,
  topic,
  metric: null,
  value: null,
  unit: null,
  conditions: {},
  stance: "SUPPORTS",
});

/** The use case of a piece of advice: up to the end of its clause, not a whole paragraph. */
export function useCaseOf(tail: string): string {
  const words = clean(
    tail.split(/[.;!?]|,\s(?:but|while|whereas|although|and then)\s|\s(?:while|whereas)\s|\s[-–—]\s/)[0],
  ).split(/\s+/);
  if (words.length <= MAX_USE_CASE_WORDS) return words.join(" ");
  // Longer: cut where a part of it ends (a comma, "or", "and"), never mid-phrase ("… if your mindset is
  // particularly."); with no such place, at the limit.
  const kept = words.slice(0, MAX_USE_CASE_WORDS);
  for (let i = kept.length - 1; i >= MIN_USE_CASE_WORDS; i--) {
    if (/,$/.test(kept[i - 1])) return kept.slice(0, i).join(" ").replace(/,$/, "");
    if (/^(?:or|and)$/i.test(kept[i])) return kept.slice(0, i).join(" ");
  }
  return kept.join(" ");
}

/** A use case is the situation as written, up to this many words (then cut where a part of it ends). */
const MAX_USE_CASE_WORDS = 24;
const MIN_USE_CASE_WORDS = 4;

/** "Both are open source", "Both platforms were conceived in 2010": every technology the document compares. */
export function bothOf(text: string, mentions: Mention[], ctx: ProseContext): string[] | null {
  return !mentions.length && /^(?:both|the two)\b/i.test(text) && ctx.compared?.length === 2 ? ctx.compared : null;
}
