// Markdown (and plain text): optional front matter (YAML between "---" lines, or TOML between "+++" lines as
// Hugo writes it), headings, lists, tables and code kept as lines.
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import {
  authorName,
  cleanInline,
  COLUMN_ALIGNED,
  excerptOf,
  firstSentence,
  splitTags,
  tidyLines,
  urlInfo,
} from "./common";
import { parseDateValue } from "./dates";
import { emptyDocument, type ArticleFormat, type ParsedDocument } from "./document";
import { readHeader } from "./header";
import { gridTablesAsRows } from "./grid-tables";
import { emojiShortcodesAsEmoji } from "./emoji-shortcodes";
import { inlineFencesAsSpans } from "./inline-fences";
import { resolveLinkReferences } from "./link-references";
import { rstAsMarkdown, rstHeader } from "./rst";
import { docsMarkupAsMarkdown } from "./docs-markup";
import { asciidocAsMarkdown, asciidocHeader } from "./asciidoc";
import { htmlTableRows } from "./html";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  warnings: string[];
}

const FRONT = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const TOML_FRONT = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

/** TOML's dates are Date objects; metadata readers take the text as written ("2024-10-12"). */
function tomlAsPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(tomlAsPlain);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tomlAsPlain(v)]));
  return value;
}

const FRONT_MATTERS = [
  { pattern: FRONT, language: "YAML", read: (text: string) => parseYaml(text, { maxAliasCount: 50 }) as unknown },
  { pattern: TOML_FRONT, language: "TOML", read: (text: string) => tomlAsPlain(parseToml(text)) },
];

export function splitFrontMatter(raw: string): FrontMatter {
  for (const { pattern, language, read } of FRONT_MATTERS) {
    const m = pattern.exec(raw);
    if (m) return readFrontMatter(m, raw, language, read);
  }
  return { data: {}, body: raw, warnings: [] };
}

