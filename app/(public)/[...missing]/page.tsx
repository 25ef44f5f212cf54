// Every address no route matches lands here, inside the public site's layout, and answers 404 with
// its not-found message (app/(public)/not-found.tsx), so a visitor keeps the navigation and the page
// has its landmarks. Routed here rather than drawn by app/not-found.tsx: Next.js puts the root
// not-found into every page's RSC payload (it is the root layout's not-found boundary), so a root
// not-found holding the public layout sent a second copy of the header and footer with every page.
import { notFound } from "next/navigation";
import { NOT_FOUND_METADATA } from "@/lib/public/metadata";

/** The page's own title: the not-found boundary's metadata is replaced after hydration (vercel/next.js#95836). */
export const metadata = NOT_FOUND_METADATA;

export default function UnmatchedAddress(): never {
  notFound();
}
