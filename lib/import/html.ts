// HTML files: metadata from <title>/<meta>/<link rel=canonical>/<time>; the article (or main, or body)
// without navigation and scripts, as structured lines.
import { parse, type HTMLElement, NodeType, type Node } from "node-html-parser";
import { excerptOf, splitTags, tidyLines, urlInfo } from "./common";
import { parseDateValue } from "./dates";
import { emptyDocument, type ParsedDocument, type ReaderComment } from "./document";
import { readHeader } from "./header";
import { readLinkedData } from "./jsonld";
import { tagShape } from "./tag-shape";

const SKIP = new Set([
  "script",
  "style",
  "nav",
  "header",
  "footer",
  "aside",
  "noscript",
  "form",
  "svg",
  "iframe",
  "button",
  "template",
]);
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

// A block whose id or class names it as the comment thread: readers' words, kept apart from the article's.
const COMMENT_SECTION = /(?:^|[\s_-])(?:comments?|comment-list|responses|replies|disqus)(?:$|[\s_-])/i;
const COMMENT_BLOCKS = new Set(["section", "div", "ol", "ul", "aside"]);

function commentsIn(el: HTMLElement, comments: ReaderComment[]): void {
  const items = el.querySelectorAll("li, article, .comment, p");
  const texts = (items.length ? items.filter((i) => !i.querySelector("li, article, p")) : [el])
    .map((i) => squash(i.text))
    .filter(Boolean);
  for (const text of texts.slice(0, 500)) {
    if (comments.length < 500) comments.push({ author: null, text: text.slice(0, 5000) });
  }
}

function walk(node: Node, out: string[], depth: number, comments: ReaderComment[] = []): void {
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
  if (
    COMMENT_BLOCKS.has(tag) &&
    COMMENT_SECTION.test(`${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`.slice(0, 500))
  )
    return commentsIn(el, comments);
  if (/^h[1-6]$/.test(tag)) out.push("", `${"#".repeat(Number(tag[1]))} ${squash(el.text)}`, "");
  else if (tag === "p" || tag === "blockquote" || tag === "figcaption") out.push("", ...paragraphLines(el), "");
  else if (tag === "li") out.push(`- ${squash(el.text)}`);
  else if (tag === "dl") out.push("", ...definitionLines(el), "");
  else if (tag === "table") out.push("", ...tableLines(el), "");
  else if (tag === "tr")
    out.push(
      `| ${cellsOf(el)
        .map((c) => c.text)
        .join(" | ")} |`,
    );
  else if (tag === "pre") out.push("", "```", el.text.replace(/<[^>\n]{0,200}>/g, "").replace(/\n$/, ""), "```", "");
  else if (tag === "br") out.push("");
  else {
    const block = ["div", "section", "article", "main", "ul", "ol", "table", "body", "html"].includes(tag);
    if (block) out.push("");
    for (const child of el.childNodes) walk(child, out, depth + 1, comments);
    if (block) out.push("");
  }
}

interface Cell {
  text: string;
  header: boolean;
}

const spanOf = (cell: HTMLElement, name: string): number =>
  Math.min(20, Math.max(1, Number.parseInt(cell.getAttribute(name) ?? "1", 10) || 1));

/** A row's own cells (th, td), each repeated over the columns it spans (colspan, at most 20). */
function cellsOf(row: HTMLElement): Cell[] {
  return gridOf([row])[0] ?? [];
}

/**
 * The rows as a grid: a cell spanning columns (colspan) or rows (rowspan, at most 20 each) fills every
 * place it covers, so each column lines up with its heading.
 */
