// The public site's header and footer as plain HTML, for the one public page that is not a React
// page: the API reference (/api/docs), a route handler serving the RapiDoc viewer under the
// site's CSP. Same navigation lists as SiteHeader and SiteFooter, same class names, so the site's
// stylesheet (served beside the viewer as /api/docs/site.css) gives it the site's look.
import { escapeHtml } from "@/lib/text/sanitize";
import { FOOTER_NAV, FOOTER_NOTE, MAIN_NAV, SIGN_IN, type NavLink } from "./navigation";

const link = (l: NavLink, className?: string) =>
  `<a href="${escapeHtml(l.href)}"${className ? ` class="${className}"` : ""}>${escapeHtml(l.label)}</a>`;

/** The header's search box, as components/public/SearchBox.tsx renders it (same ids, classes and suggestions). */
export function searchBoxHtml(names: readonly string[]): string {
  const options = names.map((name) => `<option value="${escapeHtml(name)}"></option>`).join("");
  return (
    `<form role="search" aria-label="Site" action="/search" method="get" class="search-box">` +
    `<label for="site-search" class="sr-only">Search StackVerdict</label>` +
    `<input id="site-search" name="q" type="search" list="site-search-names" maxlength="200" placeholder="Django vs FastAPI" autocomplete="off">` +
    `<datalist id="site-search-names">${options}</datalist><button type="submit">Search</button></form>`
  );
}

export function siteHeaderHtml(suggestions: readonly string[] = []): string {
  const items = MAIN_NAV.map((l) => `<li>${link(l)}</li>`).join("");
  return (
    `<header class="site-header"><div class="wrap site-header__inner">` +
    `<a href="/" class="brand"><span class="brand__mark" aria-hidden="true">✓</span>StackVerdict</a>` +
    searchBoxHtml(suggestions) +
    `<nav aria-label="Main"><ul class="nav">${items}<li>${link(SIGN_IN, "nav__signin")}</li></ul></nav>` +
    `</div></header>`
  );
}

export function siteFooterHtml(): string {
  const links = FOOTER_NAV.map((l) => link(l)).join(" · ");
  return `<footer class="site-footer"><div class="wrap"><p>${escapeHtml(FOOTER_NOTE)}</p><p>${links}</p></div></footer>`;
}

export function breadcrumbsHtml(current: string): string {
  return `<nav aria-label="Breadcrumb" class="breadcrumbs"><ol><li><a href="/">Home</a></li><li aria-current="page">${escapeHtml(current)}</li></ol></nav>`;
}

/**
 * A complete HTML page's body put inside the site's frame: skip link, header, breadcrumbs,
 * main, footer; the site's stylesheet is linked in its head (a file: no inline style for the CSP).
 */
export function frameHtmlPage(
  html: string,
  { stylesheet, current, suggestions = [] }: { stylesheet: string; current: string; suggestions?: readonly string[] },
): string {
  return html
    .replace("</head>", `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">\n</head>`)
    .replace(
      /<body>/,
      `<body>\n<div class="site"><a href="#main" class="skip-link">Skip to content</a>${siteHeaderHtml(suggestions)}<main id="main" class="wrap site-main site-main--framed" tabindex="-1">${breadcrumbsHtml(current)}`,
    )
    .replace("</body>", `</main>${siteFooterHtml()}</div>\n</body>`);
}
