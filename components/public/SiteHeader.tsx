import Link from "next/link";
import { SearchBox } from "./SearchBox";

const NAV = [
  { href: "/", label: "Home" },
  { href: "/technologies", label: "Technologies" },
  { href: "/compare", label: "Compare" },
  { href: "/wizard", label: "Wizard" },
  { href: "/search", label: "Search" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">✓</span>
          StackVerdict
        </Link>
        <SearchBox />
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            <li>
              {/* A plain link: the sign-in page belongs to the admin side, not the public bundle. */}
              <a href="/login" className="nav__signin">Sign in</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
