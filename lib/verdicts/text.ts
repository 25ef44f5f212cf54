// Whole-phrase matching over normalized text: "admin" matches "Django's admin" but not "administrative".
import { normalizeStatement } from "@/lib/text/normalize";

export function tokensOf(text: string): string[] {
  const normalized = normalizeStatement(text);
  return normalized ? normalized.split(" ") : [];
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
    const [first, ...rest] = tokensOf(phrase);
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ phrase: [first, ...rest].join(" "), rest, value });
    this.byFirst.set(first, list);
  }

  /** For each value, the distinct phrases of it found in the tokens. */
  match(tokens: string[]): Map<T, Set<string>> {
    const found = new Map<T, Set<string>>();
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.byFirst.get(tokens[i]);
      if (!entries) continue;
      for (const entry of entries) {
        if (!entry.rest.every((t, j) => tokens[i + 1 + j] === t)) continue;
        const set = found.get(entry.value) ?? new Set<string>();
        set.add(entry.phrase);
        found.set(entry.value, set);
      }
    }
    return found;
  }
}
