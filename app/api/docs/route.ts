// The interactive reference of the public API.
import { docsPage } from "@/lib/api/docs";

export function GET(req: Request): Response {
  return new Response(docsPage(req.headers.get("x-nonce")), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
