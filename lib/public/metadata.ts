// Per-page metadata: title, description, canonical URL, OpenGraph, Twitter card and the Atom feed
// link, from one call, so no public page can forget one of them.
import type { Metadata } from "next";
import { absoluteUrl, describe, SITE_NAME } from "./site";

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
