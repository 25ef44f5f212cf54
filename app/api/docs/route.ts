// The interactive reference of the public API, inside the public site's header, breadcrumbs and
// footer (a way back to the site). The viewer's page itself and its CSP handling: lib/api/docs.ts.
import { docsPage } from "@/lib/api/docs";
import { frameHtmlPage } from "@/lib/public/site-frame";
import { suggestionNames } from "@/lib/search";

/** The header box's suggestions, as on every other page; the reference still loads without them. */
async function suggestions(): Promise<string[]> {
  try {
    return await suggestionNames();
  } catch (error) {
    console.error("The API reference's search suggestions could not be loaded", error);
    return [];
  }
}

export async function GET(req: Request): Promise<Response> {
  const page = frameHtmlPage(docsPage(req.headers.get("x-nonce")), {
    stylesheet: "/api/docs/site.css",
    current: "API reference",
    suggestions: await suggestions(),
  });
  return new Response(page, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
