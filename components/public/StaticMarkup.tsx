"use client";
// The outer element of a static section (./static-markup.ts), whose inside the page's RSC payload
// may leave out.
//
// Why: the HTML of a page render already carries the section's markup; the RSC payload inlined in
// the same page (as script text, for hydration) carried it a second time, escaped twice (JSON, then
// every "<" and ">" for the script tag): on the compare page, 68 of the payload's 76 KB, and the
// largest single cost of each render. A document render therefore sends the section's id only, and
// the markup reaches this component during the server's HTML render from the process's store of
// section markup (filled by static-markup.ts in the same process). In the browser, React
// never writes an element's dangerouslySetInnerHTML while hydrating (it leaves the server's inside
// as it is), so the markup is not needed there; it is read back from the element once hydrated, for
// a later mount of the same payload (the router's Back to the first page). A render for a client-side
// navigation (an RSC request, no HTML) sends the markup in the payload as before.
import { createElement } from "react";
import { STATIC_MARKUP_STORE } from "./static-markup-store";

type Store = { get(id: string): string | undefined };

// This page's sections as hydrated from the server's HTML, by id.
const hydrated = new Map<string, string>();

export interface StaticMarkupProps {
  tag: string;
  attributes: Record<string, unknown>;
  /** The markup's id (a hash of it). */
  id: string;
  /** The markup itself, or undefined when the page's HTML carries it. */
  html?: string;
}

export function StaticMarkup({ tag, attributes, id, html }: StaticMarkupProps) {
  const known = html ?? markupOf(id);
  return createElement(tag, {
    ...attributes,
    // While hydrating, React keeps the server's inside whatever this says; it never compares it.
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: known ?? "" },
    ref:
      known === undefined
        ? (element: Element | null) => {
            if (element) hydrated.set(id, element.innerHTML);
          }
        : undefined,
  });
}

function markupOf(id: string): string | undefined {
  const store = (globalThis as unknown as Record<string, Store | undefined>)[STATIC_MARKUP_STORE];
  if (!store) return hydrated.get(id); // the browser
  const markup = store.get(id);
  // On the server a missing section would be a page without it: fail the render instead.
  if (markup === undefined) throw new Error(`No markup kept for the static section ${id}.`);
  return markup;
}
