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
  const n = token.length;
  if (n <= 3 || token.charCodeAt(n - 1) !== 115 /* s */) return token;
  const before = token.charCodeAt(n - 2);
  if (before === 115 /* s */ || before === 117 /* u */ || before === 105 /* i */) return token;
  if (n > 4 && before === 101 /* e */ && token.charCodeAt(n - 3) === 105 /* i */) return `${token.slice(0, -3)}y`;
  return token.slice(0, -1);
}

/** Each token's singular (what PhraseIndex compares), for texts matched against several indexes. */
export const singulars = (tokens: string[]): string[] => tokens.map(singular);

/** A phrase of a PhraseIndex: what `hits` reports. */
export interface PhraseEntry<T> {
  /** Its tokens joined by single spaces (a space means a phrase of several words). */
  phrase: string;
  rest: string[];
  value: T;
}
type Entry<T> = PhraseEntry<T>;

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
    return this.matchSingulars(singulars(tokens));
  }

  /** match() for tokens already in their singular (`singulars(tokens)`). */
  matchSingulars(words: string[]): Map<T, Set<string>> {
    const found = new Map<T, Set<string>>();
    const hits: Entry<T>[] = [];
    this.hits(words, hits);
    for (const entry of hits) {
      const set = found.get(entry.value);
      if (set) set.add(entry.phrase);
      else found.set(entry.value, new Set([entry.phrase]));
    }
    return found;
  }

  /**
   * Appends to `out` each phrase found in `words` (tokens already in their singular), in the order
   * found, once per place: match() without its maps and sets, for callers that keep their own tally.
   */
  hits(words: string[], out: PhraseEntry<T>[]): void {
    for (let i = 0; i < words.length; i++) this.hitsAt(words, i, out);
  }

  /** hits() for the phrases starting at position `i` only. */
  hitsAt(words: string[], i: number, out: PhraseEntry<T>[]): void {
    const entries = this.byFirst.get(words[i]);
    if (entries) for (const entry of entries) if (restAt(words, i + 1, entry.rest)) out.push(entry);
  }

  /** hits() with where each phrase was found: `visit(entry, start, end)` for words[start..end). */
  spans(words: string[], visit: (entry: PhraseEntry<T>, start: number, end: number) => void): void {
    for (let i = 0; i < words.length; i++) {
      const entries = this.byFirst.get(words[i]);
      if (entries)
        for (const entry of entries) if (restAt(words, i + 1, entry.rest)) visit(entry, i, i + 1 + entry.rest.length);
    }
  }
}

/**
 * `words` (tokens in their singular) with every phrase of several words that `index` finds blanked
 * out ("" matches no phrase), so another index no longer reads those words; the same array when
 * there is none.
 */
export function withoutPhrasesOf<T>(index: PhraseIndex<T>, words: string[]): string[] {
  let out: string[] | null = null;
  const found: PhraseEntry<T>[] = [];
  for (let i = 0; i < words.length; i++) {
    found.length = 0;
    index.hitsAt(words, i, found);
    for (const entry of found) {
      if (entry.rest.length === 0) continue;
      out ??= words.slice();
      out.fill("", i, i + 1 + entry.rest.length);
    }
  }
  return out ?? words;
}

/** Whether `rest` follows in `words` from position `from`. */
function restAt(words: string[], from: number, rest: string[]): boolean {
  if (from + rest.length > words.length) return false;
  for (let j = 0; j < rest.length; j++) if (words[from + j] !== rest[j]) return false;
  return true;
}
