// Per-page metadata: title, description, canonical URL, OpenGraph, Twitter card and the Atom feed
// link, from one call, so no public page can forget one of them.
import type { Metadata } from "next";
import { absoluteUrl, describe, SITE_NAME } from "./site";

/**
 * The not-found page's title ("Page not found · StackVerdict" through the root layout's template).
 * A page that answers 404 for a missing record returns it from generateMetadata too: Next.js sends
 * the route's own metadata in the RSC payload and puts it back after hydration, so a page that gave
 * nothing ended up titled as the home page (vercel/next.js#95836; review 6, F10).
 */
export const NOT_FOUND_METADATA: Metadata = { title: "Page not found" };

export const FEED_LINK = { url: "/feed.xml", title: `${SITE_NAME}: verdict changes and newly verified claims` };

export function pageMetadata(page: {
  title: string | null;
  description: string;
  path: string;
  type?: "website" | "article";
}): Metadata {
  const url = absoluteUrl(page.path);
  const description = describe(page.description);
  const title = page.title ?? SITE_NAME;
  return {
    ...(page.title ? { title: page.title } : {}),
    description,
    alternates: { canonical: url, types: { "application/atom+xml": [FEED_LINK] } },
    openGraph: { title, description, url, siteName: SITE_NAME, type: page.type ?? "website", locale: "en" },
    twitter: { card: "summary", title, description },
  };
}
