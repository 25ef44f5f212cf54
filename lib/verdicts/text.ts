// Whole-phrase matching over normalized text: "admin" matches "Django's admin" but not "administrative",
// and a plural matches its singular ("small internal services" names "small internal service").
import { normalizeStatement } from "@/lib/text/normalize";

export function tokensOf(text: string): string[] {
  const normalized = normalizeStatement(text);
  return normalized ? normalized.split(" ") : [];
}

/**
 * A token's singular for matching: "services" → "service", "libraries" → "library". Only the plain
 * English plural endings; words ending in "ss", "us" or "is" ("process", "status", "analysis") and
 * short ones ("cms", "rps") are left as they are.
 */
export function singular(token: string): string {
  if (token.length <= 3 || token.charCodeAt(token.length - 1) !== 115 /* s */) return token;
  if (/(?:ss|us|is)$/.test(token)) return token;
  if (token.length > 4 && token.endsWith("ies")) return `${token.slice(0, -3)}y`;
  return token.slice(0, -1);
}

interface Entry<T> {
  phrase: string;
  rest: string[];
  value: T;
}

/** Phrases indexed by their first token, so matching costs one lookup per text token. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const tokens = tokensOf(phrase);
    if (!tokens.length) return;
    const [first, ...rest] = tokens.map(singular);
    const list = this.byFirst.get(first) ?? [];
    list.push({ phrase: tokens.join(" "), rest, value });
    this.byFirst.set(first, list);
  }

  /** For each value, the distinct phrases of it found in the tokens. */
  match(tokens: string[]): Map<T, Set<string>> {
    const found = new Map<T, Set<string>>();
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.byFirst.get(singular(tokens[i]));
      if (!entries) continue;
      for (const entry of entries) {
        if (!entry.rest.every((t, j) => i + 1 + j < tokens.length && singular(tokens[i + 1 + j]) === t)) continue;
        const set = found.get(entry.value) ?? new Set<string>();
        set.add(entry.phrase);
        found.set(entry.value, set);
      }
    }
    return found;
  }
}
