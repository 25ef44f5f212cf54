// npm run bench:import-jobs [-- --n=5000 --runs=1 --only=sqlite|postgresql]
// The same N generated documents (scripts/bench-documents.ts) imported two ways on fresh databases:
// directly (importFiles, as the CLI and a plain upload do) and as a background job (lib/import/job.ts:
// the upload stored as JobDocument rows, then a runner from lib/jobs, pg-boss on PostgreSQL, imports
// them, recording each chunk's progress in its transaction). Prints documents/s of each, the job's
// time to accept the upload (what the 202 waits for), and the job's throughput as a share of the
// direct one (target: within 20%). With --runs=K the two alternate K times (the machine is shared)
// and the medians are compared.
import { rmSync } from "node:fs";
import path from "node:path";
import { SYSTEM } from "@/lib/auth/roles";
import { createClient, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { createImportJob } from "@/lib/import/job";
import { closeReaderPool } from "@/lib/import/reader-pool";
import { importFiles } from "@/lib/import/service";
import { findJob, FINISHED, startJobWorker, type JobView } from "@/lib/jobs";
import { seedCatalog } from "@/prisma/seed/catalog";
import { document } from "./bench-documents";
import { migrate } from "./migrate";

const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const N = Number(arg("n", "5000"));
const RUNS = Math.max(1, Number(arg("runs", "1")));
const ONLY = arg("only", "");
const PG_BASE =
  process.env.BENCH_PG_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

interface Fresh {
  db: Db;
  url: string;
  close(): Promise<void>;
}

async function freshDatabase(provider: Provider, name: string): Promise<Fresh> {
  process.env.MIGRATE_QUIET = "1";
  if (provider === "sqlite") {
    const file = path.resolve("data", `${name}-${process.pid}.db`);
    const url = `file:${file}`;
    migrate(url);
    const db = createClient(url);
    return {
      db,
      url,
      close: async () => {
        await db.$disconnect();
        for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
      },
    };
  }
  const database = `${name.replace(/-/g, "_")}_${process.pid}`;
  const admin = createClient(PG_BASE);
  await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.$executeRawUnsafe(`CREATE DATABASE ${database}`);
  const url = new URL(PG_BASE);
  url.pathname = `/${database}`;
  migrate(url.toString());
  const db = createClient(url.toString());
  return {
    db,
    url: url.toString(),
    close: async () => {
      await db.$disconnect();
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.$disconnect();
    },
  };
}

interface Timing {
  docsPerS: number;
  cpuMsPerDoc: number;
  acceptMs?: number;
  runDocsPerS?: number;
  claims: number;
  errors: number;
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

async function direct(provider: Provider, docs: Array<{ filename: string; text: string }>): Promise<Timing> {
  const fresh = await freshDatabase(provider, "bench-import-direct");
  try {
    await seedCatalog(fresh.db, SYSTEM);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const report = await importFiles(fresh.db, SYSTEM, docs);
    const seconds = (performance.now() - start) / 1000;
    return {
      docsPerS: docs.length / seconds,
      cpuMsPerDoc: cpuMs(cpu) / docs.length,
      claims: report.articles.reduce((k, a) => k + a.claims.length, 0),
      errors: report.errors.length,
    };
  } finally {
    await fresh.close();
  }
}

async function background(provider: Provider, docs: Array<{ filename: string; text: string }>): Promise<Timing> {
  const fresh = await freshDatabase(provider, "bench-import-job");
  const worker = await startJobWorker({ db: fresh.db, url: fresh.url });
  try {
    await seedCatalog(fresh.db, SYSTEM);
    const cpu = process.cpuUsage();
    const start = performance.now();
    // What the route does before answering 202: store the upload, hand the job to the queue.
    const accepted = await createImportJob(fresh.db, SYSTEM, docs);
    await worker.enqueue(accepted.id);
    const acceptMs = performance.now() - start;
    let job: JobView | null = accepted;
    while (job && !FINISHED.includes(job.status)) {
      await new Promise((r) => setTimeout(r, 50));
      job = await findJob(fresh.db, accepted.id);
    }
    const seconds = (performance.now() - start) / 1000;
    if (job?.status !== "DONE") throw new Error(`The job ended ${job?.status}: ${job?.error ?? ""}`);
    // Also the rate once accepted: the runner's work alone, without storing the upload.
    const runDocsPerS = docs.length / (seconds - acceptMs / 1000);
    return {
      docsPerS: docs.length / seconds,
      cpuMsPerDoc: cpuMs(cpu) / docs.length,
      acceptMs,
      runDocsPerS,
      claims: job.progress.claims,
      errors: job.progress.errors,
    };
  } finally {
    await worker.stop();
    await fresh.close();
  }
}

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function bench(provider: Provider, docs: Array<{ filename: string; text: string }>): Promise<void> {
  const directs: Timing[] = [];
  const jobs: Timing[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternating, so a burst of load on the shared machine does not land on one side only.
    directs.push(await direct(provider, docs));
    jobs.push(await background(provider, docs));
    const [d, j] = [directs[run], jobs[run]];
    console.log(
      `${provider} run ${run + 1}: direct ${d.docsPerS.toFixed(1)} documents/s (${d.claims} claims, ${d.errors} errors); job ${j.docsPerS.toFixed(1)} documents/s including storing the upload, ${(j.runDocsPerS ?? 0).toFixed(1)} once accepted (${j.claims} claims, ${j.errors} errors, accepted in ${Math.round(j.acceptMs ?? 0)} ms)`,
    );
  }
  const d = median(directs.map((t) => t.docsPerS));
  const j = median(jobs.map((t) => t.docsPerS));
  const share = j / d;
  const run = median(jobs.map((t) => t.runDocsPerS ?? 0));
  console.log(
    `${provider}: ${N} documents; direct ${d.toFixed(1)} documents/s, background job ${j.toFixed(1)} documents/s including storing the upload (${(100 * share).toFixed(0)}% of direct, target ≥ 80%: ${share >= 0.8 ? "met" : "MISSED"}), ${run.toFixed(1)} once accepted (${((100 * run) / d).toFixed(0)}%); ` +
      `CPU per document in this process: direct ${median(directs.map((t) => t.cpuMsPerDoc)).toFixed(1)} ms, job ${median(jobs.map((t) => t.cpuMsPerDoc)).toFixed(1)} ms; upload accepted in ${Math.round(median(jobs.map((t) => t.acceptMs ?? 0)))} ms`,
  );
}

async function main(): Promise<void> {
  const docs = Array.from({ length: N }, (_, i) => document(i));
  const providers: Provider[] = ONLY === "sqlite" || ONLY === "postgresql" ? [ONLY] : ["sqlite", "postgresql"];
  for (const provider of providers) await bench(provider, docs);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeReaderPool());
