// Root layout: the document shell only. The public site's chrome lives in app/(public)/layout.tsx,
// the admin has its own; both render inside this.
import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import type { ReactNode } from "react";
import { SITE_NAME, SITE_TAGLINE, siteUrl } from "@/lib/public/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME}: ${SITE_TAGLINE}`, template: `%s · ${SITE_NAME}` },
  description: "Evidence-backed technology verdicts: every figure and feature claim links to the sentence it came from.",
  applicationName: SITE_NAME,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body>{children}</body>
    </html>
  );
}
