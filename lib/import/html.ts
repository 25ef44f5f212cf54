// HTML files: metadata from <title>/<meta>/<link rel=canonical>/<time>; the article (or main, or body)
// without navigation and scripts, as structured lines.
import { parse, type HTMLElement, NodeType, type Node } from "node-html-parser";
import { parseLooseDate } from "@/lib/text/dates";
import { excerptOf, splitTags, tidyLines, urlInfo } from "./common";
import { emptyDocument, type ParsedDocument } from "./document";

const SKIP = new Set(["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg", "iframe", "button", "template"]);
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** A paragraph's text, one line per `<br>`-separated part ("Rails: 2004.<br>Laravel: 2011."). */
function paragraphLines(el: HTMLElement): string[] {
  if (!el.querySelector("br")) return [squash(el.text)];
  const parts = el.innerHTML.split(/<br\s*\/?>/i).map((part) => squash(parse(part).text));
  return parts.filter(Boolean);
}

/** "<dt>Express</dt><dd>Released 2010.</dd>" -> "Express: Released 2010." (term and definition stay together). */
function definitionLines(dl: HTMLElement): string[] {
  const out: string[] = [];
  let term = "";
  for (const child of dl.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.rawTagName?.toLowerCase();
    if (tag === "dt") term = squash(el.text);
    else if (tag === "dd") out.push(term ? `${term}: ${squash(el.text)}` : squash(el.text));
  }
  return out;
}

function walk(node: Node, out: string[], depth: number): void {
  if (depth > 300) return;
  if (node.nodeType === NodeType.TEXT_NODE) {
    const t = squash(node.text);
    if (t) out.push(t);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  const tag = el.rawTagName?.toLowerCase() ?? "";
  if (SKIP.has(tag)) return;
  if (/^h[1-6]$/.test(tag)) out.push("", `${"#".repeat(Number(tag[1]))} ${squash(el.text)}`, "");
  else if (tag === "p" || tag === "blockquote" || tag === "figcaption") out.push("", ...paragraphLines(el), "");
  else if (tag === "li") out.push(`- ${squash(el.text)}`);
  else if (tag === "dl") out.push("", ...definitionLines(el), "");
  else if (tag === "tr") out.push(`| ${el.childNodes.filter((c) => c.nodeType === NodeType.ELEMENT_NODE && /^t[dh]$/i.test((c as HTMLElement).rawTagName)).map((c) => squash(c.text).replace(/\|/g, "/")).join(" | ")} |`);
  else if (tag === "pre") out.push("", "```", el.text.replace(/<[^>\n]{0,200}>/g, "").replace(/\n$/, ""), "```", "");
  else if (tag === "br") out.push("");
  else {
    const block = ["div", "section", "article", "main", "ul", "ol", "table", "body", "html"].includes(tag);
    if (block) out.push("");
    for (const child of el.childNodes) walk(child, out, depth + 1);
    if (block) out.push("");
  }
}

const VOID = new Set(["br", "img", "meta", "link", "hr", "input", "source", "wbr", "area", "base", "col", "embed", "track", "param"]);

/** Deepest element nesting, by a linear scan of the tags (the DOM parser slows down badly on deep, unclosed nesting). */
function nestingDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  for (const m of raw.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})/g)) {
    if (VOID.has(m[2].toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Too deeply nested for a DOM: text between tags, one line per block. */
function flatText(raw: string): string {
  return tidyLines(raw.replace(/<(script|style)\b[^>]{0,500}>[^<]{0,1000000}<\/\1>/gi, "").replace(/<[^>]{0,2000}>/g, "\n").split("\n").map((l) => l.replace(/\s+/g, " ").trim()));
}

export function parseHtml(raw: string): ParsedDocument {
  const doc = emptyDocument("HTML", raw);
  if (nestingDepth(raw) > 400) {
    doc.text = flatText(raw);
    doc.title = excerptOf(doc.text, 120) || "Untitled page";
    doc.excerpt = excerptOf(doc.text);
    doc.warnings.push("The HTML is nested too deeply to read its structure; imported as plain text.");
    return doc;
  }
  const root = parse(raw, { comment: false, blockTextElements: { script: false, style: false, pre: true, noscript: false } });
  const meta = (name: string): string | null =>
    root.querySelector(`meta[property="${name}"]`)?.getAttribute("content") ?? root.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? null;
  const main = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector("body") ?? root;
  const out: string[] = [];
  walk(main, out, 0);
  doc.text = tidyLines(out.map((l) => l.trim()));
  const h1 = root.querySelector("h1");
  doc.title = squash(meta("og:title") ?? root.querySelector("title")?.text ?? h1?.text ?? "") || excerptOf(doc.text, 120) || "Untitled page";
  Object.assign(doc, urlInfo(root.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta("og:url")));
  doc.author = meta("author") ?? meta("article:author") ?? (squash(root.querySelector('[rel="author"]')?.text ?? "") || null);
  doc.publishedAt = parseLooseDate(meta("article:published_time") ?? root.querySelector("time")?.getAttribute("datetime") ?? root.querySelector("time")?.text ?? null);
  doc.tags = splitTags((meta("keywords") ?? "").split(","));
  doc.excerpt = squash(meta("description") ?? meta("og:description") ?? "") || excerptOf(doc.text);
  if (!doc.text) doc.warnings.push("The HTML has no readable text.");
  return doc;
}
