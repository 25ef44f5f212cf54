// The OpenAPI 3.1 document of /api/v1, generated from the endpoint registry.
import { openApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS } from "@/lib/api/handle";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { ...CORS_HEADERS, "cache-control": "public, max-age=300" } });
}
