// The public site's absolute address, for canonical links, OpenGraph and JSON-LD.
export const SITE_NAME = "StackVerdict";
export const SITE_TAGLINE = "Which technology to pick, and why, with the evidence.";

export function siteUrl(): string {
  const base = process.env.NEXT_PUBLIC_SITE_URL || process.env.NEXTAUTH_URL || "http://localhost:3000";
  return base.replace(/\/+$/, "");
}

export const absoluteUrl = (path: string): string => `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;

/** Plain text cut to a description-sized sentence. */
export function describe(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, "")}…`;
}
