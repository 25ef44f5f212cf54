// JSON-LD (<script type="application/ld+json">): the structured metadata many pages carry for search
// engines. The article's headline, datePublished and author are read from it; an author given only here
// is still the author.
import { authorName } from "./common";

export interface LinkedData {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
}

const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 500_000;

/** The text of each ld+json script, found by plain string search (no regex over the whole page). */
function scriptBodies(raw: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < MAX_BLOCKS) {
    const at = raw.indexOf("application/ld+json", from);
    if (at < 0) break;
    const open = raw.indexOf(">", at);
    const close = open < 0 ? -1 : raw.indexOf("</script", open);
    if (close < 0) break;
    if (close - open < MAX_BLOCK_CHARS) out.push(raw.slice(open + 1, close));
    from = close;
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog|webpage|creativework|techarticle/i;

/** Every object in a parsed JSON-LD value (top level, arrays, @graph), breadth-first and bounded. */
function objects(value: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const queue: unknown[] = [value];
  while (queue.length && out.length < 200) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v.slice(0, 100));
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      const graph = (v as { "@graph"?: unknown })["@graph"];
      if (graph) queue.push(graph);
    }
  }
  return out;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim().slice(0, 300) : null);

export function readLinkedData(raw: string): LinkedData {
  const found: LinkedData = { headline: null, datePublished: null, author: null };
  for (const body of scriptBodies(raw)) {
    let parsed: unknown;
    try {
      const t = body.trim();
      parsed = JSON.parse(t.startsWith("<!--") && t.endsWith("-->") ? t.slice(4, -3) : t);
    } catch {
      continue;
    }
    // Article-like objects first: a page's WebSite or Organization object names the site, not the article.
    const all = objects(parsed).sort(
      (a, b) =>
        Number(ARTICLE_TYPES.test(String(b["@type"] ?? ""))) - Number(ARTICLE_TYPES.test(String(a["@type"] ?? ""))),
    );
    for (const o of all) {
      found.headline ??= text(o.headline);
      found.datePublished ??= text(o.datePublished) ?? text(o.dateCreated);
      found.author ??= authorName(o.author ?? o.creator);
    }
  }
  return found;
}
