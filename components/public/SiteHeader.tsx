import Link from "next/link";
import { MAIN_NAV } from "@/lib/public/navigation";
import { SearchBox } from "./SearchBox";

// The navigation lists live in lib/public/navigation.ts (shared with the framed API reference).
const NAV = MAIN_NAV;

export function SiteHeader({ suggestions }: { suggestions: string[] }) {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ✓
          </span>
          StackVerdict
        </Link>
        <SearchBox names={suggestions} />
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            <li>
              {/* A plain link: the sign-in page belongs to the admin side, not the public bundle. */}
              <a href="/login" className="nav__signin">
                Sign in
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
