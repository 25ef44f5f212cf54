// Addresses no route matches: answered inside the public site's layout by a catch-all route that
// calls notFound(), so the root not-found (which Next.js sends in every page's RSC payload as the
// root layout's not-found boundary) stays small instead of carrying a second copy of the layout.
import { renderToStaticMarkup } from "react-dom/server";
import UnmatchedAddress from "@/app/(public)/[...missing]/page";
import RootNotFound from "@/app/not-found";

describe("an address no route matches", () => {
  it("is answered 404 by the public group's catch-all route, inside the public layout", () => {
    let digest: unknown;
    try {
      UnmatchedAddress();
    } catch (error) {
      digest = (error as { digest?: unknown }).digest;
    }
    expect(digest).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("leaves the root not-found small: a landmark, a heading and a way home, without the site's header or footer", () => {
    const page = renderToStaticMarkup(<RootNotFound />);
    expect(page).toContain("<main");
    expect(page).toContain("<h1>Not found</h1>");
    expect(page).toContain('href="/"');
    expect(page).not.toMatch(/site-header|site-footer|<datalist|<nav/);
  });
});
