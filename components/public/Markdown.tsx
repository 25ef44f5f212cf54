import { renderMarkdown } from "@/lib/text/sanitize";

/**
 * Editor-written markdown (verdict rationales, descriptions), rendered through the sanitizer:
 * the only place public pages insert HTML, and it never carries scripts, handlers or unsafe URLs.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div
      className={className ? `prose ${className}` : "prose"}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
