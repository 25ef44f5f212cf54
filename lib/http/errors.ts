// Errors → HTTP, in one place. Bad input is never a 500.
import { AppError, TooManyRequests } from "@/lib/errors";
import { fromDatabaseError } from "@/lib/errors/database";

export function errorResponse(error: unknown): Response {
  const known = error instanceof AppError ? error : fromDatabaseError(error);
  if (known) {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (known.status === 503) headers["retry-after"] = "5";
    if (known instanceof TooManyRequests) headers["retry-after"] = String(Math.ceil(known.retryAfterMs / 1000));
    return new Response(JSON.stringify({ error: known.toJSON() }), { status: known.status, headers });
  }
  console.error("Unhandled error", error);
  return Response.json(
    { error: { code: "internal_error", message: "Something went wrong on our side. It has been logged." } },
    { status: 500 },
  );
}