function gridOf(rows: HTMLElement[]): Cell[][] {
  const grid: Cell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const c of row.childNodes) {
      if (c.nodeType !== NodeType.ELEMENT_NODE || !/^t[dh]$/i.test((c as HTMLElement).rawTagName)) continue;
      const el = c as HTMLElement;
      while (grid[r][col]) col++;
      const cell = { text: squash(el.text).replace(/\|/g, "/"), header: el.rawTagName.toLowerCase() === "th" };
      const across = spanOf(el, "colspan");
      const down = Math.min(spanOf(el, "rowspan"), rows.length - r);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) grid[r + dr][col + dc] = cell;
      col += across;
    }
  });
  // A row short of cells (a spanned place never filled) reads as empty there, not as a hole.
  return grid.map((cells) => Array.from(cells, (c) => c ?? { text: "", header: false }));
}

/** The table's own rows (not those of a table nested in a cell). */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.rawTagName.toLowerCase();
    if (tag === "tr") rows.push(el);
    else if (tag === "thead" || tag === "tbody" || tag === "tfoot")
      for (const r of el.childNodes)
        if (r.nodeType === NodeType.ELEMENT_NODE && (r as HTMLElement).rawTagName.toLowerCase() === "tr")
          rows.push(r as HTMLElement);
  }
  return rows;
}

/** A row that is one heading spanning the whole table ("Maturity" over the rows that follow): it groups rows, it is not one. */
const isSectionRow = (row: Cell[]): boolean => row.length > 1 && row[0].header && row.every((c) => c === row[0]);

const allHeader = (row: Cell[]): boolean => row.every((c) => c.header);
/** A cell placed more than once in the row (colspan) or again in the next row (rowspan). */
const spans = (row: Cell[], next: Cell[] | undefined): boolean =>
  row.some((c, i) => row.indexOf(c) !== i || (next?.includes(c) ?? false));

/**
 * How many leading rows are headings. A row of `<th>` is one, unless every row is (some tables mark
 * every cell `<th>`: then only the first row names the columns). A first row of `<td>` that spans
 * columns or rows is one too ("Latency (ms)" over "Avg" and "Max"), and so is a row a heading cell
 * above it reaches down into (a rowspan "Name" over both heading rows).
 */
function headerRows(rows: Cell[][]): number {
  if (rows.length > 1 && rows.every(allHeader)) return 1;
  let headers = 0;
  while (headers < rows.length - 1) {
    const row = rows[headers];
    const first = headers === 0 && spans(row, rows[1]);
    const continued = headers > 0 && row.some((c) => rows[headers - 1].includes(c));
    if (!allHeader(row) && !first && !continued) break;
    headers++;
  }
  return headers;
}

/**
 * A table as markdown rows. Header rows stacked over each other (a group heading spanning columns
 * over the columns' own headings: "Latency" over "avg" and "max") become one header row
 * ("Latency avg", "Latency max"), so each figure keeps both what it measures and how.
 */
function tableLines(table: HTMLElement): string[] {
  const rows = gridOf(rowsOf(table)).filter((r) => r.length > 0 && !isSectionRow(r));
  const headers = headerRows(rows);
  const body = rows.slice(headers > 1 ? headers : 0);
  if (headers > 1) {
    const width = Math.max(...rows.slice(0, headers).map((r) => r.length));
    const merged = Array.from({ length: width }, (_, i) => {
      const parts: string[] = [];
      for (const r of rows.slice(0, headers)) {
        const t = r[i]?.text ?? "";
        if (t && parts[parts.length - 1] !== t) parts.push(t);
      }
      return parts.join(" ");
    });
    return [
      `| ${merged.join(" | ")} |`,
      `|${" --- |".repeat(width)}`,
      ...body.map((r) => `| ${r.map((c) => c.text).join(" | ")} |`),
    ];
  }
  return body.map((r) => `| ${r.map((c) => c.text).join(" | ")} |`);
}

/** Too deeply nested for a DOM: text between tags, one line per block. */
function flatText(raw: string): string {
  return tidyLines(
    raw
      .replace(/<(script|style)\b[^>]{0,500}>[^<]{0,1000000}<\/\1>/gi, "")
      .replace(/<[^>]{0,2000}>/g, "\n")
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim()),
  );
}