function readFrontMatter(
  m: RegExpExecArray,
  raw: string,
  language: string,
  read: (text: string) => unknown,
): FrontMatter {
  const body = raw.slice(m[0].length);
  try {
    const data = read(m[1]);
    const ok = data && typeof data === "object" && !Array.isArray(data);
    return {
      data: ok ? (data as Record<string, unknown>) : {},
      body,
      warnings: ok ? [] : [`The front matter is not a ${language} mapping; ignored.`],
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unreadable";
    return { data: {}, body, warnings: [`The ${language} front matter could not be read (${reason}); ignored.`] };
  }
}

const MAX_HTML_TABLE = 400_000;

/**
 * `<table>` blocks outside code, replaced by their rows as markdown (one pipe row per table row), so a
 * README's HTML table is read like any other table. A block that never closes is left as it was.
 */
function htmlTablesAsRows(lines: string[]): string[] {
  // Where each line's table would close, and the text's length up to each line: one pass each, so a
  // document of unclosed `<table>` lines stays linear.
  const closeAt = new Array<number>(lines.length + 1).fill(-1);
  for (let i = lines.length - 1; i >= 0; i--) closeAt[i] = /<\/table>/i.test(lines[i]) ? i : closeAt[i + 1];
  const offset = [0];
  for (const line of lines) offset.push(offset[offset.length - 1] + line.length + 1);
  const out: string[] = [];
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (/^(```|~~~)/.test(trimmed)) inCode = !inCode;
    const end = closeAt[i];
    if (inCode || !/^<table\b/i.test(trimmed) || end < 0 || offset[end + 1] - offset[i] > MAX_HTML_TABLE) {
      out.push(lines[i]);
      continue;
    }
    out.push("", ...htmlTableRows(lines.slice(i, end + 1).join("\n")), "");
    i = end;
  }
  return out;
}

/** "| a | **b** |" or "a | **b**": one table row with outer pipes, each cell's inline markup flattened. */
function pipeRow(line: string): string {
  const t = line.trim();
  const inner = t.slice(t.startsWith("|") ? 1 : 0, t.endsWith("|") ? -1 : undefined);
  return `| ${inner
    .split("|")
    .map((c) => cleanInline(c))
    .join(" | ")} |`;
}

/** Markdown body -> normalized lines: emphasis and links flattened, tables kept as rows, code fenced. */
const HTML_HEADING = /^<h([1-6])(?:\s[^>]{0,200})?>(.{1,300}?)<\/h\1>$/i;

/** The body's lines as markdown: other markups' blocks and tables rewritten, reference links resolved. */
const markdownLines = (body: string): string[] =>
  gridTablesAsRows(
    rstAsMarkdown(
      htmlTablesAsRows(
        asciidocAsMarkdown(
          docsMarkupAsMarkdown(resolveLinkReferences(emojiShortcodesAsEmoji(inlineFencesAsSpans(body.split("\n"))))),
        ),
      ),
    ),
  );

export function normalizeMarkdownBody(body: string): string {
  const out: string[] = [];
  let inCode = false;
  let codeQuoted = false;
  let inBareTable = false;
  for (const rawLine of markdownLines(body)) {
    // A blockquote's lines ("> ### Use X if you:", "> * item", "> | a | b |") are read as the headings, items and
    // rows they hold; only the quote marks go (inside a fence, a ">" is code).
    const tabbed = rawLine.replace(/\t/g, "  ");
    const line = !inCode
      ? tabbed.replace(/^ {0,3}(?:> ?){1,4}/, "")
      : codeQuoted
        ? tabbed.replace(/^ {0,3}> ?/, "")
        : tabbed;
    if (/^\s*(```|~~~)/.test(line)) {
      // A fence opened inside a blockquote: its lines carry the quote mark too, up to the closing fence.
      if (!inCode) codeQuoted = /^ {0,3}>/.test(tabbed);
      inCode = !inCode;
      out.push(line.trim());
      continue;
    }
    if (inCode) {
      out.push(line);
      continue;
    }
    const trimmed = line.trim();
    // A table's separator row has a pipe; "---------" alone under a line is a setext heading (below) or a rule.
    if (trimmed.includes("|") && /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(trimmed)) {
      // "Measures | .NET 7 | Django" over "|---|---|": a header written without outer pipes, and its rows after it,
      // are a table's rows, never a paragraph's soft-wrapped lines.
      const header = out[out.length - 1] ?? "";
      if (header.includes(" | ") && !header.startsWith("|")) out[out.length - 1] = pipeRow(header);
      inBareTable = header.includes("|");
      continue;
    }
    if (inBareTable && trimmed.includes(" | ") && !trimmed.startsWith("|")) {
      out.push(pipeRow(trimmed));
      continue;
    }
    inBareTable = false;
    if (/^\|.*\|$/.test(trimmed)) {
      out.push(pipeRow(trimmed));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      out.push(`${heading[1]} ${cleanInline(heading[2].replace(/\s#+$/, ""))}`);
      continue;
    }
    // '<h3 id="html">Accept a request …</h3>' on a line of its own (READMEs write headings in HTML to give them an id
    // or centre them): a heading like any other, so what it names is the section's test.
    const htmlHeading = HTML_HEADING.exec(trimmed);
    if (htmlHeading) {
      const text = cleanInline(
        htmlHeading[2]
          .replace(/<[^>]{0,200}>/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      );
      if (text) out.push(`${"#".repeat(Number(htmlHeading[1]))} ${text}`);
      continue;
    }
    const bullet = /^(?:[-*+•→]|\d{1,3}[.)])\s+(.*)$/.exec(trimmed);
    if (bullet) {
      // Nested items keep their depth (two spaces per level): they belong to the item above them.
      const depth = Math.min(4, Math.floor((line.length - line.trimStart().length) / 2));
      out.push(`${"  ".repeat(depth)}- ${cleanInline(bullet[1])}`);
      continue;
    }
    const previous = out[out.length - 1] ?? "";
    // Setext heading: a text line underlined with "===" (h1) or "---" (h2) directly beneath it.
    if (
      /^(={3,}|-{3,})$/.test(trimmed) &&
      previous.trim() &&
      previous.length <= 120 &&
      !/^(#|\||- |```)/.test(previous.trimStart())
    ) {
      out[out.length - 1] = `${trimmed[0] === "=" ? "#" : "##"} ${previous.trim()}`;
      continue;
    }
    if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      out.push("");
      continue;
    }
    out.push(imageCaption(trimmed) ?? cleanInline(trimmed, COLUMN_ALIGNED.test(trimmed)));
  }
  return tidyLines(out);
}

