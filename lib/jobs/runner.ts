// Runs one job: takes its lease, keeps it alive while the kind works, and ends the job (DONE,
// CANCELLED, FAILED). Whatever queue delivered the job (pg-boss on PostgreSQL, the in-process queue on
// SQLite) calls runJob; two deliveries of one job are harmless, since only the lease holder runs it.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { cancelRequested, finishJob, leaseMs, renewLease, takeJob, type Progress } from "./store";

/** What a kind's run is given. */
export interface JobContext {
  db: Db;
  jobId: string;
  createdById: string | null;
  /**
   * Records progress inside the transaction of the work it describes, renewing the lease; throws
   * JobLost when this runner no longer holds the job (the transaction then rolls back).
   */
  record(tx: Tx, progress: Progress): Promise<void>;
  /** True once the job should stop at the next safe point: cancelled, or the runner is shutting down. */
  shouldStop(): boolean;
  /** True once the runner is going down: work in flight is abandoned (rolled back), as a crash would leave it. */
  aborted(): boolean;
}

export interface JobKind {
  kind: string;
  /** Does the work, resuming where an earlier runner left off; returns the job's result. */
  run(ctx: JobContext): Promise<unknown>;
}

/** This runner no longer holds the job: another took it over. */
export class JobLost extends Error {
  constructor(id: string) {
    super(`Job ${id} is held by another runner.`);
  }
}

export type RunOutcome = "done" | "cancelled" | "failed" | "busy" | "stopped" | "lost";

export interface RunOptions {
  /** Who runs it (a process and runner id); a fresh one by default. */
  owner?: string;
  /** Aborted when the runner must stop (shutdown, or a test stopping it mid-job): the lease is left to expire, as a dead process leaves it. */
  signal?: AbortSignal;
}

/** Runs the job if no other runner holds it. */
export async function runJob(
  db: Db,
  kinds: ReadonlyMap<string, JobKind>,
  id: string,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const owner = options.owner ?? `${process.pid}:${randomUUID()}`;
  if (!(await takeJob(db, id, owner))) return "busy";
  const row = await db.job.findUniqueOrThrow({
    where: { id },
    select: { kind: true, createdById: true, cancelRequested: true },
  });
  const kind = kinds.get(row.kind);
  if (!kind) {
    await finishJob(db, id, owner, { status: "FAILED", error: `No runner for jobs of kind "${row.kind}".` });
    return "failed";
  }
  let cancelled = row.cancelRequested;
  let lost = false;
  // The heartbeat keeps the lease while a long step runs (reading a chunk, loading the catalogue), and
  // hears a cancel asked through another process.
  const heartbeat = setInterval(
    () => {
      void renewLease(db, id, owner)
        .then(async (held) => {
          lost ||= !held;
          cancelled ||= await cancelRequested(db, id);
        })
        .catch(() => undefined);
    },
    Math.max(50, leaseMs() / 3),
  );
  const ctx: JobContext = {
    db,
    jobId: id,
    createdById: row.createdById,
    async record(tx, progress) {
      if (!(await renewLease(tx, id, owner, progress))) {
        lost = true;
        throw new JobLost(id);
      }
    },
    shouldStop: () => cancelled || lost || (options.signal?.aborted ?? false),
    aborted: () => options.signal?.aborted ?? false,
  };
  try {
    const result = await kind.run(ctx);
    if (options.signal?.aborted) return "stopped";
    if (lost) return "lost";
    const status = cancelled ? "CANCELLED" : "DONE";
    return (await finishJob(db, id, owner, { status, result })) ? (cancelled ? "cancelled" : "done") : "lost";
  } catch (error) {
    if (options.signal?.aborted) return "stopped";
    if (error instanceof JobLost || lost) return "lost";
    await finishJob(db, id, owner, { status: "FAILED", error: error instanceof Error ? error.message : String(error) });
    return "failed";
  } finally {
    clearInterval(heartbeat);
  }
}
