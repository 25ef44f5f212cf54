// An address no route matches gets the public site's chrome and its not-found message (Next only
// uses app/(public)/not-found.tsx for notFound() inside that group), so a visitor keeps the
// navigation and the page has its landmarks. (Next's built-in fallback also carries an inline
// <style> without the CSP nonce, which the policy would block.)
import PublicLayout from "./(public)/layout";
import NotFound, { metadata as notFoundMetadata } from "./(public)/not-found";

export const metadata = notFoundMetadata;

export default function RootNotFound() {
  return (
    <PublicLayout>
      <NotFound />
    </PublicLayout>
  );
}
