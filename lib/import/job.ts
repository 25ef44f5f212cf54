// An import as a durable job (lib/jobs): the upload is stored first (one JobDocument row per input)
// and answered at once; a runner then imports the pending documents through importFiles, the same
// write path as a direct import. Each chunk's transaction also marks its documents DONE or FAILED and
// stores the job's progress (ImportOptions.onCommit), so a runner that dies mid-way leaves every
// document either written and marked, or neither: the next runner resumes at the first PENDING one,
// and a document written twice is impossible (and would anyway be recognised by its content hash).
import { SYSTEM, type Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { createJob, findJob, type JobView, type Progress } from "@/lib/jobs/store";
import type { JobContext, JobKind } from "@/lib/jobs/runner";
import { articles, claims } from "@/lib/resources";
import { authorize } from "@/lib/services/records";
import type { Page } from "./readable";
import type { ImportInput } from "./read";
import { Prisma } from "@/lib/generated/sqlite/client";
import { ImportStopped, importSource, loadImportContext, type DocumentOutcome, type InputSource } from "./service";

export const IMPORT_JOB = "import";

/** Documents read from the database per importFiles call: bounds memory, whatever the upload's size. */
const SLICE = 256;
/** Rows per insert when storing an upload: below SQLite's limit of bound parameters. */
const STORE_BATCH = 500;
/** Errors kept in the job's result (all of them stay on the documents' rows). */
const RESULT_ERRORS = 100;

export interface ImportProgress extends Progress {
  total: number;
  done: number;
  imported: number;
  repeats: number;
  claims: number;
  errors: number;
}

/** Who may start, watch or cancel an import job: whoever may import (staff). */
export function authorizeImportJobs(actor: Actor | null): Actor {
  return authorize(claims, authorize(articles, actor, "create"), "create");
}

/** Stores the upload as a queued job and returns it; the caller hands its id to the queue (lib/jobs/queue). */
export async function createImportJob(db: Db, actor: Actor | null, inputs: ImportInput[]): Promise<JobView> {
  const who = authorizeImportJobs(actor);
  const progress: ImportProgress = { total: inputs.length, done: 0, imported: 0, repeats: 0, claims: 0, errors: 0 };
  const id = await db.$transaction(
    async (tx) => {
      const jobId = await createJob(tx, IMPORT_JOB, progress, who.id || null);
      for (let from = 0; from < inputs.length; from += STORE_BATCH) {
        await tx.jobDocument.createMany({
          data: inputs
            .slice(from, from + STORE_BATCH)
            .map((input, i) => ({ jobId, position: from + i, ...stored(input) })),
        });
      }
      return jobId;
    },
    { timeout: 120_000 },
  );
  return (await findJob(db, id)) as JobView;
}

function stored(input: ImportInput): Pick<Prisma.JobDocumentCreateManyInput, "filename" | "bytes" | "text" | "page"> {
  if ("page" in input) return { filename: input.filename, page: input.page as unknown as Prisma.InputJsonValue };
  return {
    filename: input.filename,
    bytes: input.bytes ? Buffer.from(input.bytes) : null,
    text: input.bytes ? null : (input.text ?? ""),
  };
}

type StoredDocument = {
  position: number;
  filename: string;
  bytes: Uint8Array | null;
  text: string | null;
  page: unknown;
};

function inputOf(row: StoredDocument): ImportInput {
  if (row.page) return { filename: row.filename, page: row.page as Page };
  return row.bytes
    ? { filename: row.filename, bytes: new Uint8Array(row.bytes) }
    : { filename: row.filename, text: row.text ?? "" };
}

/** The user the job imports as, as they are now (a deactivated user's job fails on authorization). */
async function actorOf(db: Db, createdById: string | null): Promise<Actor | null> {
  if (!createdById) return SYSTEM;
  const user = await db.user.findUnique({
    where: { id: createdById },
    select: { id: true, email: true, name: true, role: true, active: true, memberships: { select: { teamId: true } } },
  });
  return user?.active
    ? {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        teamIds: user.memberships.map((m) => m.teamId),
      }
    : null;
}

/** The progress as the documents' rows say: right after a restart too. */
async function progressOf(db: Db | Tx, jobId: string): Promise<ImportProgress> {
  const groups = await db.jobDocument.groupBy({
    by: ["state"],
    where: { jobId },
    _count: { _all: true },
    _sum: { claims: true },
  });
  const count = (state: string) => groups.find((g) => g.state === state)?._count._all ?? 0;
  const total = groups.reduce((n, g) => n + g._count._all, 0);
  return {
    total,
    done: total - count("PENDING"),
    imported: count("DONE"),
    repeats: count("REPEAT"),
    claims: groups.reduce((n, g) => n + (g._sum.claims ?? 0), 0),
    errors: count("FAILED"),
  };
}

const STATE: Record<DocumentOutcome["status"], string> = {
  imported: "DONE",
  "already-imported": "REPEAT",
  failed: "FAILED",
};

/** The progress once these outcomes (all of documents that were PENDING) have landed. */
function advanced(progress: ImportProgress, outcomes: DocumentOutcome[]): ImportProgress {
  const count = (status: DocumentOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return {
    ...progress,
    done: progress.done + outcomes.length,
    imported: progress.imported + count("imported"),
    repeats: progress.repeats + count("already-imported"),
    errors: progress.errors + count("failed"),
    claims: progress.claims + outcomes.reduce((n, o) => n + o.claims, 0),
  };
}

/**
 * Marks the documents PENDING → their outcome in one statement (one row of VALUES each); returns how
 * many it moved. A CTE names the VALUES' columns (SQLite has no column list on a FROM alias), and the
 * CASTs because PostgreSQL types a VALUES list's untyped parameters as text.
 */
async function markDocuments(tx: Tx, jobId: string, outcomes: DocumentOutcome[]): Promise<number> {
  const values = outcomes.map(
    (o) =>
      Prisma.sql`(CAST(${o.at} AS INTEGER), ${STATE[o.status]}, ${o.articleSlug}, CAST(${o.claims} AS INTEGER), ${o.message})`,
  );
  return tx.$executeRaw`WITH v(position, state, slug, claims, message) AS (VALUES ${Prisma.join(values)})
    UPDATE "JobDocument" SET "state" = v.state, "articleSlug" = v.slug, "claims" = v.claims, "message" = v.message FROM v
    WHERE "JobDocument"."jobId" = ${jobId} AND "JobDocument"."position" = v.position AND "JobDocument"."state" = 'PENDING'`;
}

/** The progress stored on the Job row: what the last committed chunk recorded (only the lease holder writes it). */
async function storedProgress(tx: Tx, jobId: string): Promise<ImportProgress> {
  return (await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { progress: true } }))
    .progress as unknown as ImportProgress;
}