const notUrl = (v: string | null | undefined): string | null =>
  v && !/^https?:\/\//i.test(v.trim()) ? v.trim() : null;
/** "Article title | Site name": the page title without the site's name after a separator. */
const withoutSiteName = (title: string): string => title.replace(/\s[|·—–-]\s[^|·—–]{1,60}$/, "").trim();

type Root = ReturnType<typeof parse>;

function metaReader(root: Root): (...names: string[]) => string | null {
  return (...names) => {
    for (const name of names) {
      const el =
        root.querySelector(`meta[property="${name}"]`) ??
        root.querySelector(`meta[name="${name}"]`) ??
        root.querySelector(`meta[itemprop="${name}"]`);
      const value = el?.getAttribute("content")?.trim();
      if (value) return value;
    }
    return null;
  };
}

/** Title, author and date: JSON-LD and meta tags first, then the page's own heading, <time> and byline. */
function readPageMeta(raw: string, root: Root, main: HTMLElement, doc: ParsedDocument): void {
  const meta = metaReader(root);
  const ld = readLinkedData(raw);
  const header = readHeader(doc.text.split("\n"));
  const h1 = squash(main.querySelector("h1")?.text ?? "");
  const pageTitle = withoutSiteName(squash(root.querySelector("title")?.text ?? ""));
  doc.title =
    ld.headline ?? (h1 || meta("og:title") || pageTitle || header.title || excerptOf(doc.text, 120) || "Untitled page");
  const byline = squash(
    root.querySelector('[rel="author"]')?.text ?? root.querySelector('[itemprop="author"]')?.text ?? "",
  );
  doc.author =
    notUrl(meta("author", "article:author", "dc.creator", "DC.creator")) ??
    ld.author ??
    (byline || null) ??
    header.author;
  const time = root.querySelector("time");
  const stated =
    meta(
      "article:published_time",
      "datePublished",
      "date",
      "publish-date",
      "pubdate",
      "dc.date",
      "DC.date",
      "og:published_time",
    ) ?? ld.datePublished;
  doc.publishedAt =
    parseDateValue(stated) ??
    parseDateValue(time?.getAttribute("datetime")) ??
    parseDateValue(squash(time?.text ?? "")) ??
    header.publishedAt;
}

export function parseHtml(raw: string): ParsedDocument {
  const doc = emptyDocument("HTML", raw);
  if (tagShape(raw).depth > 400) {
    doc.text = flatText(raw);
    doc.title = excerptOf(doc.text, 120) || "Untitled page";
    doc.excerpt = excerptOf(doc.text);
    doc.warnings.push("The HTML is nested too deeply to read its structure; imported as plain text.");
    return doc;
  }
  const root = parse(raw, {
    comment: false,
    blockTextElements: { script: false, style: false, pre: true, noscript: false },
  });
  const meta = metaReader(root);
  const main = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector("body") ?? root;
  const out: string[] = [];
  walk(main, out, 0, doc.comments);
  doc.text = tidyLines(out.map((l) => l.trim()));
  readPageMeta(raw, root, main, doc);
  if (doc.comments.length)
    doc.warnings.push(
      `${doc.comments.length} reader comment(s) kept apart from the article; not used as the author's claims.`,
    );
  Object.assign(doc, urlInfo(root.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta("og:url")));
  doc.tags = splitTags((meta("keywords") ?? "").split(","));
  doc.excerpt = squash(meta("description") ?? meta("og:description") ?? "") || excerptOf(doc.text);
  if (!doc.text) doc.warnings.push("The HTML has no readable text.");
  return doc;
}

/**
 * An HTML table written inside a markdown document (READMEs often write their tables as `<table>` blocks)
 * as markdown rows, read exactly as the same table in an HTML page is.
 */
export function htmlTableRows(html: string): string[] {
  if (tagShape(html).depth > 40) return [];
  const table = parse(html).querySelector("table");
  return table ? tableLines(table) : [];
}
