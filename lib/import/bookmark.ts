// Bookmark-manager export: YAML front matter (title, url, domain, date, excerpt, tags, creator_ref)
// + a markdown body that repeats the metadata, then **Notes:** in the saver's own voice.
import { authorName, cleanInline, splitTags, tidyLines, urlInfo } from "./common";
import { parseDateValue } from "./dates";
import { emptyDocument, type ParsedDocument } from "./document";
import { readHeader } from "./header";
import { normalizeMarkdownBody, splitFrontMatter } from "./markdown";

const META_LINE = /^\*\*(URL|Type|Domain|Tags|Created|Collection|Cover):\*\*/i;

function creatorName(data: Record<string, unknown>): string | null {
  const ref = data.creator_ref ?? data.creator ?? data.user;
  if (ref && typeof ref === "object" && typeof (ref as { name?: unknown }).name === "string")
    return (ref as { name: string }).name;
  return typeof ref === "string" ? ref : null;
}

export function parseBookmark(raw: string): ParsedDocument {
  const doc = emptyDocument("BOOKMARK", raw);
  const { data, body, warnings } = splitFrontMatter(raw);
  doc.warnings.push(...warnings);
  const lines = body.split("\n");
  const kept: string[] = [];
  const note: string[] = [];
  let section: "body" | "excerpt" | "note" = "body";
  const bodyExcerpt: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    const label = /^\*\*(Excerpt|Notes?|Highlights?):\*\*\s*(.*)$/i.exec(t);
    if (label) {
      section = /^note/i.test(label[1]) ? "note" : /^excerpt/i.test(label[1]) ? "excerpt" : "body";
      if (label[2]) (section === "note" ? note : section === "excerpt" ? bodyExcerpt : kept).push(label[2]);
      continue;
    }
    if (META_LINE.test(t)) continue;
    // The body's **Excerpt:** is one paragraph: a blank line ends it, and what follows is article body again.
    if (section === "excerpt" && !t) section = "body";
    if (section === "note") note.push(line);
    else if (section === "excerpt") bodyExcerpt.push(line);
    else kept.push(line);
  }
  const frontExcerpt = typeof data.excerpt === "string" ? data.excerpt.trim() : "";
  const excerpt = frontExcerpt || bodyExcerpt.join("\n").trim();
  // The excerpt is the article's words (the saved page's summary): it is the text claims cite, stored once.
  // The saved page's own byline and date sit at the head of its body; they are the article's metadata.
  const header = readHeader(kept);
  const bodyText = normalizeMarkdownBody(kept.filter((_, i) => !header.chrome.has(i)).join("\n"));
  const title = typeof data.title === "string" ? data.title.trim() : cleanInline(header.title ?? "");
  const withoutTitle = bodyText
    .split("\n")
    .filter((l) => l !== `# ${title}`)
    .join("\n")
    .trim();
  const excerptLines = excerpt
    .split(/\n+/)
    .map((l) => cleanInline(l))
    .filter(Boolean);
  doc.title = title || "Untitled bookmark";
  doc.text = tidyLines([`# ${doc.title}`, "", excerptLines.join(" "), "", withoutTitle]);
  doc.excerpt = excerptLines.join(" ");
  Object.assign(doc, urlInfo(data.url ?? data.link));
  if (typeof data.domain === "string") doc.domain = data.domain;
  // The front matter's `date`/`created` is when the bookmark was saved, not when the article was published.
  doc.publishedAt = parseDateValue(data.published ?? data.publishedAt ?? null) ?? header.publishedAt;
  doc.author = authorName(data.author) ?? header.author;
  doc.readTime = header.readTime;
  doc.tags = splitTags(data.tags ?? []);
  const noteText = note.join("\n").trim();
  doc.note = noteText ? cleanInline(noteText.replace(/\n+/g, " ")) : null;
  doc.noteAuthor = doc.note ? creatorName(data) : null;
  if (!doc.url) doc.warnings.push("The bookmark has no URL.");
  if (!excerpt && !withoutTitle)
    doc.warnings.push("The bookmark has no excerpt or article text; only the title was stored.");
  return doc;
}