const firstHeading = (text: string): string | null => {
  let inCode = false;
  for (const line of text.split("\n")) {
    if (/^(```|~~~)/.test(line)) inCode = !inCode;
    else if (!inCode && /^# \S/.test(line)) return line.slice(2).trim();
  }
  return null;
};

export function parseMarkdown(raw: string, format: ArticleFormat = "MARKDOWN"): ParsedDocument {
  const doc = emptyDocument(format, raw);
  const front = splitFrontMatter(raw);
  doc.warnings.push(...front.warnings);
  const data = front.data;
  // Title, byline and date lines at the head of the body are page furniture: read, then left out of the text.
  // reStructuredText and AsciiDoc as markdown first: their badges, directives and attributes are no title, their
  // tables and titles structure.
  const rawLines = inlineFencesAsSpans(front.body.split("\n"));
  const bodyLines = rstAsMarkdown(asciidocAsMarkdown(docsMarkupAsMarkdown(rawLines)));
  const adoc = asciidocHeader(rawLines);
  const rst = rstHeader(rawLines);
  const header = readHeader(bodyLines);
  doc.text = normalizeMarkdownBody(bodyLines.filter((_, i) => !header.chrome.has(i)).join("\n"));
  const headerTitle = header.title ? cleanInline(header.title) : null;
  // Docs sites name a page in `title`, some (Bun's docs) in `name`.
  const stated = [data.title, data.name, rst.title].find((v): v is string => typeof v === "string" && v.trim() !== "");
  // A README may open on "## Name: what it is" with no level-one heading: that line, without its marks, is the title.
  const opening = (doc.text.split("\n")[0] ?? "").replace(/^#{1,6}\s+/, "");
  const title = stated ?? (headerTitle || firstHeading(doc.text) || firstSentence(opening));
  doc.title = title.trim().slice(0, 300) || "Untitled document";
  Object.assign(doc, urlInfo(data.url ?? data.link ?? data.canonical));
  if (typeof data.domain === "string" && !doc.domain) doc.domain = data.domain;
  // Hugo keeps a theme's fields under `params:` ("params:\n  author: william").
  const params =
    typeof data.params === "object" && data.params !== null ? (data.params as Record<string, unknown>) : {};
  doc.author =
    authorName(data.author ?? data.authors ?? params.author ?? params.authors) ??
    adoc.author ??
    rst.author ??
    header.author;
  const statedDate =
    data.date ?? data.published ?? data.publishedAt ?? data.published_at ?? data.pubDate ?? data.publishDate ?? null;
  doc.publishedAt =
    parseDateValue(statedDate) ?? parseDateValue(adoc.date) ?? parseDateValue(rst.date) ?? header.publishedAt;
  doc.readTime = header.readTime;
  doc.tags = splitTags(data.tags ?? data.keywords ?? []);
  doc.excerpt =
    typeof data.excerpt === "string"
      ? data.excerpt.trim()
      : typeof data.description === "string"
        ? data.description.trim()
        : excerptOf(doc.text);
  if (!stated && !headerTitle && !firstHeading(doc.text)) doc.warnings.push("No title found; used the first sentence.");
  return doc;
}

// A line that is one image: "![Remix loads in 3.9s, Next in 8s][chart]", "![alt](chart.png)". (An image inside a
// link is a badge's shape, left to the badge rules.)
const IMAGE_LINE = /^!\[([^[\]\n]{1,200})\](?:\([^)\n]{0,300}\)|\[[^[\]\n]{0,100}\])$/;

/**
 * A chart's alt text that states its result ("Remix loads in 3.9s, Next in 8s") is the caption a reader sees: kept
 * as a line of its own. Any other image (a logo, a badge, "screenshot") says nothing and goes, as before.
 */
function imageCaption(line: string): string | null {
  const alt = IMAGE_LINE.exec(line)?.[1].trim();
  return alt && /\d/.test(alt) && alt.split(/\s+/).length >= 4 && !/^(?:screenshot|image|figure|photo)\b/i.test(alt)
    ? cleanInline(alt)
    : null;
}
