import Link from "next/link";
import { Fragment } from "react";
import { FOOTER_NAV, FOOTER_NOTE } from "@/lib/public/navigation";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{FOOTER_NOTE}</p>
        <nav aria-label="Site">
          <p>
            {FOOTER_NAV.map((l, i) => (
              <Fragment key={l.href}>
                {i > 0 && " · "}
                {l.plain ? <a href={l.href}>{l.label}</a> : <Link href={l.href}>{l.label}</Link>}
              </Fragment>
            ))}
          </p>
        </nav>
      </div>
    </footer>
  );
}
