// A visitor's search box text → a structured query both engines can run. Nothing the visitor
// types reaches a query language as syntax: the text is cut into words (letters, digits, combining
// marks) and every word is passed as a quoted literal (FTS5) or a quoted lexeme (tsquery).
// What the text *means* is read here, in one place:
// - "quoted words" are a phrase: those words, in that order, exactly (no prefix matching);
// - other words match word beginnings ("fast" finds "FastAPI");
// - a metric or a feature named any of its ways (lib/search/synonyms) searches for all of them;
// - "X vs Y" (or "versus") asks for a comparison: the sides are returned for lib/search to resolve.
import { SYNONYMS } from "./synonyms";

export const MAX_QUERY_LENGTH = 200;
const MAX_GROUPS = 8;
const MAX_TERM_LENGTH = 40;

/** Lower case, diacritics removed: how both indexes compare words. */
export const fold = (word: string): string =>
  ASCII.test(word)
    ? word.toLowerCase()
    : word
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase();
// Most words are plain ASCII: they need no Unicode decomposition (the slow part of folding).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const ASCII = /^[\x00-\x7f]*$/;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

// Within ASCII, letters, digits and marks are A–Z, a–z and 0–9: one plain pattern on the lower-cased
// text finds the same words as WORD and fold, without Unicode property tests (search cuts every result's
// title into words).
const ASCII_WORD = /[a-z0-9]+/g;

/** The folded words of a text, in order. */
export const wordsOf = (text: string): string[] =>
  ASCII.test(text)
    ? (text.toLowerCase().match(ASCII_WORD) ?? []).map((w) => w.slice(0, MAX_TERM_LENGTH))
    : [...text.normalize("NFC").matchAll(WORD)].map((m) => fold(m[0]).slice(0, MAX_TERM_LENGTH)).filter(Boolean);

/** A run of words to find in order; `prefix`: the last word may be the beginning of a longer one. */
export interface Phrase {
  words: string[];
  prefix: boolean;
  /** The entry as one lexeme for PostgreSQL, whose parser keeps "req/s" whole. */
  lexeme?: string;
}

/** One thing the visitor asked for: any of its alternatives satisfies it; every group must be satisfied. */
export interface Group {
  /** What the visitor typed for it (folded words), for "did you mean". */
  text: string;
  alternatives: Phrase[];
  /** Typed as a single unquoted word: a candidate for typo correction. */
  correctable: boolean;
}

export interface ParsedQuery {
  groups: Group[];
  /** The visitor's distinct words, as the index compares them. */
  terms: string[];
  /** "X vs Y": the two sides as typed (trimmed), for lib/search to resolve to technologies. */
  versus: [string, string] | null;
}

const VERSUS = /^(.+?)\s+(?:vs\.?|versus)\s+(.+)$/i;
const QUOTED = /["“”„]([^"“”„]*)["“”„]?/g;

const synonymSets = SYNONYMS.map((set) => set.map((entry) => ({ entry, words: wordsOf(entry) })));

function synonymPhrases(setIndex: number): Phrase[] {
  return synonymSets[setIndex].map(({ entry, words }) => ({
    words,
    // A one-word name of a metric may be inflected ("latencies"); a phrase is meant as written.
    prefix: words.length === 1 && words[0].length > 3,
    ...(/[^\p{L}\p{N}\s]/u.test(entry) && !/\s/.test(entry) ? { lexeme: fold(entry) } : {}),
  }));
}

/** The longest synonym entry starting at words[at]: its set and length in words. */
function synonymAt(words: string[], at: number): { set: number; length: number } | null {
  let best: { set: number; length: number } | null = null;
  synonymSets.forEach((set, index) => {
    for (const { words: entry } of set) {
      if (entry.length > (best?.length ?? 0) && entry.every((w, i) => words[at + i] === w))
        best = { set: index, length: entry.length };
    }
  });
  return best;
}

function unquotedGroups(words: string[]): Group[] {
  const groups: Group[] = [];
  for (let at = 0; at < words.length;) {
    const synonym = synonymAt(words, at);
    if (synonym) {
      groups.push({
        text: words.slice(at, at + synonym.length).join(" "),
        alternatives: synonymPhrases(synonym.set),
        correctable: false,
      });
      at += synonym.length;
    } else {
      groups.push({ text: words[at], alternatives: [{ words: [words[at]], prefix: true }], correctable: true });
      at += 1;
    }
  }
  return groups;
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize("NFC").slice(0, MAX_QUERY_LENGTH);
  const groups: Group[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const words = wordsOf(match[1]);
    if (words.length > 0)
      groups.push({ text: words.join(" "), alternatives: [{ words, prefix: false }], correctable: false });
  }
  const unquoted = text.replace(QUOTED, " ");
  const versusMatch = groups.length === 0 ? VERSUS.exec(unquoted.trim()) : null;
  const versus: [string, string] | null =
    versusMatch && wordsOf(versusMatch[1]).length > 0 && wordsOf(versusMatch[2]).length > 0
      ? [versusMatch[1].trim(), versusMatch[2].trim()]
      : null;
  const words = wordsOf(versus ? `${versus[0]} ${versus[1]}` : unquoted);
  groups.push(...unquotedGroups(words));
  const distinct = groups.filter((g, i) => groups.findIndex((o) => o.text === g.text) === i).slice(0, MAX_GROUPS);
  const terms = [...new Set(distinct.flatMap((g) => g.text.split(" ")))];
  return { groups: distinct, terms, versus };
}

/** The distinct words of a query (folded), as the index compares them. */
export const searchTerms = (input: string): string[] => parseQuery(input).terms;

const ftsPhrase = (p: Phrase): string => `"${p.words.join(" ").replace(/"/g, '""')}"${p.prefix ? "*" : ""}`;

/**
 * FTS5 MATCH expression: each group's alternatives OR-ed, all groups required. The groups are
 * joined by an explicit AND: FTS5 allows implicit AND only between phrases, so `"django"* ("a" OR "b")`
 * (a word beside a metric's synonyms) is a syntax error.
 */
export const fts5Expression = (groups: Group[]): string =>
  groups
    .map((g) =>
      g.alternatives.length === 1 ? ftsPhrase(g.alternatives[0]) : `(${g.alternatives.map(ftsPhrase).join(" OR ")})`,
    )
    .join(" AND ");

const lexeme = (word: string): string => `'${word.replace(/['\\]/g, "")}'`;
const tsPhrase = (p: Phrase): string => {
  const words = p.words.map((w, i) => `${lexeme(w)}${p.prefix && i === p.words.length - 1 ? ":*" : ""}`);
  const phrase = words.length === 1 ? words[0] : `(${words.join(" <-> ")})`;
  return p.lexeme ? `(${phrase} | ${lexeme(p.lexeme)})` : phrase;
};

/** PostgreSQL to_tsquery text: phrases with <->, prefixes with :*, alternatives with |, groups with &. */
export const tsQueryExpression = (groups: Group[]): string =>
  groups
    .map((g) =>
      g.alternatives.length === 1 ? tsPhrase(g.alternatives[0]) : `(${g.alternatives.map(tsPhrase).join(" | ")})`,
    )
    .join(" & ");
