// The head of an article's text (before its first paragraphs): site name, chrome, the title, a byline,
// a date line, a read time. Pages copied as text, markdown and plain text all share that shape, so one
// reader finds title, author and date there and says which lines were chrome, not article text.
import { findDate } from "./dates";

export interface HeaderMeta {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  readTime: string | null;
  /** Indices (into the lines given) of chrome, byline and date lines: page furniture, not the article's words. */
  chrome: Set<number>;
}

type Kind = "chrome" | "meta" | "byline" | "initials" | "title" | "heading" | "other";
interface HeadLine {
  index: number;
  text: string;
  kind: Kind;
  date: string | null;
  author: string | null;
}

const WINDOW_LINES = 20;
const WINDOW_CHARS = 4000;
// Navigation and widgets around an article ("Skip to main content", "← All articles", "Share", a counter).
const CHROME =
  /^(?:[←‹«]\s?.{0,80}|back to\b.{0,80}|skip to (?:main )?content|share(?: this)?(?: article| post)?|page content|table of contents|on this page|posted by|written by|\d{1,6}|[\p{Extended_Pictographic}\ufe0f\s]{1,8})$/iu;
const IMAGE = /!\[[^[\]\n]{0,200}\]\([^)\n]{0,400}\)/g;
const EMPTY_LINK = /\[ ?\]\([^)\n]{0,400}\)/g;
const READ_TIME = /\b(\d{1,3}) ?min(?:ute)?s?(?: read)?\b/i;
// "By Jane Doe", "**Authors**: Jane Doe, Engineer, Acme and Li Wei, …": the line names who wrote the article.
const BY = /^[*_]{0,2}(?:by|posted by|written by|authors?)[*_]{0,2}:?[*_]{0,2} (.{1,200})$/i;
const WEEKDAY = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?/g;
const WORD = /^\p{Lu}[\p{L}'’.-]{0,30}$/u;
const PARTICLE = new Set(["van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "bin", "al"]);
const SEPARATOR = new Set([..." \t·•|—–,:-"]);

/** "Blog / Engineering / Databases", "Home › Guides": where the page sits on its site, not its title. */
function isCategoryPath(text: string): boolean {
  if (text.length > 120) return false;
  const parts = text.split(/ [/>›»] /);
  return (
    parts.length >= 2 &&
    parts.length <= 6 &&
    parts.every((p) => p.length <= 30 && p.split(" ").length <= 3 && !/[.!?]$/.test(p))
  );
}

/** A line made only of images or links (a README's badge row): never a title. */
const isBadgeRow = (text: string): boolean =>
  text.includes("](") && text.replace(IMAGE, "").replace(EMPTY_LINK, "").trim() === "";

/** Separators (·, |, —, commas, colons) trimmed from both ends, by a walk rather than an end-anchored regex. */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.has(text[start])) start++;
  while (end > start && SEPARATOR.has(text[end - 1])) end--;
  return text.slice(start, end);
}

/** Two to four capitalised words (with "van", "de"… between them): how a person's or a team's name is printed. */
export function isName(text: string, single = false): boolean {
  if (text.length > 50) return false;
  const words = text.split(" ");
  const capitalised = words.filter((w) => WORD.test(w));
  const particles = words.filter((w, i) => PARTICLE.has(w) && i > 0 && i < words.length - 1);
  if (capitalised.length + particles.length !== words.length || capitalised.length > 4) return false;
  return capitalised.length >= (single ? 1 : 2);
}

/** The name on a byline ("Jane Doe, Staff Engineer", "Jane Doe · 5 min read", "Jane Doe and Li Wei"), or null. */
function bylineName(text: string, explicit: boolean): string | null {
  const rest = trimSeparators(text.replace(/^by /i, ""));
  const cut = rest.split(/[,|·•—–]| - | on /)[0]?.trim() ?? "";
  const several = explicit ? authorsWithRoles(rest) : null;
  if (several) return several;
  if (isName(cut, explicit)) return cut;
  const pair = cut.split(" and ");
  return pair.length === 2 && pair.every((p) => isName(p.trim(), explicit)) ? cut : null;
}

/**
 * "Lantao Liu, Software Engineer, Google and Mike Brown, Developer Advocate, IBM" after "Authors:": each author
 * with a role and an employer, the name first. Their names, or null when any part does not open on one.
 */
function authorsWithRoles(text: string): string | null {
  const names = text.split(/\s(?:and|&)\s|;\s?/).map((part) => part.split(",")[0].trim());
  if (names.length < 2 || names.length > 6 || !names.every((n) => isName(n, true))) return null;
  return names.length === 2 ? names.join(" and ") : names.join(", ");
}

/** A line that can be a title: one short statement, not a sentence of prose, not ending in a colon or full stop. */
function looksLikeTitle(text: string): boolean {
  if (text.length < 3 || text.length > 160 || !/\p{L}/u.test(text)) return false;
  if (/[.,;:]$/.test(text) || /[.!?] \p{Lu}/u.test(text)) return false;
  // One word with capitals run inside it ("PythonAsyncFastAPI") is a row of tags printed without spaces.
  if (!text.includes(" ") && /\p{Ll}\p{Lu}/u.test(text)) return false;
  return !/^(?:[-*+•|>]|```|~~~)/.test(text) && text.split(" ").length <= 25;
}

/** A sentence of the article that mentions a date ("Version 2 shipped on May 3, 2024."), not a dateline. */
const isSentence = (text: string): boolean =>
  text.endsWith(".") && !/\b(?:published|posted|updated|written|dated|last)\b/i.test(text);

/** What is left of a date/byline line once the date, read time, weekday and separators are removed. */
function remainder(text: string, start: number, end: number): string {
  const rest = `${text.slice(0, start)} ${text.slice(end)}`
    .replace(READ_TIME, " ")
    .replace(/\bread\b/gi, " ")
    .replace(WEEKDAY, " ");
  return trimSeparators(rest.replace(/\s+/g, " ").trim());
}

function classify(index: number, raw: string): HeadLine {
  // Inline HTML in a README (<h1 align="center">tool</h1>) is read for its text.
  const text = raw
    .replace(/<[^<>\n]{0,300}>/g, "")
    .replace(/^#\s+/, "")
    .trim();
  const line: HeadLine = { index, text, kind: "other", date: null, author: null };
  // List items, table rows, quotes and sub-headings are the article's structure, not its header.
  if (/^(?:[-*+>]\s|\||\d{1,3}[.)]\s|#{2,6}\s|#\S)/.test(raw)) return line;
  const by = BY.exec(text);
  const date = text.length <= 160 ? findDate(text) : null;
  if (by && bylineName(by[1], true))
    return { ...line, kind: "byline", author: bylineName(by[1], true), date: date?.iso ?? null };
  if (CHROME.test(text) || isBadgeRow(text) || isCategoryPath(text)) return { ...line, kind: "chrome" };
  const rest = date ? remainder(text, date.start, date.end) : text;
  if (date && rest.split(" ").length <= 8 && !isSentence(text))
    return { ...line, kind: "meta", date: date.iso, author: bylineName(rest, false) };
  if (text.length <= 80 && READ_TIME.test(text))
    return { ...line, kind: "meta", author: bylineName(remainder(text, 0, 0), false) };
  // "· Jane Doe": a name set off by a separator, as a byline prints it under the title.
  if (/^[·•|]/.test(text) && isName(trimSeparators(text)))
    return { ...line, kind: "byline", author: trimSeparators(text) };
  if (/^[A-Z]{1,3}$/.test(text)) return { ...line, kind: "initials" };
  if (/^#\s/.test(raw) && looksLikeTitle(text)) return { ...line, kind: "heading" };
  return looksLikeTitle(text) ? { ...line, kind: "title" } : line;
}

/** The first non-empty lines outside code fences, up to a line and character budget. */
function headLines(lines: string[]): HeadLine[] {
  const out: HeadLine[] = [];
  let chars = 0;
  let inCode = false;
  for (let i = 0; i < lines.length && out.length < WINDOW_LINES && chars < WINDOW_CHARS; i++) {
    const raw = lines[i].trim().slice(0, 2000);
    if (/^(?:```|~~~)/.test(raw)) inCode = !inCode;
    if (inCode || !raw || /^(?:```|~~~)/.test(raw)) continue;
    if (/^#{2,6}\s/.test(raw)) break; // the first section heading: the article has begun, the header is over
    chars += raw.length;
    out.push(classify(i, raw));
  }
  return out;
}

const isAnchor = (l: HeadLine): boolean => l.kind === "meta" || l.kind === "byline" || l.kind === "initials";

/** Initials count only above the name they abbreviate ("J" over "Jane Doe"); alone ("FAQ") they are a short heading. */
function settleInitials(head: HeadLine[]): HeadLine[] {
  return head.map((l, k) => {
    if (l.kind !== "initials") return l;
    const next = head[k + 1];
    return next && isName(next.text) && next.text.startsWith(l.text[0]) ? l : { ...l, kind: "title" };
  });
}

/**
 * The title: the title-like line just above the byline/date (skipping a short category line); else a "# " heading that comes before the
 * first paragraph (one further down is a section, or a shell comment pasted without its code fence);
 * else the first title-like line.
 */
function pickTitle(head: HeadLine[], author: string | null): HeadLine | null {
  const candidates = head.filter((l) => (l.kind === "title" || l.kind === "heading") && l.text !== author);
  const anchor = head.findIndex(isAnchor);
  const before = anchor < 0 ? [] : candidates.filter((l) => l.index < head[anchor].index);
  // Between title and date there may be a one- or two-word category line: a title has more words.
  const titled = before.filter((l) => l.text.split(" ").length >= 3);
  const firstProse = head.find((l) => l.kind === "other" && l.text.length >= 80)?.index ?? Infinity;
  const heading = candidates.find((l) => l.kind === "heading" && l.index < firstProse);
  // A date line below the first paragraph ("Last benchmark was run on June 21, 2020") dates the article, but the
  // line above it is body text: the "# " heading over the paragraph is the title.
  if (heading && anchor >= 0 && head[anchor].index > firstProse) return heading;
  return titled[titled.length - 1] ?? before[before.length - 1] ?? heading ?? candidates[0] ?? null;
}

/** The author: on a byline or date line, under initials ("J" then "Jane Doe"), or a name line beside the date line. */
function pickAuthor(head: HeadLine[]): { author: string | null; line: HeadLine | null } {
  for (let k = 0; k < head.length; k++) {
    const l = head[k];
    if (l.author) return { author: l.author, line: null };
    const next = head[k + 1];
    if (next && /^posted by|^written by|^by$/i.test(l.text) && isName(next.text.replace(/^[-*•]\s*/, "")))
      return { author: next.text.replace(/^[-*•]\s*/, ""), line: next };
    if (next && l.kind === "initials" && isName(next.text) && next.text.startsWith(l.text[0]))
      return { author: next.text, line: next };
    if (l.kind === "meta" && l.date) {
      // A name beside the date line is a byline only under a title: alone, a Title Case line is the title.
      const titled = (n: HeadLine): boolean =>
        head.some((t) => t.index < n.index && (t.kind === "title" || t.kind === "heading"));
      const beside = [head[k - 1], next].find((n) => n && n.kind === "title" && isName(n.text) && titled(n));
      if (beside) return { author: beside.text, line: beside };
    }
  }
  return { author: null, line: null };
}

/** The publication date: a line saying "published" or "posted" first, then any date line that is not an update's. */
function pickDate(head: HeadLine[]): string | null {
  const dated = head.filter((l) => (l.kind === "meta" || l.kind === "byline") && l.date);
  const published = dated.find((l) => /\b(?:published|posted|written)\b/i.test(l.text));
  const notUpdate = dated.find((l) => !/\b(?:updated|modified|edited)\b/i.test(l.text));
  return (published ?? notUpdate ?? dated[0])?.date ?? null;
}

export function readHeader(lines: string[]): HeaderMeta {
  const head = settleInitials(headLines(lines));
  const chrome = new Set<number>();
  const { author, line: authorLine } = pickAuthor(head);
  if (authorLine) chrome.add(authorLine.index);
  const title = pickTitle(
    head.filter((l) => l !== authorLine),
    author,
  );
  const publishedAt = pickDate(head);
  let readTime: string | null = null;
  for (const l of head) {
    if (l.kind === "meta" || l.kind === "byline" || l.kind === "initials" || l.kind === "chrome") chrome.add(l.index);
    const minutes = l.kind === "meta" ? READ_TIME.exec(l.text) : null;
    if (minutes) readTime ??= `${minutes[1]} min read`;
  }
  // A repeated set of posted-by names ("• Jane Doe" then "Jane Doe") is byline too.
  for (const l of head) if (author && l.text.replace(/^[-*•]\s*/, "") === author) chrome.add(l.index);
  return { title: title?.text ?? null, author, publishedAt, readTime, chrome };
}
