// The public site's absolute address, for canonical links, OpenGraph and JSON-LD.
export { SITE_NAME, siteUrl, absoluteUrl } from "@/lib/net/site-url";
export const SITE_TAGLINE = "Which technology to pick, and why, with the evidence.";

/** Plain text cut to a description-sized sentence. */
export function describe(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, "")}…`;
}
