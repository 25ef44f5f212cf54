// A fetched web page -> the document the importer already reads (pure: no network, no database).
// HTML goes through Mozilla's Readability (the Firefox reader view) so menus, cookie banners and
// "related posts" do not become claims; its title, byline and published time travel as <meta> tags the
// HTML parser reads, and the fetched URL becomes the canonical link, so repeats dedupe by URL.
// Plain text and markdown keep their text, with the URL in front matter.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { tagShape } from "./tag-shape";

export interface Page {
  /** The address the body came from (after redirects). */
  url: string;
  mime: string;
  charset: string | null;
  bytes: Uint8Array;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The charset a page declares in a <meta> near its start (when the HTTP header did not say). */
function metaCharset(head: string): string | null {
  return /<meta[^>]{0,200}charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** Bytes -> text in the page's charset (a Windows-1252 page stays readable); unknown labels fall back to UTF-8. */
export function decodePage(page: Pick<Page, "bytes" | "charset" | "mime">): string {
  const sniffed = page.mime.includes("html")
    ? metaCharset(Buffer.from(page.bytes.subarray(0, 2048)).toString("latin1"))
    : null;
  const label = page.charset ?? sniffed ?? "utf-8";
  try {
    return new TextDecoder(label).decode(page.bytes);
  } catch {
    return new TextDecoder("utf-8").decode(page.bytes);
  }
}

function metaTag(name: string, content: string | null | undefined, attribute: "name" | "property" = "name"): string {
  const value = content?.replace(/\s+/g, " ").trim();
  return value ? `<meta ${attribute}="${name}" content="${escapeHtml(value)}">` : "";
}

/** The page's main text as a small HTML document with its metadata; null when Readability finds no article. */
function readerView(html: string, url: string): string | null {
  const { document } = parseHTML(html);
  const keywords = document.querySelector('meta[name="keywords"]')?.getAttribute("content") ?? null;
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content || !article.textContent?.trim()) return null;
  return [
    "<!doctype html><html><head>",
    `<title>${escapeHtml(article.title?.trim() || url)}</title>`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    metaTag("author", article.byline),
    metaTag("article:published_time", article.publishedTime, "property"),
    metaTag("description", article.excerpt),
    metaTag("keywords", keywords),
    "</head><body><article>",
    article.content,
    "</article></body></html>",
  ].join("\n");
}

/** Readability found nothing (or was not asked): the page as it is, led by the fetched URL as its canonical link. */
function wholePage(html: string, url: string): string {
  // The HTML parser takes the first canonical link in the document: this one, not the page's own.
  return `<!doctype html>\n<link rel="canonical" href="${escapeHtml(url)}">\n${html}`;
}

/**
 * Readability's time grows much faster than the page on deep nesting (500 levels: seconds; 5,000:
 * minutes) and with the number of elements, so a hostile page could hold the server. Real articles
 * nest a few dozen levels and have a few thousand elements; other pages skip Readability and go to
 * the HTML parser whole (which has its own depth guard).
 */
export const READER_LIMITS = { depth: 120, elements: 20_000 };

/** Text or markdown with the URL in its front matter (unless it brings front matter of its own). */
function textWithUrl(text: string, url: string): string {
  return /^\uFEFF?---[ \t]*\r?\n/.test(text) ? text : `---\nurl: ${JSON.stringify(url)}\n---\n\n${text}`;
}

function readable(html: string, url: string): string {
  const { depth, elements } = tagShape(html);
  if (depth > READER_LIMITS.depth || elements > READER_LIMITS.elements) return wholePage(html, url);
  try {
    return readerView(html, url) ?? wholePage(html, url);
  } catch {
    // A page Readability or the DOM cannot digest is still a page: the HTML parser reads it whole.
    return wholePage(html, url);
  }
}

/** What the importer receives for a fetched page: a file named by its URL, as parseDocument reads files. */
export function pageToImport(page: Page): { filename: string; bytes: Uint8Array } {
  const text = decodePage(page);
  const html = page.mime === "text/html" || page.mime === "application/xhtml+xml";
  const document = html ? readable(text, page.url) : textWithUrl(text, page.url);
  return { filename: page.url, bytes: new TextEncoder().encode(document) };
}
