// Cancels a background job: a queued one ends at once; a running one after the chunk it is writing.
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { authorizeImportJobs } from "@/lib/import/job";
import { requestCancel } from "@/lib/jobs";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const POST = route<Ctx>(async (_req, { params }, actor) => {
  authorizeImportJobs(actor);
  const job = await requestCancel(getDb(), (await params).id);
  if (!job) throw new NotFound("No such job.");
  return { data: job };
});
