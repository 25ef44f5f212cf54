// Snippets with the matched words marked, computed in one place for both databases (FTS5's
// snippet() and PostgreSQL's ts_headline mark differently and return HTML-ish text; this returns
// plain parts the page renders as <mark> elements and the API as JSON, nothing to escape).
// A snippet is cut from what a result adds to its title (a claim's quote, a source's text, a
// verdict's summary), never from the title itself, which the result already shows.
import { plainText } from "./plain-text";
import { fold, type Group } from "./query";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// In a text whose letters, digits and marks are all ASCII (A–Z, a–z, 0–9; "·" and curly quotes are
// neither), the same words as WORD, found without Unicode property tests; fold of such a word is its
// lower case.
const ASCII_WORD = /[A-Za-z0-9]+/g;
const NON_ASCII_WORD_CHARACTER = /(?=[\u0080-\u{10ffff}])[\p{L}\p{N}\p{M}]/u;

interface Word {
  start: number;
  end: number;
  folded: string;
}

/** The words of `text` with their places, read from the text only as far as they are asked for. */
function wordReader(text: string): (at: number) => Word | undefined {
  const ascii = !NON_ASCII_WORD_CHARACTER.test(text);
  const pattern = new RegExp(ascii ? ASCII_WORD : WORD);
  const words: Word[] = [];
  let ended = false;
  return (at) => {
    while (words.length <= at && !ended) {
      const m = pattern.exec(text);
      // (A global pattern starts over after its last match: the end is remembered instead.)
      if (!m) ended = true;
      else words.push({ start: m.index, end: m.index + m[0].length, folded: ascii ? m[0].toLowerCase() : fold(m[0]) });
    }
    return words[at];
  };
}

/** [start, end) of each place one of the groups' phrases matches (prefix words like the indexes), in order. */
function* spansOf(text: string, groups: Group[]): Generator<[number, number]> {
  const word = wordReader(text);
  for (let i = 0; word(i); i++) {
    let longest = 0;
    for (const group of groups) {
      for (const phrase of group.alternatives) {
        const n = phrase.words.length;
        if (n <= longest || !word(i + n - 1)) continue;
        const fits = phrase.words.every((w, k) => {
          const folded = (word(i + k) as Word).folded;
          return phrase.prefix && k === n - 1 ? folded.startsWith(w) : folded === w;
        });
        if (fits) longest = n;
      }
    }
    if (longest > 0) {
      yield [(word(i) as Word).start, (word(i + longest - 1) as Word).end];
      i += longest - 1;
    }
  }
}

/** [start, end) of every place one of the groups' phrases matches (prefix words like the indexes). */
export function matchedSpans(text: string, groups: Group[]): Array<[number, number]> {
  return [...spansOf(text, groups)];
}

/** Whether every group matches somewhere in these folded words (text already cut, as the catalogue keeps it). */
export function matchesAllWords(words: string[], groups: Group[]): boolean {
  return groups.every((group) =>
    group.alternatives.some((phrase) => {
      const n = phrase.words.length;
      for (let i = 0; i + n <= words.length; i++) {
        if (
          phrase.words.every((w, k) => (phrase.prefix && k === n - 1 ? words[i + k].startsWith(w) : words[i + k] === w))
        )
          return true;
      }
      return false;
    }),
  );
}

/** Whether every group matches somewhere in the text. */
export function matchesAll(text: string, groups: Group[]): boolean {
  return groups.every((g) => matchedSpans(text, [g]).length > 0);
}

/** Moves a cut to the nearest whitespace so words stay whole. */
function toWordBoundary(text: string, at: number, direction: -1 | 1): number {
  let i = at;
  while (i > 0 && i < text.length && !/\s/.test(text[i])) i += direction;
  return Math.max(0, Math.min(text.length, i));
}

/**
 * Up to `length` characters of `text` (markup removed) around its first match (the start when
 * nothing matches), split into plain and matched parts; an ellipsis marks text left out.
 */
