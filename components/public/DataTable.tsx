// The parts the public site's data tables share: the table with its caption for screen readers and
// its column headings, a figure's cell and a claim's cell. Plain components and next/link only, so
// markup rendered once per page data (./static-markup.ts) can use them.
import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "./StatusBadge";

/** A data table: a caption read by screen readers, one heading per column, then the rows given. */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: ReactNode;
  columns: string[];
  children: ReactNode;
}) {
  return (
    <table className="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A figure, and what its own setup adds to the one the table's figures share ("server Uvicorn"). */
export function FigureCell({ figure, own }: { figure: string; own: string }) {
  return (
    <td>
      {figure}
      {own && <span className="muted"> · {own}</span>}
    </td>
  );
}

/** A claim's title linked to its page, with its status when it is not verified. */
export function ClaimCell({ slug, title, status }: { slug: string; title: string; status: string }) {
  return (
    <td>
      <Link href={`/claims/${slug}`}>{title}</Link>
      {status !== "VERIFIED" && (
        <>
          {" "}
          <StatusBadge status={status} />
        </>
      )}
    </td>
  );
}
