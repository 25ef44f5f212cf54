// Text copied from a web page: markdown-ish article plus page chrome ("Back to…", tags run together,
// date line, "N min read", author initials/name/bio). Pages often render the article twice: keep one copy.
import { lexiconName } from "@/lib/extract/lexicon";
import { MONTH_DATE, parseLooseDate } from "@/lib/text/dates";
import { excerptOf, uniqueTags } from "./common";
import { emptyDocument, type ParsedDocument, type ReaderComment } from "./document";
import { readHeader } from "./header";
import { normalizeMarkdownBody } from "./markdown";

const CHROME =
  /^(back to\b.{0,80}|share( this)?( article| post)?|subscribe|sign in|log in|menu|skip to (main )?content|table of contents|related (posts|articles)|copy link|tweet|follow|newsletter.{0,60}|accept( all)? cookies.{0,60}|\d+ (comments?|views?|likes?))$/i;
// Where readers' comments begin ("## 3 Comments", "Responses (12)", "Leave a reply"): not the author's words.
const COMMENTS_START =
  /^(?:#{1,6} )?(?:\d{1,5} )?(?:comments?|responses?|replies|discussion|leave a (?:reply|comment))(?: \(\d{1,5}\))?:?$/i;
const COMMENTER = /^[\p{Lu}][\p{L}'-]*(?: [\p{Lu}][\p{L}'-]*\.?){0,2}$/u;
const READ_TIME = /^(\d{1,3}) ?min(ute)?s?( read)?$/i;
const DATE_LINE = new RegExp(`^(published |updated |posted )?(on )?${MONTH_DATE.source}$`, "i");
// Linear-time shape check (no nested quantifiers): one token, capitalised, no spaces.
const RUN_TOGETHER = /^[A-Z][A-Za-z0-9.+#-]*$/;

function splitRunTogether(line: string): string[] {
  // An acronym is tried from the start of a run of capitals only: from inside one it cannot match where
  // the start did not (quadratic on a long run of capitals otherwise).
  const words = line.match(/(?<![A-Z])[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z][a-z0-9.+#-]*/g) ?? [line];
  return joinPlainWords(words);
}

/**
 * Tags run together lose their spaces as well as their separators: "ExpressLaravelRailsSideProjects".
 * A technology's name is a tag of its own; the words between names belong to one tag ("Side Projects").
 */
function joinPlainWords(words: string[]): string[] {
  const tags: string[] = [];
  let plain: string[] = [];
  const flush = () => {
    if (plain.length) tags.push(plain.join(" "));
    plain = [];
  };
  for (const word of words) {
    if (lexiconName(word)) {
      flush();
      tags.push(word);
    } else plain.push(word);
  }
  flush();
  return tags;
}

export function parseWebPage(raw: string): ParsedDocument {
  const doc = emptyDocument("WEB_PAGE", raw);
  const lines = raw.split("\n").map((l) => l.trim());
  const header = readHeader(lines);
  const h1 = lines.find((l) => /^# \S/.test(l));
  const title = header.title ?? (h1 ? h1.slice(2).trim() : "");
  const content: string[] = [];
  const commentLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (commentLines.length || COMMENTS_START.test(line)) {
      commentLines.push(line);
      continue;
    }
    if (CHROME.test(line) || header.chrome.has(i)) continue;
    if (READ_TIME.test(line)) {
      doc.readTime = line;
      continue;
    }
    if (DATE_LINE.test(line) && line.length < 60) {
      doc.publishedAt ??= parseLooseDate(line);
      continue;
    }
    if (title && line === title) continue; // the title repeated in the page header
    if (line.length <= 120 && RUN_TOGETHER.test(line) && /[a-z]/.test(line) && splitRunTogether(line).length >= 2) {
      doc.tags = uniqueTags([...doc.tags, ...splitRunTogether(line)]);
      doc.warnings.push(`Tags were run together ("${line.slice(0, 80)}"); split at capital letters.`);
      continue;
    }
    content.push(line);
  }
  doc.author = takeAuthorBlock(content) ?? takeAuthorBlock(commentLines) ?? header.author;
  doc.publishedAt ??= header.publishedAt;
  doc.readTime ??= header.readTime;
  doc.comments = readerComments(commentLines.slice(1));
  if (doc.comments.length)
    doc.warnings.push(
      `${doc.comments.length} reader comment(s) kept apart from the article; not used as the author's claims.`,
    );
  // The article rendered twice is stored once by the shared last step (article-text.ts), as in every format.
  doc.text = normalizeMarkdownBody(content.join("\n"));
  doc.title = title || excerptOf(doc.text, 120) || "Untitled page";
  doc.excerpt = excerptOf(
    doc.text
      .split("\n")
      .filter((l) => !l.startsWith("# "))
      .join("\n"),
  );
  return doc;
}

/** Author block at the end: initials, then a name, then an optional one-line bio (removed from `lines`). */
function takeAuthorBlock(lines: string[]): string | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 6); i--) {
    if (/^[A-Z]{1,3}$/.test(lines[i]) && /^[A-Z][\p{L}'-]+( [A-Z][\p{L}'.-]+){1,3}$/u.test(lines[i + 1] ?? "")) {
      const author = lines[i + 1];
      lines.splice(i);
      return author;
    }
  }
  return null;
}

/** Comment lines: a short name line ("Priya K.") names the author of the text under it. */
function readerComments(lines: string[]): ReaderComment[] {
  const out: ReaderComment[] = [];
  let author: string | null = null;
  for (const line of lines) {
    if (!line) continue;
    if (line.length <= 40 && COMMENTER.test(line)) {
      author = line;
      continue;
    }
    out.push({ author, text: line.slice(0, 5000) });
    author = null;
  }
  return out.slice(0, 500);
}
