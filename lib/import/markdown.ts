// Markdown (and plain text): optional YAML front matter, headings, lists, tables and code kept as lines.
import { parse as parseYaml } from "yaml";
import { authorName, cleanInline, excerptOf, firstSentence, splitTags, tidyLines, urlInfo } from "./common";
import { parseDateValue } from "./dates";
import { emptyDocument, type ArticleFormat, type ParsedDocument } from "./document";
import { readHeader } from "./header";

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  warnings: string[];
}

const FRONT = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function splitFrontMatter(raw: string): FrontMatter {
  const m = FRONT.exec(raw);
  if (!m) return { data: {}, body: raw, warnings: [] };
  try {
    const data = parseYaml(m[1], { maxAliasCount: 50 }) as unknown;
    const ok = data && typeof data === "object" && !Array.isArray(data);
    return { data: ok ? (data as Record<string, unknown>) : {}, body: raw.slice(m[0].length), warnings: ok ? [] : ["The front matter is not a YAML mapping; ignored."] };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unreadable";
    return { data: {}, body: raw.slice(m[0].length), warnings: [`The YAML front matter could not be read (${reason}); ignored.`] };
  }
}

/** Markdown body -> normalized lines: emphasis and links flattened, tables kept as rows, code fenced. */
export function normalizeMarkdownBody(body: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const rawLine of body.split("\n")) {
    const line = rawLine.replace(/\t/g, "  ");
    if (/^\s*(```|~~~)/.test(line)) {
      inCode = !inCode;
      out.push(line.trim());
      continue;
    }
    if (inCode) {
      out.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(trimmed)) continue; // table separator row
    if (/^\|.*\|$/.test(trimmed)) {
      const cells = trimmed.slice(1, -1).split("|").map((c) => cleanInline(c));
      out.push(`| ${cells.join(" | ")} |`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      out.push(`${heading[1]} ${cleanInline(heading[2].replace(/\s#+$/, ""))}`);
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
    if (/^(={3,}|-{3,})$/.test(trimmed) && previous.trim() && previous.length <= 120 && !/^(#|\||- |```)/.test(previous.trimStart())) {
      out[out.length - 1] = `${trimmed[0] === "=" ? "#" : "##"} ${previous.trim()}`;
      continue;
    }
    if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      out.push("");
      continue;
    }
    out.push(cleanInline(trimmed.replace(/^>\s?/, "")));
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
  const bodyLines = front.body.split("\n");
  const header = readHeader(bodyLines);
  doc.text = normalizeMarkdownBody(bodyLines.filter((_, i) => !header.chrome.has(i)).join("\n"));
  const headerTitle = header.title ? cleanInline(header.title) : null;
  const title = typeof data.title === "string" ? data.title : headerTitle || firstHeading(doc.text) || firstSentence(doc.text.split("\n")[0] ?? "");
  doc.title = title.trim().slice(0, 300) || "Untitled document";
  Object.assign(doc, urlInfo(data.url ?? data.link ?? data.canonical));
  if (typeof data.domain === "string" && !doc.domain) doc.domain = data.domain;
  doc.author = authorName(data.author ?? data.authors) ?? header.author;
  const stated = data.date ?? data.published ?? data.publishedAt ?? data.published_at ?? data.pubDate ?? data.publishDate ?? null;
  doc.publishedAt = parseDateValue(stated) ?? header.publishedAt;
  doc.readTime = header.readTime;
  doc.tags = splitTags(data.tags ?? data.keywords ?? []);
  doc.excerpt = typeof data.excerpt === "string" ? data.excerpt.trim() : typeof data.description === "string" ? data.description.trim() : excerptOf(doc.text);
  if (typeof data.title !== "string" && !headerTitle && !firstHeading(doc.text)) doc.warnings.push("No title found; used the first sentence.");
  return doc;
}
