import type { ReactNode } from "react";
import { safeHref } from "@/lib/text/sanitize";

/** A link to another site from stored data: only http(s)/mailto targets become links, anything else is plain text. */
export function ExternalLink({
  href,
  children,
  className = "external",
}: {
  href: string | null | undefined;
  children: ReactNode;
  className?: string;
}) {
  const safe = safeHref(href);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" className={className}>
      {children}
    </a>
  );
}
