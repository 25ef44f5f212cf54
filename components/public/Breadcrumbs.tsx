import Link from "next/link";

export interface Crumb {
  href: string;
  label: string;
}

/**
 * Where a detail page sits: "Home › Comparisons › Django vs FastAPI". The trail links every level
 * above the page; the page itself is the last item, marked as the current one and not a link.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link href="/">Home</Link>
        </li>
        {trail.map((c) => (
          <li key={c.href}>
            <Link href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
