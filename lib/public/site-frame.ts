// The public site's header and footer as plain HTML, for the one public page that is not a React
// page: the API reference (/api/docs), a route handler serving the RapiDoc viewer under the
// site's CSP. Same navigation lists as SiteHeader and SiteFooter, same class names, so the site's
// stylesheet (served beside the viewer as /api/docs/site.css) gives it the site's look.
import { escapeHtml } from "@/lib/text/sanitize";
import { FOOTER_NAV, FOOTER_NOTE, MAIN_NAV, SIGN_IN, type NavLink } from "./navigation";

const link = (l: NavLink, className?: string) =>
  `<a href="${escapeHtml(l.href)}"${className ? ` class="${className}"` : ""}>${escapeHtml(l.label)}</a>`;

export function siteHeaderHtml(): string {
  const items = MAIN_NAV.map((l) => `<li>${link(l)}</li>`).join("");
  return (
    `<header class="site-header"><div class="wrap site-header__inner">` +
    `<a href="/" class="brand"><span class="brand__mark" aria-hidden="true">✓</span>StackVerdict</a>` +
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
export function frameHtmlPage(html: string, { stylesheet, current }: { stylesheet: string; current: string }): string {
  return html
    .replace("</head>", `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">\n</head>`)
    .replace(
      /<body>/,
      `<body>\n<div class="site"><a href="#main" class="skip-link">Skip to content</a>${siteHeaderHtml()}<main id="main" class="wrap site-main site-main--framed" tabindex="-1">${breadcrumbsHtml(current)}`,
    )
    .replace("</body>", `</main>${siteFooterHtml()}</div>\n</body>`);
}
