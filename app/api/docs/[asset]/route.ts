// The viewer's two script files: its bundle (from node_modules) and the nonce hand-over.
import { INIT_SCRIPT, viewerBundle } from "@/lib/api/docs";
import { NotFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";

const JS = "text/javascript; charset=utf-8";

export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await params;
  if (asset === "init.js") return new Response(INIT_SCRIPT, { headers: { "content-type": JS, "cache-control": "public, max-age=3600" } });
  if (asset === "rapidoc-min.js") {
    return new Response(new Uint8Array(await viewerBundle()), { headers: { "content-type": JS, "cache-control": "public, max-age=86400" } });
  }
  return errorResponse(new NotFound("This file"));
}
