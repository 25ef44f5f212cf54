// The viewer's files: its bundle (from node_modules), the nonce hand-over, and the public site's
// stylesheet (the same file the public pages use), so the framed reference looks like the site.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { INIT_SCRIPT, viewerBundle } from "@/lib/api/docs";
import { NotFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

const JS = "text/javascript; charset=utf-8";

let siteCss: Promise<string> | null = null;
/** app/(public)/public.css and the search box's stylesheet, read once per process. */
function siteStylesheet(): Promise<string> {
  // The header's search box has its own stylesheet beside its component: the framed header needs it too.
  const files = [path.join("app", "(public)", "public.css"), path.join("components", "public", "SearchBox.css")];
  siteCss ??= Promise.all(files.map((file) => readFile(path.join(process.cwd(), file), "utf8")))
    .then((parts) => parts.join("\n"))
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
  if (asset === "site.css") {
    return new Response(await siteStylesheet(), {
      headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" },
    });
  }
  return errorResponse(new NotFound("This file"));
}
