import type { ReactNode } from "react";
import { SiteFooter } from "@/components/public/SiteFooter";
import { loadSearchSuggestions } from "@/components/public/SearchBox";
import { SiteHeader } from "@/components/public/SiteHeader";
import "./public.css";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="site">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader suggestions={await loadSearchSuggestions()} />
      <main id="main" className="wrap site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
