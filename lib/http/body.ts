// Reading request bodies with a bound. Next.js's proxy (proxy.ts) buffers every request body it
// sees up to `experimental.proxyClientMaxBodySize` (next.config.js) and silently cuts off the
// rest; a route reading a cut multipart body would fail to parse it. That limit is set one byte
// above the largest body any route accepts (UPLOAD_REQUEST_MAX_BYTES), so a body too large for a
// route still reaches it larger than the route's limit, and is answered 413.
import { PayloadTooLarge, ValidationError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";

/** The largest request an upload may be: five files at the per-file limit (documented as 50 MB). */
export const UPLOAD_REQUEST_MAX_BYTES = 5 * MAX_IMPORT_BYTES;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (size: number, max: number) =>
  new PayloadTooLarge(`The upload is ${size > max ? "over " : ""}${mb(size)}; at most ${mb(max)} per request.`);

/** The body's bytes; refused as soon as it grows past `max`, whatever Content-Length said. */
export async function readBodyBytes(req: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > max) throw tooLarge(declared, max);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.length;
    if (size > max) {
      await reader?.cancel();
      throw tooLarge(size, max);
    }
    chunks.push(next.value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

/** A multipart/form-data body of at most `max` bytes; a cut or malformed one is the sender's 400. */
export async function readMultipart(req: Request, max = UPLOAD_REQUEST_MAX_BYTES): Promise<FormData> {
  const bytes = await readBodyBytes(req, max);
  try {
    return await new Response(bytes, { headers: { "content-type": req.headers.get("content-type") ?? "" } }).formData();
  } catch {
    const message = "The upload is not a complete multipart form: send the files again.";
    throw new ValidationError({ files: [message] }, message);
  }
}
