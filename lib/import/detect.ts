// Which format a document is in, from its content first and its file name second.
import type { ArticleFormat } from "./document";
import { trailingHashtags } from "./common";
import { ImportError } from "./errors";
import { isAsciidoc } from "./asciidoc";

const EXT = (name: string | undefined): string => (name ?? "").toLowerCase().replace(/^.*\.(?=[^.]+$)/, "");

export function detectFormat(text: string, filename?: string): ArticleFormat {
  const head = text.slice(0, 4096).trimStart();
  const ext = EXT(filename);
  // JSON opens with "[" or "{" and then a value; "[![badge](…)" or "[link](…)" opens a markdown README instead.
  if (ext === "json" || /^(?:\[\s*(?:[[{"\d\]-]|true|false|null)|\{\s*["}])/.test(head)) return "NUXT_PAYLOAD";
  if (/^---[ \t]*\n/.test(head)) {
    const hasBookmarkKeys =
      /^(url|link):/m.test(head) &&
      /^(creator_ref|raindrop_id|collection_id|domain|excerpt|cover|bookmark):/m.test(head);
    return hasBookmarkKeys || /\*\*Notes?:\*\*/.test(text.slice(0, 200_000)) ? "BOOKMARK" : "MARKDOWN";
  }
  // The element's whole name: "<ArticleHeader />" or "<Divider>" opening a markdown page is a component, not <article>.
  if (/^(?:<!doctype html|<(?:html|head|body)(?=[\s>/]))/i.test(head) || ext === "html" || ext === "htm") return "HTML";
  // A README opening with a centred logo or links ('<p align="center">', '<div align="center">') is markdown when
  // the rest is: its headings, tables and lists must stay apart, not collapse into the paragraphs of an HTML page.
  if (/^<(?:article|meta|div|p)(?=[\s>/])/i.test(head))
    return markdownFile(ext) && markdownBlocks(text) >= 2 ? "MARKDOWN" : "HTML";
  const lines = head.split("\n");
  const firstLine = lines[0] ?? "";
  const arrows = (firstLine.match(/→/g) ?? []).length;
  if (firstLine.length > 280 && (arrows >= 2 || trailingHashtags(firstLine).count >= 2)) return "SOCIAL_POST";
  const chrome =
    /^(back to\b|\d{1,3} ?min(ute)?s? read$)/im.test(head) ||
    /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$/m.test(text.slice(0, 200_000));
  if (chrome) return "WEB_PAGE";
  if (ext === "md" || ext === "markdown" || /^(#{1,6} |[-*] |\|.*\|$)/m.test(head)) return "MARKDOWN";
  // AsciiDoc is read as markdown once its marks are translated (asciidoc.ts).
  if (ext === "adoc" || ext === "asciidoc" || isAsciidoc(lines)) return "MARKDOWN";
  if (arrows >= 2) return "SOCIAL_POST";
  return "TEXT";
}

const markdownFile = (ext: string): boolean => ext === "md" || ext === "markdown" || ext === "mdx" || ext === "";

/** Lines that only markdown gives structure to: "## Heading", "| a | b |" rows, "- item" (counted up to 2, in the first 200 kB). */
function markdownBlocks(text: string): number {
  let n = 0;
  for (const _ of text.slice(0, 200_000).matchAll(/^(?:#{1,6} \S|\|[^\n]*\|[ \t]*$|[-*] \S)/gm)) if (++n >= 2) break;
  return n;
}

export function assertReadable(format: ArticleFormat, text: string): void {
  if (format === "NUXT_PAYLOAD") {
    const t = text.trim();
    if (!(t.startsWith("[") || t.startsWith("{")))
      throw new ImportError("The file is named .json but does not contain JSON.");
  }
}
