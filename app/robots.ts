// robots.txt: the public site is for everyone; the admin, its API and sign-in are not for crawlers.
import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/public/site";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/admin", "/api/auth", "/login"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
