// The public site's navigation, described once: the header and footer components and the framed
// API reference page (lib/public/site-frame.ts) all render these lists.

export interface NavLink {
  href: string;
  label: string;
  /**
   * A plain <a>, not a client-side link: the target is not a page of the public site's router
   * (the API reference loads its own viewer, sign-in belongs to the admin side, feeds are XML).
   */
  plain?: boolean;
}

export const MAIN_NAV: readonly NavLink[] = [
  { href: "/technologies", label: "Technologies" },
  { href: "/compare", label: "Comparisons" },
  { href: "/use-cases", label: "Use cases" },
  { href: "/decisions", label: "Decisions" },
  { href: "/wizard", label: "Wizard" },
  { href: "/search", label: "Search" },
];

export const SIGN_IN: NavLink = { href: "/login", label: "Sign in", plain: true };

export const API_DOCS: NavLink = { href: "/api/docs", label: "API", plain: true };

/** The indexes of everything the verdicts rest on: linked from the footer and the breadcrumbs. */
export const CLAIMS_INDEX: NavLink = { href: "/claims", label: "Claims" };
export const SOURCES_INDEX: NavLink = { href: "/sources", label: "Sources" };

export const FOOTER_NAV: readonly NavLink[] = [
  ...MAIN_NAV.filter((l) => l.href !== "/search"),
  CLAIMS_INDEX,
  SOURCES_INDEX,
  API_DOCS,
  { href: "/feed.xml", label: "Atom feed", plain: true },
  { href: "/login", label: "Editors sign in", plain: true },
];

export const FOOTER_NOTE =
  "StackVerdict: technology verdicts where every claim links to the sentence it came from. Quotes belong to their authors; follow the source links to read them in full.";
