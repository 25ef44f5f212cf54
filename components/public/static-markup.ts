// A server-rendered section of a public page as one markup string, rendered once per data
// generation, instead of a React element per cell.
//
// Why: every page renders per request (its scripts carry the request's CSP nonce, SECURITY.md), and
// React's cost follows the elements. Each element of a server component's output is serialised into
// the RSC payload, parsed back and rendered to HTML, and the payload is inlined into the page once
// more as script text: the compare page's 821 elements were half of its CPU per request (14 → 7 ms
// as strings, same server and minute), all of it repeated for the very same data. A section that is
// static markup (no state, no handlers, no client component) costs, as one string, a copy and an
// escape; kept per data object, it is built once per data generation, not per request.
//
// `staticSection` renders a section's element tree here (host elements, function components, and
// next/link, whose server render is a plain <a>), to the same markup React's renderToStaticMarkup
// writes, and returns its outer element with the inside as dangerouslySetInnerHTML. The links
// inside are plain links: a click loads the page (served from the page cache) instead of a
// client-side navigation, and nothing is prefetched. Anything else (hooks, client components,
// event handlers, style objects, async components) throws: keep such a part outside the section.
//
// Inside a Next.js server, the outer element is ./StaticMarkup.tsx, and a document render (the
// page's HTML) leaves the markup out of the RSC payload: the HTML carries it once, the payload only
// its id (why, in StaticMarkup.tsx). The markup is kept here by id for the HTML render to find.
import { createHash } from "node:crypto";
import Link from "next/link";
import { headers } from "next/headers";
import { Fragment, cache, createElement, use, type ReactElement, type ReactNode } from "react";
import { StaticMarkup } from "./StaticMarkup";
import { STATIC_MARKUP_STORE } from "./static-markup-store";
import { escapeMarkup } from "./svg-markup";

/** What a section is rendered to: its outer element's type and attributes, and its inside as markup and its id. */
interface Rendered {
  type: string;
  props: Record<string, unknown>;
  html: string;
  id: string;
}

// Per data object (the frozen, cached page data: lib/cache/data.ts), then per section name.
const kept = new WeakMap<object, Map<string, Rendered | null>>();

/**
 * `render()`'s section (an element whose outermost host element holds the section) as that element
 * with its inside as one markup string. `data` is the object everything `render` reads comes from:
 * the result is kept per `data` object and `name`, so `render` must read nothing else that can change.
 */
export function staticSection(data: object, name: string, render: () => ReactNode): ReactElement | null {
  let sections = kept.get(data);
  if (!sections) kept.set(data, (sections = new Map()));
  let rendered = sections.get(name);
  if (rendered === undefined) {
    rendered = renderOuter(render());
    sections.set(name, rendered);
  }
  if (!rendered) return null;
  // Outside a Next.js server (tests, scripts) there is no request: the plain element.
  if (!process.env.NEXT_RUNTIME)
    return createElement(rendered.type, { ...rendered.props, dangerouslySetInnerHTML: { __html: rendered.html } });
  const documentRender = use(isDocumentRender());
  if (documentRender) keep(rendered);
  return createElement(StaticMarkup, {
    tag: rendered.type,
    attributes: rendered.props,
    id: rendered.id,
    html: documentRender ? undefined : rendered.html,
  });
}

/**
 * Whether this render is the page's HTML (a document request), whose payload can leave the markup
 * out. Anything else keeps it in the payload: a client-side navigation's or prefetch's RSC request
 * (`RSC: 1`, the header Next.js routes them by) and a server action's answer (`Next-Action`), both
 * rendered by the browser from the payload alone.
 */
const isDocumentRender = cache(async (): Promise<boolean> => {
  const request = await headers();
  return request.get("rsc") === null && request.get("next-action") === null;
});

/** The outermost host element of `node`, its children rendered to markup. */
function renderOuter(node: ReactNode): Rendered | null {
  if (node === null || node === undefined || typeof node === "boolean") return null;
  const element = asElement(node);
  if (typeof element.type === "function") return renderOuter(callComponent(element));
  if (typeof element.type !== "string") throw new Error(`A static section must be one host element.`);
  const { children, dangerouslySetInnerHTML, ...props } = element.props;
  const html = innerMarkup({ children, dangerouslySetInnerHTML });
  return { type: element.type, props, html, id: createHash("sha256").update(html).digest("base64url").slice(0, 22) };
}

interface AnyElement {
  type: unknown;
  props: Record<string, unknown>;
}

function asElement(node: unknown): AnyElement {
  if (typeof node === "object" && node !== null && "$$typeof" in node && "type" in node && "props" in node)
    return node as AnyElement;
  throw new Error(`Not a React element: ${String(node)}`);
}

