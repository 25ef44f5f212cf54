// The one way user-supplied text becomes HTML. React escapes plain text everywhere; this module is
// for what is written as markdown (verdict rationales, use-case descriptions, decision records) and
// for links taken from imported or edited data. Markdown is rendered by marked with raw HTML turned
// into visible text, then passed through sanitize-html with a small allowlist, so neither marked's
// output nor a parser disagreement (mutation XSS) can smuggle in a script, an event handler, a
// style, or a javascript:/data: URL.
import { marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";
import { isTableRule } from "./table-rule";

const SAFE_SCHEMES = ["http", "https", "mailto"];

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Dropped with their content (not unwrapped): their text is code or markup, never prose.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
  ],
  transformTags: {
    // Headings inside a page section start at h3; links leave the site without its referrer.
    h1: "h3",
    h2: "h3",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
  },
};

// Raw HTML in the markdown is shown as the text it is, never interpreted.
const renderer = new marked.Renderer();
renderer.html = ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Markdown -> HTML that is safe to insert into a page. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false, renderer }) as string;
  return sanitizeHtml(html, ALLOWED);
}

/** Any HTML fragment -> the allowlisted subset (scripts, handlers, styles and unsafe URLs removed). */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

/** A link target from data: http(s) or mailto only (never javascript:, data:, vbscript:), else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"): so do we.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  try {
    const parsed = new URL(compact);
    return SAFE_SCHEMES.includes(parsed.protocol.replace(/:$/, "").toLowerCase()) ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** A passage of an article to mark and link (to the claim that quotes it), by character offsets. */
export interface Highlight {
  start: number;
  end: number;
  href: string;
  title: string;
  /** Further claims quoting the same passage: shown as "[2]", "[3]" after it. */
  also: { href: string; label: string; title: string }[];
}

// Private-use characters carry the highlights through the markdown parser as plain text; the
// article's own are blanked first (one code unit each, so offsets stay right).
const OPEN = "\uE000";
const MID = "\uE001";
const CLOSE = "\uE002";
const END = "\uE003";
const CLOSE_QUIET = "\uE004";
const SENTINELS = /[\uE000-\uE004]/g;

const ARTICLE_ALLOWED: sanitizeHtml.IOptions = {
  ...ALLOWED,
  allowedTags: [...(ALLOWED.allowedTags as string[]), "mark", "sup"],
  allowedAttributes: { ...ALLOWED.allowedAttributes, a: ["href", "title", "rel", "aria-label"], mark: ["class", "id"] },
  allowedClasses: { mark: ["cited"] },
  transformTags: {
    ...ALLOWED.transformTags,
    // Links the article itself contains leave the site; the highlights' own links stay on it.
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.href?.startsWith("/claims/") ? attribs : { ...attribs, rel: "nofollow noopener noreferrer" },
    }),
  },
};

