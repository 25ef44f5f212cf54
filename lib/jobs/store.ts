// The Job row: the one truth about a piece of background work, whichever queue carries it. A runner
// holds a job by a lease (owner + time) it renews as it works; every progress record checks the lease
// in the same statement, so a runner that lost its job (it stalled, another took over) can never write
// for it again. A dead runner's lease runs out and the sweeper hands the job to another (queue.ts).
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";

export type JobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED" | "CANCELLED";
export type Progress = Record<string, number>;

/** A job as the admin and the CLI see it. */
export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  progress: Progress;
  result: unknown;
  error: string | null;
  cancelRequested: boolean;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
}

export const FINISHED: readonly JobStatus[] = ["DONE", "FAILED", "CANCELLED"];

/** How long a runner holds a job without renewing (JOB_LEASE_MS, default 30 s): how soon a dead runner's job moves on. */
export const leaseMs = (): number => Number(process.env.JOB_LEASE_MS ?? 30_000);

const until = (): Date => new Date(Date.now() + leaseMs());

type JobRow = Awaited<ReturnType<Db["job"]["findUniqueOrThrow"]>>;

export function viewOf(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as JobStatus,
    progress: (row.progress ?? {}) as Progress,
    result: row.result ?? null,
    error: row.error,
    cancelRequested: row.cancelRequested,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function createJob(
  tx: Db | Tx,
  kind: string,
  progress: Progress,
  createdById: string | null,
): Promise<string> {
  const row = await tx.job.create({ data: { kind, progress, createdById }, select: { id: true } });
  return row.id;
}

export async function findJob(db: Db | Tx, id: string): Promise<JobView | null> {
  const row = await db.job.findUnique({ where: { id } });
  return row ? viewOf(row) : null;
}

/**
 * Takes the job for `owner` if nobody holds it (queued, or running under an expired lease): true when
 * taken. One statement, so two runners racing for it cannot both win.
 */
export async function takeJob(db: Db, id: string, owner: string): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: {
      id,
      status: { in: ["QUEUED", "RUNNING"] },
      OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }, { leaseOwner: owner }],
    },
    data: { status: "RUNNING", leaseOwner: owner, leaseUntil: until(), attempts: { increment: 1 } },
  });
  return count === 1;
}

/** Renews the lease (and stores progress) if `owner` still holds the job; false when it lost it. */
export async function renewLease(db: Db | Tx, id: string, owner: string, progress?: Progress): Promise<boolean> {
  const data: Prisma.JobUpdateManyMutationInput = { leaseUntil: until(), ...(progress ? { progress } : {}) };
  const { count } = await db.job.updateMany({ where: { id, leaseOwner: owner, status: "RUNNING" }, data });
  return count === 1;
}

export async function cancelRequested(db: Db, id: string): Promise<boolean> {
  return (await db.job.findUnique({ where: { id }, select: { cancelRequested: true } }))?.cancelRequested ?? false;
}

/** Ends the job if `owner` still holds it. */
export async function finishJob(
  db: Db,
  id: string,
  owner: string,
  end: { status: Exclude<JobStatus, "QUEUED" | "RUNNING">; result?: unknown; error?: string },
): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id, leaseOwner: owner, status: "RUNNING" },
    data: {
      status: end.status,
      result: (end.result ?? undefined) as Prisma.InputJsonValue | undefined,
      error: end.error ?? null,
      leaseOwner: null,
      leaseUntil: null,
      finishedAt: new Date(),
    },
  });
  return count === 1;
}

/**
 * Asks the job to stop. A job no runner holds yet ends at once; a running one stops after the chunk
 * it is writing (which lands whole), and its runner marks it CANCELLED.
 */
export async function requestCancel(db: Db, id: string): Promise<JobView | null> {
  await db.job.updateMany({
    where: { id, status: "QUEUED" },
    data: { status: "CANCELLED", cancelRequested: true, finishedAt: new Date() },
  });
  await db.job.updateMany({ where: { id, status: "RUNNING" }, data: { cancelRequested: true } });
  return findJob(db, id);
}

/** Jobs that need a runner: running under an expired lease (its runner died), or queued longer than a lease (the message was lost). */
export async function orphanedJobs(db: Db): Promise<string[]> {
  const now = new Date();
  const rows = await db.job.findMany({
    where: {
      OR: [
        { status: "RUNNING", leaseUntil: { lt: now } },
        { status: "QUEUED", createdAt: { lt: new Date(now.getTime() - leaseMs()) } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  return rows.map((r) => r.id);
}
