// Root layout: the document shell only. The public site's chrome lives in app/(public)/layout.tsx,
// the admin has its own; both render inside this.
import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import { requestNonce } from "@/lib/http/nonce";
import { SITE_NAME, SITE_TAGLINE, siteUrl } from "@/lib/public/site";
import "./globals.css";

const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#17663a"/><path d="M9 16.5l4.5 4.5L23 11.5" stroke="#fff" stroke-width="3.2" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s · ${SITE_NAME}` },
  description:
    "Evidence-backed technology verdicts: every figure and feature claim links to the sentence it came from.",
  applicationName: SITE_NAME,
  // An inline icon: no favicon file to serve, no 404 in every browser's console.
  icons: { icon: `data:image/svg+xml,${encodeURIComponent(ICON)}` },
};

// Every route renders per request (see RootLayout). Pages must not export generateStaticParams:
// Next would try to prerender them, and a prerendered page can carry no nonce (it fails at run time).
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next.js can only stamp the CSP nonce (proxy.ts) on scripts of
  // a page rendered for that request. Public page data stays cached (lib/cache/data.ts).
  await requestNonce();
  return (
    <html lang="en" className={GeistSans.variable}>
      <body>{children}</body>
    </html>
  );
}
