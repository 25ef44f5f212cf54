import type { Metadata } from "next";
import Link from "next/link";
import { NOT_FOUND_METADATA } from "@/lib/public/metadata";

/** "Page not found · StackVerdict" (the root layout's title template), not the home page's title; Next adds "noindex" itself. */
export const metadata: Metadata = NOT_FOUND_METADATA;

export default function NotFound() {
  return (
    <section className="page-head">
      <h1>Not found</h1>
      <p className="lead">There is no public page here. It may not be published yet, or it was removed.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </section>
  );
}
