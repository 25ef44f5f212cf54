import Link from "next/link";

/**
 * "← Previous · Page 2 of 7 · Next →" under a paginated public list. `capped`: the count stopped at
 * its cap, so the last page number is a floor ("of 400+").
 */
export function Pager({
  page,
  pages,
  capped = false,
  hrefOf,
  label,
}: {
  page: number;
  pages: number;
  capped?: boolean;
  hrefOf: (page: number) => string;
  label: string;
}) {
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 && (
        <Link href={hrefOf(page - 1)} rel="prev">
          ← Previous
        </Link>
      )}
      <span aria-current="page">
        Page {page} of {pages}
        {capped ? "+" : ""}
      </span>
      {page < pages && (
        <Link href={hrefOf(page + 1)} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}
