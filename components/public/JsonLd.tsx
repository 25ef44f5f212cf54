import { jsonLdString } from "@/lib/public/json-ld";

/**
 * A JSON-LD block; the JSON is escaped so text inside it can never close the script tag. Data, not
 * code, but it carries the request's CSP nonce like every script, so no page has a script without one.
 */
export function JsonLd({ data, nonce }: { data: Record<string, unknown>; nonce?: string }) {
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdString(data) }} />;
}