/**
 * Marks the chunk's documents and stores the progress, in the chunk's transaction: the job shows
 * exactly what has committed. The stored counts move by the chunk's outcomes, or are read back from
 * the documents' rows if the marking moved fewer rows than expected (a document marked before).
 */
async function recordOutcomes(tx: Tx, ctx: JobContext, outcomes: DocumentOutcome[]): Promise<void> {
  // A runner going down (or a test stopping it) mid-chunk: the chunk rolls back, as a crash would leave it.
  if (ctx.aborted()) throw new ImportStopped("The runner stopped.");
  const moved = outcomes.length ? await markDocuments(tx, ctx.jobId, outcomes) : 0;
  const progress =
    moved === outcomes.length
      ? advanced(await storedProgress(tx, ctx.jobId), outcomes)
      : await progressOf(tx, ctx.jobId);
  try {
    await ctx.record(tx, progress);
  } catch (error) {
    // Another runner holds the job now: this chunk rolls back and this runner's import ends.
    throw error instanceof ImportStopped
      ? error
      : new ImportStopped(error instanceof Error ? error.message : String(error));
  }
}

/** The job's PENDING documents in order, SLICE rows from the database at a time: memory stays bounded. */
function storedDocuments(db: Db, jobId: string): InputSource {
  let after = -1;
  const buffer: Array<{ at: number; input: ImportInput }> = [];
  return async (size) => {
    if (buffer.length < size) {
      const rows = await db.jobDocument.findMany({
        where: { jobId, state: "PENDING", position: { gt: after } },
        orderBy: { position: "asc" },
        take: SLICE,
        select: { position: true, filename: true, bytes: true, text: true, page: true },
      });
      if (rows.length) after = rows[rows.length - 1].position;
      buffer.push(...rows.map((r) => ({ at: r.position, input: inputOf(r) })));
    }
    return buffer.splice(0, size);
  };
}

async function runImport(ctx: JobContext): Promise<unknown> {
  const { db, jobId } = ctx;
  const actor = await actorOf(db, ctx.createdById);
  const context = await loadImportContext(db);
  // The progress recounted from the documents' rows once per run: the base each chunk's record moves.
  const start = await db.$transaction(async (tx) => {
    const p = await progressOf(tx, jobId);
    await ctx.record(tx, p);
    return p;
  });
  // One run over every pending document: the reader pool reads ahead across the whole job.
  await importSource(db, actor, storedDocuments(db, jobId), start.total - start.done, {
    context,
    stop: ctx.shouldStop,
    summary: true,
    onCommit: (tx, outcomes) => recordOutcomes(tx, ctx, outcomes),
  });
  const progress = await progressOf(db, jobId);
  if (ctx.shouldStop()) return { ...progress, stopped: true };
  // Finished: the uploaded payloads are no longer needed; each document's outcome stays.
  await db.$executeRaw`UPDATE "JobDocument" SET "bytes" = NULL, "text" = NULL, "page" = NULL WHERE "jobId" = ${jobId}`;
  const errors = await db.jobDocument.findMany({
    where: { jobId, state: "FAILED" },
    orderBy: { position: "asc" },
    take: RESULT_ERRORS,
    select: { filename: true, message: true },
  });
  return { ...progress, errorList: errors.map((e) => ({ file: e.filename, message: e.message ?? "" })) };
}

export const importJob: JobKind = { kind: IMPORT_JOB, run: runImport };

/** One line for a job's progress: what the CLI prints as it runs (the admin shows the same as a bar). */
export function progressLine(job: JobView): string {
  const p = job.progress;
  const percent = p.total ? Math.floor((100 * p.done) / p.total) : 100;
  return `job ${job.id}: ${p.done}/${p.total} documents (${percent}%), ${p.claims} claims, ${p.errors} errors${p.repeats ? `, ${p.repeats} already imported` : ""} [${job.status.toLowerCase()}${job.cancelRequested && job.status === "RUNNING" ? ", cancelling" : ""}]`;
}
