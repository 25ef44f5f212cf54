// sitemap.xml: every public page (lib/public/sitemap.ts applies the visibility rules).
import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/public/sitemap";

// Read per request: a newly published claim is listed at once, and the build needs no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
