// Per-page metadata: title, description, canonical URL and OpenGraph from one call.
import type { Metadata } from "next";
import { absoluteUrl, describe, SITE_NAME } from "./site";

export function pageMetadata(page: { title: string | null; description: string; path: string; type?: "website" | "article" }): Metadata {
  const url = absoluteUrl(page.path);
  const description = describe(page.description);
  return {
    ...(page.title ? { title: page.title } : {}),
    description,
    alternates: { canonical: url },
    openGraph: { title: page.title ?? SITE_NAME, description, url, siteName: SITE_NAME, type: page.type ?? "website" },
  };
}
