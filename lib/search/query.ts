// A visitor's search box text → safe search terms. Nothing the visitor types reaches a query
// language as syntax: the text is cut into words (letters, digits, combining marks), and each
// word is passed as a quoted literal (FTS5) or a quoted lexeme (tsquery). Quotes, operators
// (AND/OR/NOT/NEAR, -, *, :, ^, parentheses) and column filters simply are not words.

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** Lower case, diacritics removed: how both indexes compare words. */
export const fold = (word: string): string => word.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The distinct words of a query (folded, at most 8, each at most 40 characters). */
export function searchTerms(input: string): string[] {
  const terms: string[] = [];
  for (const match of input.normalize("NFC").slice(0, MAX_QUERY_LENGTH).matchAll(WORD)) {
    const term = fold(match[0]).slice(0, MAX_TERM_LENGTH);
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** FTS5 MATCH expression: every term as a quoted prefix phrase, all required ("a"* "b"*). */
export const fts5Expression = (terms: string[]): string => terms.map((t) => `"${t.replace(/"/g, '""')}"*`).join(" ");

/** PostgreSQL to_tsquery text: every term a quoted prefix lexeme, all required ('a':* & 'b':*). */
export const tsQueryExpression = (terms: string[]): string => terms.map((t) => `'${t.replace(/['\\]/g, "")}':*`).join(" & ");