function callComponent(element: AnyElement): ReactNode {
  const component = element.type as ((props: unknown) => ReactNode) & { $$typeof?: symbol };
  if (component.$$typeof !== undefined) throw new Error("Client components cannot be rendered to static markup.");
  const result = component(element.props);
  if (result instanceof Promise) throw new Error("Async components cannot be rendered to static markup.");
  return result;
}

/** Markup of any children, as renderToStaticMarkup writes them. */
function renderChildren(node: unknown): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint")
    return escapeMarkup(String(node));
  if (Array.isArray(node)) return node.map(renderChildren).join("");
  const element = asElement(node);
  if (element.type === Fragment) return renderChildren(element.props.children);
  if (element.type === Link) return renderLink(element.props);
  if (typeof element.type === "function") return renderChildren(callComponent(element));
  if (typeof element.type === "string") return renderHost(element.type, element.props);
  throw new Error(`Cannot render ${String(element.type)} to static markup.`);
}

// Link's own props, which its server render leaves off the <a> (next/dist/client/app-dir/link.js).
const LINK_ONLY = new Set(["as", "prefetch", "replace", "scroll", "shallow", "passHref", "legacyBehavior", "locale"]);

/** next/link's server render: an <a> with its other props, then its href (no base path is configured). */
function renderLink(props: Record<string, unknown>): string {
  if (typeof props.href !== "string") throw new Error("A static link's href must be a string.");
  const { href, children, ...rest } = props;
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (!LINK_ONLY.has(key)) attributes[key] = value;
  return renderHost("a", { ...attributes, href, children });
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
// The props React writes under another name, and those it writes as spelt (only those checked
// against React's own output in tests/components/public/static-markup.test.tsx: a new one throws).
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", tabIndex: "tabindex" };
const AS_SPELT = new Set(["colSpan", "rowSpan", "dateTime", "autoComplete", "maxLength", "viewBox"]);
const BOOLEAN = new Set(["open", "hidden"]);

function renderHost(type: string, props: Record<string, unknown>): string {
  let open = `<${type}`;
  for (const [key, value] of Object.entries(props)) {
    if (key === "children" || key === "dangerouslySetInnerHTML" || key === "suppressHydrationWarning") continue;
    open += attribute(key, value);
  }
  if (VOID.has(type)) return `${open}/>`;
  return `${open}>${innerMarkup(props)}</${type}>`;
}

/** An element's inside: its dangerouslySetInnerHTML as given, else its children. */
function innerMarkup(props: Record<string, unknown>): string {
  const inner = props.dangerouslySetInnerHTML as { __html?: unknown } | undefined;
  return inner ? String(inner.__html ?? "") : renderChildren(props.children);
}

function attribute(key: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  const name = RENAMED[key] ?? key;
  if (name === key && !AS_SPELT.has(key) && /[A-Z]/.test(key))
    throw new Error(`No static markup for the attribute ${key}.`);
  if (typeof value === "boolean") {
    if (key.startsWith("aria-") || key.startsWith("data-")) return ` ${name}="${value}"`;
    if (BOOLEAN.has(key)) return value ? ` ${name}=""` : "";
    throw new Error(`No static markup for the boolean attribute ${key}.`);
  }
  if (typeof value !== "string" && typeof value !== "number") throw new Error(`No static markup for ${key}.`);
  return ` ${name}="${escapeMarkup(value)}"`;
}

/**
 * Section markup by id for the HTML render of the same request (StaticMarkup.tsx reads it), in this
 * process (./static-markup-store.ts). Each render puts its sections last; the oldest go first beyond
 * `maxChars` (16 M by default), far more than the sections of the pages rendered between a render and
 * its HTML, milliseconds apart.
 */
export class KeptMarkup {
  private readonly byId = new Map<string, string>();
  private chars = 0;

  constructor(private readonly maxChars = 16 * 1024 * 1024) {}

  get(id: string): string | undefined {
    return this.byId.get(id);
  }

  put(id: string, html: string): void {
    const known = this.byId.get(id);
    if (known !== undefined) {
      this.byId.delete(id);
      this.chars -= known.length;
    }
    this.byId.set(id, html);
    this.chars += html.length;
    for (const [oldest, markup] of this.byId) {
      if (this.chars <= this.maxChars) break;
      this.byId.delete(oldest);
      this.chars -= markup.length;
    }
  }
}
const shared = globalThis as unknown as Record<string, KeptMarkup | undefined>;
const keptMarkup = (shared[STATIC_MARKUP_STORE] ??= new KeptMarkup());
const keep = (rendered: Rendered): void => keptMarkup.put(rendered.id, rendered.html);
