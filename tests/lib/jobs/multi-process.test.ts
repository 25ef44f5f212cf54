/** @jest-environment node */
// Several instances on one PostgreSQL database: three job-worker processes (scripts/job-worker.ts, what
// every server process runs for jobs) share the pg-boss queue. An import is handed to the queue, one
// process takes it, and is killed (SIGKILL, nothing graceful) mid-import; another process finishes it
// once the dead one's lease runs out, with every document written exactly once.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Actor } from "@/lib/auth/roles";
import { createImportJob } from "@/lib/import/job";
import { findJob, startJobWorker, type JobView } from "@/lib/jobs";
import { seedCatalog } from "@/prisma/seed/catalog";
import { SYSTEM } from "@/lib/auth/roles";
import { freshDatabase, postgresBaseUrl, ROOT, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";

jest.setTimeout(300_000);
const LEASE_MS = "2000";

interface Worker {
  child: ChildProcessWithoutNullStreams;
  ready: Promise<number>;
  exited: Promise<number | null>;
}

function startWorker(url: string): Worker {
  // tsx as a loader in the one process (its CLI would run the script in a child, which a SIGKILL of the CLI leaves running).
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/job-worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, JOB_LEASE_MS: LEASE_MS, NODE_ENV: "test" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const msg = JSON.parse(line) as { ready?: boolean; pid?: number };
      if (msg.ready) resolve(msg.pid as number);
    });
    void exited.then((code) => reject(new Error(`worker exited ${code}: ${stderr.slice(-2000)}`)));
  });
  return { child, ready, exited };
}

const TECHS = ["Django", "Flask", "Rails", "FastAPI", "PostgreSQL", "Redis"];
const docs = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    filename: `multi-${i}.md`,
    text: `# Multi ${i}: notes on ${TECHS[i % TECHS.length]}\n\n${TECHS[i % TECHS.length]} served ${2000 + i} requests per second on 8 vCPUs in run ${i}. ${TECHS[(i + 2) % TECHS.length]} has migrations built in.\n`,
  }));

async function waitFor(
  t: TestDatabase,
  id: string,
  until: (job: JobView & { owner: string | null }) => boolean,
): Promise<JobView & { owner: string | null }> {
  for (;;) {
    const job = await findJob(t.db, id);
    const owner = (await t.db.job.findUnique({ where: { id }, select: { leaseOwner: true } }))?.leaseOwner ?? null;
    if (job && until({ ...job, owner })) return { ...job, owner };
    await new Promise((r) => setTimeout(r, 25));
  }
}

(postgresBaseUrl() ? describe : describe.skip)("three job processes on one PostgreSQL database", () => {
  let t: TestDatabase;
  let editor: Actor;
  const workers: Worker[] = [];
  beforeAll(async () => {
    t = await freshDatabase("postgresql");
    await seedCatalog(t.db, SYSTEM);
    editor = await makeUser(t.db, "EDITOR");
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await t.close();
  });

  it("an import taken by one process, killed mid-import, is finished by another: no document lost, none twice", async () => {
    workers.push(startWorker(t.url), startWorker(t.url), startWorker(t.url));
    const pids = await Promise.all(workers.map((w) => w.ready));
    // This process only hands the job to the queue (as a route does); the three workers run it.
    const sender = await startJobWorker({ db: t.db, url: t.url, run: false });
    const job = await createImportJob(t.db, editor, docs(150));
    await sender.enqueue(job.id);
    await sender.stop();

    const running = await waitFor(t, job.id, (j) => j.progress.done >= 32 && j.owner !== null);
    const pid = Number(running.owner?.split(":")[0]);
    expect(pids).toContain(pid);
    expect(pids).toEqual(workers.map((w) => w.child.pid));
    const victim = workers[pids.indexOf(pid)];
    victim.child.kill("SIGKILL");
    await victim.exited;

    const end = await waitFor(t, job.id, (j) => ["DONE", "FAILED", "CANCELLED"].includes(j.status));
    expect(end.status).toBe("DONE");
    expect(end.attempts).toBeGreaterThanOrEqual(2);
    expect(end.progress).toMatchObject({ total: 150, done: 150, imported: 150, errors: 0 });
    const rows = await t.db.jobDocument.findMany({ where: { jobId: job.id } });
    expect(rows.every((r) => r.state === "DONE" && r.articleSlug)).toBe(true);
    const articles = await t.db.article.findMany({ select: { slug: true, contentHash: true } });
    expect(articles).toHaveLength(150);
    expect(new Set(articles.map((a) => a.contentHash)).size).toBe(150);
    expect(new Set(rows.map((r) => r.articleSlug))).toEqual(new Set(articles.map((a) => a.slug)));
    expect(await t.db.revision.count({ where: { entity: "articles" } })).toBe(150);
    // The survivors are still up: the job finished on one of them.
    expect(workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null)).toHaveLength(2);
  });
});
