// SVG drawn as one markup string (a chart's inside, set with dangerouslySetInnerHTML) instead of a
// React element per shape. A chart is static markup: no state, no handlers, no client component.
// As elements, each bar or point cost four to six of them, each rendered by the server component,
// serialised into the page's RSC payload, parsed back and rendered to HTML: the compare page's
// charts were ≈ 600 of its ≈ 1,200 elements. As one string each, they cost a copy and an escape.
// Every text and attribute value goes through escapeMarkup, as React's own rendering would escape it.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Text or an attribute value, safe inside markup (React escapes the same five characters). */
export function escapeMarkup(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Attributes = Record<string, string | number | undefined>;

/** One element: `attributes` in order, undefined ones left out (as React leaves them out); `inner` is markup. */
export function element(name: string, attributes: Attributes, inner = ""): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) open += ` ${key}="${escapeMarkup(value)}"`;
  return `${open}>${inner}</${name}>`;
}