/** Where a highlight may start on a line without breaking the line's markdown (after "## ", "- ", "> "). */
const BLOCK_PREFIX = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)*/;
const FENCE_LINE = /^\s*(?:```|~~~)/;

const MARKERS = /\uE000\d+\uE001|[\uE002\uE004]\d+\uE003/g;

/**
 * The importer keeps a table's rows but not its "|---|" rule, without which markdown reads the
 * rows as a paragraph: a block of two or more "| … |" lines gets its rule back after the first.
 */
function restoreTableRules(markdown: string): string {
  const lines = markdown.split("\n");
  const plain = (line: string) => line.replace(MARKERS, "").trim();
  const isRow = (line: string | undefined) =>
    line !== undefined && /^\|.+\|$/.test(plain(line)) && !isTableRule(plain(line));
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (isRow(line) && !isRow(lines[i - 1]) && !isTableRule(plain(lines[i - 1] ?? "")) && isRow(lines[i + 1])) {
      const cells = plain(line).slice(1, -1).split("|").length;
      out.push(`|${" --- |".repeat(cells)}`);
    }
  });
  return out.join("\n");
}

/**
 * A stored article (markdown or plain text) as sanitized HTML, with the given passages marked and
 * linked. A passage crossing lines or table cells is marked piece by piece, so every <mark> sits
 * inside one block and the markdown around it still parses; fences and table rules are never marked.
 * `lineBreaks`: plain text whose single line breaks are real (not markdown's soft wraps).
 */
const comparable = (line: string): string =>
  line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The article's first line blanked when it only repeats the page's title ("# Title" or "Title"), so
 * the page does not print its title twice. Blanked with spaces of the same length: the quotes'
 * offsets into the stored text stay right. Kept when a quote starts in it.
 */
function withoutLeadingTitle(source: string, title: string | undefined, highlights: Highlight[]): string {
  if (!title) return source;
  const start = source.length - source.trimStart().length;
  const endAt = source.indexOf("\n", start);
  const end = endAt < 0 ? source.length : endAt;
  const line = source.slice(start, end).replace(/^#{1,6}[ \t]+/, "");
  if (comparable(line) !== comparable(title) || !comparable(title) || highlights.some((h) => h.start < end))
    return source;
  return source.slice(0, start) + " ".repeat(end - start) + source.slice(end);
}

export function renderArticle(
  text: string,
  highlights: Highlight[],
  { lineBreaks = false, title }: { lineBreaks?: boolean; title?: string } = {},
): string {
  const sorted = [...highlights]
    .filter((h) => h.end > h.start && h.start >= 0 && h.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const source = withoutLeadingTitle(text.replace(SENTINELS, " "), title, sorted);
  let out = "";
  let at = 0;
  sorted.forEach((h, index) => {
    if (h.start < at) return; // overlapping passages: the caller merges them (highlightSegments)
    out += source.slice(at, h.start);
    const pieces = source.slice(h.start, h.end).split(/(\n|\|)/);
    const last = pieces.reduce((found, piece, i) => (piece.trim() && piece !== "|" ? i : found), -1);
    let offset = h.start;
    const marked = pieces.map((piece, i) => {
      const at = offset;
      offset += piece.length;
      if (piece === "\n" || piece === "|" || !piece.trim()) return piece;
      // The whole line decides: a fence or a table's rule row stays as it is, every piece of it.
      const lineFrom = source.lastIndexOf("\n", at - 1) + 1;
      const lineTo = source.indexOf("\n", at);
      const sourceLine = source.slice(lineFrom, lineTo < 0 ? source.length : lineTo);
      if (FENCE_LINE.test(sourceLine) || isTableRule(sourceLine)) return piece;
      const lead = (at === lineFrom ? BLOCK_PREFIX.exec(piece)?.[0] : /^\s*/.exec(piece)?.[0]) ?? "";
      // Not /\s*$/: unanchored at its start, it is quadratic on a long blank run inside the piece.
      const trail = piece.slice(piece.trimEnd().length);
      const body = piece.slice(lead.length, piece.length - trail.length);
      // The "[2]" links to further claims follow the passage's last piece only.
      return body
        ? `${lead}${OPEN}${index}${MID}${body}${i === last ? CLOSE : CLOSE_QUIET}${index}${END}${trail}`
        : piece;
    });
    out += marked.join("");
    at = h.end;
  });
  out += source.slice(at);

  const html = marked.parse(restoreTableRules(out), {
    async: false,
    gfm: true,
    breaks: lineBreaks,
    renderer,
  }) as string;
  const seen = new Set<number>();
  const linked = html
    .replace(new RegExp(`${OPEN}(\\d+)${MID}`, "g"), (_m, i: string) => {
      const h = sorted[Number(i)];
      const id = seen.has(Number(i)) ? "" : ` id="q-${h.start}"`;
      seen.add(Number(i));
      return `<mark class="cited"${id}><a href="${escapeHtml(h.href)}" title="${escapeHtml(h.title)}">`;
    })
    .replace(new RegExp(`${CLOSE_QUIET}(\\d+)${END}`, "g"), "</a></mark>")
    .replace(new RegExp(`${CLOSE}(\\d+)${END}`, "g"), (_m, i: string) => {
      const also = sorted[Number(i)].also
        .map(
          (a) =>
            `<sup><a href="${escapeHtml(a.href)}" title="${escapeHtml(a.title)}" aria-label="${escapeHtml(`${a.label} also cited by: ${a.title}`)}">${escapeHtml(a.label)}</a></sup>`,
        )
        .join("");
      return `</a>${also}</mark>`;
    })
    .replace(SENTINELS, "");
  return sanitizeHtml(linked, ARTICLE_ALLOWED);
}
