// The site's own name and absolute address: needed by the public pages (canonical links, OpenGraph,
// JSON-LD) and by mail the auth layer sends (reset links), so it sits below both.
export const SITE_NAME = "StackVerdict";

export function siteUrl(): string {
  const base = process.env.NEXT_PUBLIC_SITE_URL || process.env.NEXTAUTH_URL || "http://localhost:3000";
  return base.replace(/\/+$/, "");
}

export const absoluteUrl = (path: string): string => `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
