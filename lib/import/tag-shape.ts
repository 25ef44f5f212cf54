/** Elements that never hold children: their opening tag does not deepen the nesting. */
const VOID = new Set([
  "br",
  "img",
  "meta",
  "link",
  "hr",
  "input",
  "source",
  "wbr",
  "area",
  "base",
  "col",
  "embed",
  "track",
  "param",
]);

/**
 * Deepest element nesting and number of elements, by a linear scan of the tags, without building a
 * DOM: DOM parsers and Readability slow down badly on deep, unclosed nesting, so the importer asks
 * this first. `[^<>]` stops at the next tag, so the scan stays linear whatever the page holds; a tag
 * whose attributes run past the bound or never close still counts (hostile pages nest such tags).
 */
export function tagShape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})([^<>]{0,4000})(>?)/g)) {
    if (!m[1]) elements++;
    if (VOID.has(m[2].toLowerCase()) || (m[4] === ">" && m[3].endsWith("/"))) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return { depth: max, elements };
}
