// The interactive reference of the public API, inside the public site's header, breadcrumbs and
// footer (a way back to the site). The viewer's page itself and its CSP handling: lib/api/docs.ts.
import { docsPage } from "@/lib/api/docs";
import { frameHtmlPage } from "@/lib/public/site-frame";

export function GET(req: Request): Response {
  const page = frameHtmlPage(docsPage(req.headers.get("x-nonce")), {
    stylesheet: "/api/docs/site.css",
    current: "API reference",
  });
  return new Response(page, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
