// The one way user-supplied text becomes HTML. React escapes plain text everywhere; this module is
// for what is written as markdown (verdict rationales, use-case descriptions, decision records) and
// for links taken from imported or edited data. Markdown is rendered by marked with raw HTML turned
// into visible text, then passed through sanitize-html with a small allowlist, so neither marked's
// output nor a parser disagreement (mutation XSS) can smuggle in a script, an event handler, a
// style, or a javascript:/data: URL.
import { marked, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

const SAFE_SCHEMES = ["http", "https", "mailto"];

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"] },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Dropped with their content (not unwrapped): their text is code or markup, never prose.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "embed", "svg", "math", "xmp", "noembed", "noframes", "plaintext"],
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
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
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
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  try {
    const parsed = new URL(compact);
    return SAFE_SCHEMES.includes(parsed.protocol.replace(/:$/, "").toLowerCase()) ? parsed.toString() : null;
  } catch {
    return null;
  }
}
