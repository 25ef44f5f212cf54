// A name written before another that it only qualifies: a cloud vendor before its product ("AWS Lambda@Edge"), a
// parent's name that the product's full name contains ("S3 Glacier" for Amazon S3 Glacier).
import type { Mention } from "./technologies";

// The clouds whose name stands before their products' names ("AWS Lambda@Edge", "Azure Archive"): the vendor of
// the product written after it, not a second subject.
const VENDORS = new Set(["aws", "gcp", "azure", "cloudflare", "digitalocean"]);

/**
 * "AWS Lambda@Edge" -> Lambda@Edge, "S3 Glacier" -> Amazon S3 Glacier: a vendor's name, or a name that the full name
 * of the technology right after it contains, is that product's prefix, not a second subject.
 */
export function withoutPrefixes(text: string, mentions: Mention[], nameOf: (slug: string) => string): Mention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.start !== m.end + 1 || text[m.end] !== " ") return true;
    const written = text.slice(m.start, m.end);
    return !VENDORS.has(m.slug) && !` ${nameOf(next.slug)} `.includes(` ${written} `);
  });
}
