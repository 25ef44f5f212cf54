// A background job's state and progress (lib/jobs), for the admin's progress bar and the CLI.
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { authorizeImportJobs } from "@/lib/import/job";
import { findJob } from "@/lib/jobs";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route<Ctx>(async (_req, { params }, actor) => {
  // Import is the one kind of job: whoever may import may watch one (checked before the job is looked up).
  authorizeImportJobs(actor);
  const job = await findJob(getDb(), (await params).id);
  if (!job) throw new NotFound("No such job.");
  return { data: job };
});
