// The viewer's files: its bundle (from node_modules), the nonce hand-over, and the public site's
// stylesheet (the same file the public pages use), so the framed reference looks like the site.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { INIT_SCRIPT, viewerBundle } from "@/lib/api/docs";
import { NotFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

const JS = "text/javascript; charset=utf-8";

/** The site's font (next/font serves it to the React pages, under a name only they know). */
const FONT_FILE = path.join("node_modules", "geist", "dist", "fonts", "geist-sans", "Geist-Variable.woff2");

/**
 * The font for the framed page: public.css asks for var(--font-geist-sans), which next/font defines
 * only on the React pages' <html>; without it the whole font-family is dropped (the browser's serif).
 */
const DOCS_FONT_CSS = `@font-face {
  font-family: "Geist";
  src: url("/api/docs/geist-sans.woff2") format("woff2");
  font-weight: 100 900;
  font-style: normal;
  font-display: swap;
}
.site {
  --font-geist-sans: "Geist";
}
`;

let siteCss: Promise<string> | null = null;
/** app/(public)/public.css and the search box's stylesheet, read once per process. */
function siteStylesheet(): Promise<string> {
  // The header's search box has its own stylesheet beside its component: the framed header needs it too.
  const files = [path.join("app", "(public)", "public.css"), path.join("components", "public", "SearchBox.css")];
  // Read from the app's folder at run time (the server runs from it, no standalone output): the
  // marker keeps the build from tracing the whole project into the route's dependencies.
  siteCss ??= Promise.all(
    files.map((file) => readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), file), "utf8")),
  )
    .then((parts) => [DOCS_FONT_CSS, ...parts].join("\n"))
    .catch((error: unknown) => {
      siteCss = null;
      throw error;
    });
  return siteCss;
}

export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await params;
  if (asset === "init.js")
    return new Response(INIT_SCRIPT, { headers: { "content-type": JS, "cache-control": "public, max-age=3600" } });
  if (asset === "rapidoc-min.js") {
    return new Response(new Uint8Array(await viewerBundle()), {
      headers: { "content-type": JS, "cache-control": "public, max-age=86400" },
    });
  }
  if (asset === "geist-sans.woff2") {
    return new Response(new Uint8Array(await readFile(path.join(process.cwd(), FONT_FILE))), {
      headers: { "content-type": "font/woff2", "cache-control": "public, max-age=86400" },
    });
  }
  if (asset === "site.css") {
    return new Response(await siteStylesheet(), {
      headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" },
    });
  }
  return errorResponse(new NotFound("This file"));
}