export function snippet(text: string, groups: Group[], length = 220): SnippetPart[] {
  const clean = plainText(text);
  // The matches are read only as far as the snippet reaches: a source's text runs to 100,000 characters.
  const spans = spansOf(clean, groups);
  const firstHit = spans.next();
  let from = 0;
  let to = clean.length;
  if (clean.length > length) {
    const first = firstHit.done ? 0 : firstHit.value[0];
    from = first < length / 3 ? 0 : toWordBoundary(clean, first - Math.floor(length / 3), -1);
    to = toWordBoundary(clean, Math.min(clean.length, from + length), 1);
  }
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (part) parts.push({ text: part, match });
  };
  let at = from;
  const hits = firstHit.done ? [] : [firstHit.value, ...untilEnd(spans, to)];
  for (const [start, end] of hits) {
    if (end <= from || start >= to) continue;
    push(clean.slice(at, Math.max(at, start)), false);
    push(clean.slice(Math.max(at, start), Math.min(end, to)), true);
    at = Math.min(end, to);
  }
  push(clean.slice(at, to).trimEnd(), false);
  // A cut inside a quotation keeps its marks balanced: "“… words” (Source)", "(Source) “words …”".
  if (from > 0) parts.unshift({ text: openQuotes(clean.slice(0, from)) > 0 ? "“…" : "…", match: false });
  if (to < clean.length) parts.push({ text: openQuotes(clean.slice(0, to)) > 0 ? "…”" : "…", match: false });
  return parts;
}

/** The spans that start before `end` (spans come in order). */
function* untilEnd(spans: Iterator<[number, number]>, end: number): Generator<[number, number]> {
  for (let next = spans.next(); !next.done && next.value[0] < end; next = spans.next()) yield next.value;
}

const OPEN_QUOTE = "“".charCodeAt(0);
const CLOSE_QUOTE = "”".charCodeAt(0);

/** How many curly quotations are open at the end of `text` (opened “ less closed ”, never below 0). */
function openQuotes(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_QUOTE) open += 1;
    else if (code === CLOSE_QUOTE) open = Math.max(0, open - 1);
  }
  return open;
}

/** A text whose opening always shows (a verdict's evidence summary), then a labelled part (the editors' note). */
export interface LeadText {
  lead: string;
  rest: { label: string; text: string } | null;
}

/** Below this many characters left after the lead, a labelled part without a match is left out. */
const MIN_ROOM = 80;

/**
 * The lead whole (its matches marked), then the labelled part cut around its own first match with the
 * room left, the label always before it: a match in the editors' note never shows their words without
 * the evidence's summary before them, or without saying whose words they are.
 */
export function leadSnippet(source: LeadText, groups: Group[], length = 220): SnippetPart[] {
  const leadLength = plainText(source.lead).length;
  const lead = snippet(source.lead, groups, Math.max(length, leadLength));
  if (!source.rest || !plainText(source.rest.text)) return lead;
  const room = length - leadLength - source.rest.label.length - 1;
  const restMatches = matchedSpans(plainText(source.rest.text), groups).length > 0;
  if (room < MIN_ROOM && !restMatches) return [...lead, { text: " …", match: false }];
  return [
    ...lead,
    { text: `${lead.length ? " " : ""}${source.rest.label} `, match: false },
    ...snippet(source.rest.text, groups, Math.max(room, MIN_ROOM)),
  ];
}

/** Drops a leading repetition of the title from a body ("# Title\n\nText" → "Text"). */
export function withoutTitle(body: string, title: string): string {
  const plain = plainText(body);
  const t = plainText(title);
  if (!t) return plain;
  if (fold(plain) === fold(t)) return "";
  return fold(plain.slice(0, t.length)) === fold(t) ? plain.slice(t.length).replace(/^[\s.:·—-]+/, "") : plain;
}

/** Words only, for telling whether one text says no more than another. */
const wordsOnly = (text: string): string =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A claim's snippet that opens with a quote saying no more than the result's title ("Use Django when
 * staff edit records every day." over “Staff edit records every day” (Source)) loses the quote; a
 * snippet left with nothing but the source's name in brackets is dropped ("", no snippet line).
 */
export function withoutQuotedTitle(body: string, title: string): string {
  const quoted = /^“([^”]{1,2000})”\s*/.exec(body);
  if (!quoted) return body;
  const quote = wordsOnly(quoted[1]);
  if (!quote || !` ${wordsOnly(title)} `.includes(` ${quote} `)) return body;
  const rest = body.slice(quoted[0].length);
  const source = /^\([^()]{1,300}\)\.?\s*/.exec(rest);
  return source ? rest.slice(source[0].length).trim() : rest.trim();
}
