import { jsonLdString } from "@/lib/public/json-ld";

/** A JSON-LD block; the JSON is escaped so text inside it can never close the script tag. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(data) }} />;
}
