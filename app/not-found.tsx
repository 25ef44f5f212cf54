// The root not-found boundary. Addresses no route matches are answered by app/(public)/[...missing]
// (the public site's chrome and its not-found message); this only shows for a notFound() outside the
// public pages, which none calls today. Kept small on purpose: Next.js sends the root not-found in
// every page's RSC payload, and it used to hold the whole public layout (a second header and
// footer, ≈ 90 elements, in every page). It still has its own landmark and a way home; it exists at
// all because Next.js's built-in fallback carries an inline <style> without the CSP nonce.
import { metadata as notFoundMetadata } from "./(public)/not-found";

export const metadata = notFoundMetadata;

export default function RootNotFound() {
  return (
    <main id="main" className="wrap site-main">
      <h1>Not found</h1>
      <p>
        There is no page here. <a href="/">Back to the home page</a>
      </p>
    </main>
  );
}
