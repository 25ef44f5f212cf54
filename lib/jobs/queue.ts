// Where jobs wait for a runner. On PostgreSQL a pg-boss queue (its own schema, "pgboss"): every
// process with a worker polls it and takes one job at a time, so a job runs on whichever instance is
// free. On SQLite (one machine, one database file) the process runs its jobs itself, one at a time.
// Either way the Job row's lease is what makes a run exclusive (runner.ts), and each worker's sweeper
// hands on the jobs whose runner died (their lease ran out) or whose message was lost: after a restart
// a job resumes where its last committed chunk left it.
import PgBoss from "pg-boss";
import { getDb, providerOfClient, type Db } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/provider";
import { JOB_KINDS } from "./kinds";
import { runJob, type RunOutcome } from "./runner";
import { leaseMs, orphanedJobs } from "./store";

const QUEUE = "sv-jobs";

export interface JobWorker {
  /** Hands the job to a runner (here, or on another instance on PostgreSQL). */
  enqueue(id: string): Promise<void>;
  /**
   * Stops taking jobs and abandons the ones running here (their chunk in flight rolls back and their
   * lease is left to expire, as when the process dies): another worker resumes them.
   */
  stop(): Promise<void>;
  /** Resolves when a run of the job started here ends (tests and the CLI wait on it). */
  readonly runs: ReadonlyMap<string, Promise<RunOutcome>>;
}

export interface WorkerOptions {
  db?: Db;
  /** The database's URL, for pg-boss's own connections (default DATABASE_URL). */
  url?: string;
  /** How often to look for orphaned jobs (default: a third of the lease). */
  sweepMs?: number;
  /** false: only hands jobs to the queue, runs none here (a process that must not take work). Default true. */
  run?: boolean;
}

/** Runs jobs here, one at a time, remembering each run so stop() can abandon it. */
class LocalRunner {
  readonly runs = new Map<string, Promise<RunOutcome>>();
  private readonly controller = new AbortController();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db) {}

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  run(id: string): Promise<RunOutcome> {
    const running = this.runs.get(id);
    if (running) return running;
    const run = this.chain.then(() =>
      this.stopped ? ("stopped" as const) : runJob(this.db, JOB_KINDS, id, { signal: this.controller.signal }),
    );
    const settled = run
      .catch((error: unknown) => {
        console.error(`Job ${id}:`, error);
        return "failed" as const;
      })
      .finally(() => {
        if (this.runs.get(id) === settled) this.runs.delete(id);
      });
    this.runs.set(id, settled);
    this.chain = settled;
    return settled;
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await Promise.all([...this.runs.values()]);
  }
}

/**
 * Creates the queue if missing. Processes starting together race to create it, and pg-boss's
 * create_queue can then deadlock in PostgreSQL (40P01: one side is cancelled): that side tries again.
 */
async function createQueueOnce(boss: PgBoss, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(QUEUE);
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

async function startPgBoss(url: string, runner: LocalRunner, work: boolean): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 3, application_name: "stackverdict-jobs" });
  boss.on("error", (error) => console.error("Job queue:", error.message));
  await boss.start();
  await createQueueOnce(boss);
  if (work)
    await boss.work<{ jobId: string }>(QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
      if (!runner.stopped) await runner.run(job.data.jobId);
    });
  return boss;
}

/** Starts a worker in this process (the server's processes, the CLI, a test). */
export async function startJobWorker(options: WorkerOptions = {}): Promise<JobWorker> {
  const db = options.db ?? getDb();
  const runner = new LocalRunner(db);
  const work = options.run ?? true;
  const boss =
    providerOfClient(db) === "postgresql" ? await startPgBoss(options.url ?? databaseUrl(), runner, work) : null;
  // A job's message says "run it"; the Job row is the truth, so sending one twice is harmless.
  const enqueue = async (id: string): Promise<void> => {
    if (boss) await boss.send(QUEUE, { jobId: id }, { retryLimit: 0, expireInHours: 23 });
    else if (work) void runner.run(id);
  };
  const sweep = setInterval(
    () => {
      if (!work) return;
      void orphanedJobs(db)
        .then(async (ids) => {
          for (const id of ids) if (!runner.runs.has(id)) await enqueue(id);
        })
        .catch(() => undefined);
    },
    options.sweepMs ?? Math.max(100, leaseMs() / 3),
  );
  sweep.unref();
  return {
    enqueue,
    runs: runner.runs,
    async stop() {
      clearInterval(sweep);
      await runner.stop();
      await boss?.stop({ graceful: false, wait: true, close: true });
    },
  };
}

const shared = globalThis as unknown as { __svJobWorker?: { url: string; worker: Promise<JobWorker> } };

/** The process's shared worker, started on first use (a route that enqueues also runs jobs). */
export function jobWorker(): Promise<JobWorker> {
  const url = databaseUrl();
  if (!shared.__svJobWorker || shared.__svJobWorker.url !== url) {
    const previous = shared.__svJobWorker?.worker;
    void previous?.then((w) => w.stop()).catch(() => undefined);
    const worker = startJobWorker({ url });
    shared.__svJobWorker = { url, worker };
    worker.catch(() => {
      if (shared.__svJobWorker?.worker === worker) shared.__svJobWorker = undefined;
    });
  }
  return shared.__svJobWorker.worker;
}

export async function enqueueJob(id: string): Promise<void> {
  await (await jobWorker()).enqueue(id);
}

/** Stops the shared worker (server shutdown, end of a test file). */
export async function stopJobWorker(): Promise<void> {
  const current = shared.__svJobWorker;
  shared.__svJobWorker = undefined;
  if (current) await (await current.worker).stop();
}
