// Import documents: multipart files[], JSON {text, filename?} or JSON {url} (a text that is only an
// address counts as {url}); ?dryRun=1 previews without writing; ?background=1 stores the upload as a
// durable job (lib/import/job.ts) and answers 202 with it at once (progress: /api/admin/jobs/[id]). A URL is fetched here, on the server,
// through the SSRF guard (lib/net), only after the caller is authorized to import.
import { getDb } from "@/lib/db/client";
import { PayloadTooLarge, ValidationError } from "@/lib/errors";
import { readMultipart } from "@/lib/http/body";
import { readJson, route } from "@/lib/http/route";
import { addressIn, fetchAll } from "@/lib/import/from-url";
import { MAX_IMPORT_BYTES, uploadLabel } from "@/lib/import/limits";
import { createImportJob } from "@/lib/import/job";
import { importFiles, type ImportInput } from "@/lib/import/service";
import { enqueueJob } from "@/lib/jobs";
import { articles, claims } from "@/lib/resources";
import { authorize } from "@/lib/services/records";

export const dynamic = "force-dynamic";

export const POST = route(async (req, _ctx, actor) => {
  const who = authorize(articles, actor, "create");
  const flag = (name: string) => ["1", "true"].includes(new URL(req.url).searchParams.get(name) ?? "");
  const dryRun = flag("dryRun");
  const background = flag("background") && !dryRun;
  const inputs: ImportInput[] = [];
  if ((req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const form = await readMultipart(req);
    for (const entry of form.getAll("files[]").concat(form.getAll("files"))) {
      if (typeof entry === "string") continue;
      // The client's file name is a label only (see uploadLabel): the upload is read from memory.
      const filename = uploadLabel(entry.name);
      if (entry.size > MAX_IMPORT_BYTES)
        throw new PayloadTooLarge(
          `${filename} is ${(entry.size / 1024 / 1024).toFixed(1)} MB; the import limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB per file.`,
        );
      inputs.push({ filename, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
  } else {
    const body = await readJson(req, MAX_IMPORT_BYTES);
    // Any JSON may arrive (null, a list, a number): only an object's own fields are read.
    const field = (name: string) =>
      body !== null && typeof body === "object" && Object.hasOwn(body, name)
        ? (body as Record<string, unknown>)[name]
        : undefined;
    const text = field("text");
    const filename = field("filename");
    const given = field("url");
    const url = typeof given === "string" ? given : typeof text === "string" ? addressIn(text) : null;
    if (url !== null) {
      // The server fetches nothing for a caller who may not import.
      authorize(claims, who, "create");
      const fetched = await fetchAll([url]);
      if (fetched.errors.length)
        return Response.json({ data: { articles: [], contradictions: [], errors: fetched.errors } }, { status: 400 });
      inputs.push(...fetched.inputs);
    } else {
      if (typeof text !== "string") throw new ValidationError({ text: ["Paste the document text or a web address."] });
      inputs.push({ filename: uploadLabel(typeof filename === "string" ? filename : null, "pasted.txt"), text });
    }
  }
  if (!inputs.length) throw new ValidationError({ files: ["Choose at least one file."] });
  if (background) {
    const job = await createImportJob(getDb(), who, inputs);
    await enqueueJob(job.id);
    return Response.json({ data: job }, { status: 202, headers: { location: `/api/admin/jobs/${job.id}` } });
  }
  const report = await importFiles(getDb(), who, inputs, { dryRun });
  return Response.json({ data: report }, { status: report.errors.length && !report.articles.length ? 400 : 200 });
});
