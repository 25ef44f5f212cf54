// Import documents: multipart files[], JSON {text, filename?} or JSON {url} (a text that is only an
// address counts as {url}); ?dryRun=1 previews without writing. A URL is fetched here, on the server,
// through the SSRF guard (lib/net), only after the caller is authorized to import.
import { getDb } from "@/lib/db/client";
import { PayloadTooLarge, ValidationError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { addressIn, fetchAll } from "@/lib/import/from-url";
import { MAX_IMPORT_BYTES, uploadLabel } from "@/lib/import/limits";
import { importFiles, type ImportInput } from "@/lib/import/service";
import { articles, claims } from "@/lib/resources";
import { authorize } from "@/lib/services/records";

export const dynamic = "force-dynamic";

const MAX_REQUEST_BYTES = 5 * MAX_IMPORT_BYTES;

export const POST = route(async (req, _ctx, actor) => {
  const who = authorize(articles, actor, "create");
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_REQUEST_BYTES) throw new PayloadTooLarge(`The upload is ${(length / 1024 / 1024).toFixed(1)} MB; at most ${MAX_REQUEST_BYTES / 1024 / 1024} MB per request.`);
  const dryRun = ["1", "true"].includes(new URL(req.url).searchParams.get("dryRun") ?? "");
  const inputs: ImportInput[] = [];
  if ((req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const form = await req.formData();
    for (const entry of form.getAll("files[]").concat(form.getAll("files"))) {
      if (typeof entry === "string") continue;
      // The client's file name is a label only (see uploadLabel): the upload is read from memory.
      const filename = uploadLabel(entry.name);
      if (entry.size > MAX_IMPORT_BYTES) throw new PayloadTooLarge(`${filename} is ${(entry.size / 1024 / 1024).toFixed(1)} MB; the import limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB per file.`);
      inputs.push({ filename, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
  } else {
    const body = (await readJson(req, MAX_IMPORT_BYTES)) as { text?: unknown; filename?: unknown; url?: unknown };
    const url = typeof body.url === "string" ? body.url : typeof body.text === "string" ? addressIn(body.text) : null;
    if (url !== null) {
      // The server fetches nothing for a caller who may not import.
      authorize(claims, who, "create");
      const fetched = await fetchAll([url]);
      if (fetched.errors.length) return Response.json({ data: { articles: [], contradictions: [], errors: fetched.errors } }, { status: 400 });
      inputs.push(...fetched.inputs);
    } else {
      if (typeof body.text !== "string") throw new ValidationError({ text: ["Paste the document text or a web address."] });
      inputs.push({ filename: uploadLabel(typeof body.filename === "string" ? body.filename : null, "pasted.txt"), text: body.text });
    }
  }
  if (!inputs.length) throw new ValidationError({ files: ["Choose at least one file."] });
  const report = await importFiles(getDb(), who, inputs, { dryRun });
  return Response.json({ data: report }, { status: report.errors.length && !report.articles.length ? 400 : 200 });
});
