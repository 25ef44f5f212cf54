/** @jest-environment node */
// Imports as durable jobs (lib/import/job.ts, lib/jobs): an upload is answered 202 with a job at once
// and imported in the background through the real route handlers; its progress is readable while it
// runs; it can be cancelled; a runner stopped mid-job (its chunk in flight rolled back, its lease left
// to expire, as when a process dies) is replaced by another that finishes with every document written
// exactly once; and only those who may import may start, watch or cancel one.
import { NextRequest } from "next/server";
import * as importRoute from "@/app/api/admin/import/route";
import * as jobRoute from "@/app/api/admin/jobs/[id]/route";
import * as cancelRoute from "@/app/api/admin/jobs/[id]/cancel/route";
import type { Actor } from "@/lib/auth/roles";
import { createImportJob } from "@/lib/import/job";
import { findJob, startJobWorker, stopJobWorker, type JobView } from "@/lib/jobs";
import { testProviders, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { asUser, call, TEST_ORIGIN } from "../../support/http";
import { useImportWorld } from "./support/import-world";

jest.setTimeout(240_000);
// A short lease: a stopped runner's job moves on within a couple of seconds (default 30 s).
process.env.JOB_LEASE_MS = "1500";

const TECHS = ["Django", "Flask", "Rails", "FastAPI", "PostgreSQL", "Redis"];
/** Our own small articles, each different (so none is a repeat of another). */
const docs = (count: number, label = "note") =>
  Array.from({ length: count }, (_, i) => ({
    name: `${label}-${i}.md`,
    content: `# ${label} ${i}: notes on ${TECHS[i % TECHS.length]}\n\n${TECHS[i % TECHS.length]} served ${1000 + i} requests per second on 4 vCPUs in test ${label} ${i}. ${TECHS[(i + 1) % TECHS.length]} has an admin built in.\n`,
  }));

async function upload(
  actor: Actor | null,
  files: Array<{ name: string; content: string }>,
): Promise<{ status: number; json: { data?: JobView; error?: { message: string } } }> {
  const form = new FormData();
  for (const f of files) form.append("files[]", new File([f.content], f.name));
  const headers: Record<string, string> = {
    origin: TEST_ORIGIN,
    host: "localhost:3000",
    ...(actor ? { cookie: await asUser(actor) } : {}),
  };
  const req = new NextRequest(new URL("/api/admin/import?background=1", TEST_ORIGIN), {
    method: "POST",
    body: form,
    headers,
  });
  const res = await importRoute.POST(req, { params: Promise.resolve({}) });
  return { status: res.status, json: await res.json() };
}

const watch = (actor: Actor | null, id: string) =>
  call(jobRoute.GET, { url: `/api/admin/jobs/${id}`, params: { id }, actor });
const cancel = (actor: Actor | null, id: string) =>
  call(cancelRoute.POST, { method: "POST", url: `/api/admin/jobs/${id}/cancel`, params: { id }, actor });

/** Polls the job until `until` holds (no time limit but jest's: the assertions are on what it reached, never on how fast). */
async function waitFor(t: TestDatabase, id: string, until: (job: JobView) => boolean): Promise<JobView> {
  for (;;) {
    const job = await findJob(t.db, id);
    if (job && until(job)) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}
const finished = (job: JobView) => ["DONE", "FAILED", "CANCELLED"].includes(job.status);

describe.each(testProviders())("imports as background jobs on %s", (provider) => {
  let t: TestDatabase;
  let editor: Actor;
  useImportWorld(provider, (db, importer) => {
    t = db;
    editor = importer;
    useAsAppDatabase(db);
  });
  afterEach(() => stopJobWorker());

  /** Every document of the job written exactly once: one article per document, no content twice. */
  async function expectEachDocumentOnce(id: string, count: number): Promise<void> {
    const rows = await t.db.jobDocument.findMany({ where: { jobId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.state)).toEqual(Array(count).fill("DONE"));
    const articles = await t.db.article.findMany({ select: { slug: true, contentHash: true } });
    expect(articles).toHaveLength(count);
    expect(new Set(articles.map((a) => a.contentHash)).size).toBe(count);
    expect(new Set(rows.map((r) => r.articleSlug))).toEqual(new Set(articles.map((a) => a.slug)));
    // Each record has its one CREATE revision: nothing written by a rolled-back chunk survived.
    const revisions = await t.db.revision.count({ where: { entity: "articles" } });
    expect(revisions).toBe(count);
  }

  it("an editor's upload is answered 202 with a job at once, which reports progress and ends DONE with every document imported", async () => {
    const files = docs(70);
    const res = await upload(editor, files);
    expect(res.status).toBe(202);
    const id = res.json.data?.id as string;
    expect(res.json.data).toMatchObject({ kind: "import", progress: { total: 70, done: 0 } });
    const seen = new Set<number>();
    for (;;) {
      const polled = await watch(editor, id);
      expect(polled.status).toBe(200);
      seen.add(polled.json.data.progress.done);
      if (finished(polled.json.data)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const job = (await findJob(t.db, id)) as JobView;
    expect(job.status).toBe("DONE");
    expect(job.progress).toMatchObject({ total: 70, done: 70, imported: 70, errors: 0, repeats: 0 });
    expect(job.progress.claims).toBe(await t.db.citation.count());
    expect(job.progress.claims).toBeGreaterThan(0);
    await expectEachDocumentOnce(id, 70);
    // The uploaded payloads are dropped once the job is done; each document's outcome stays.
    expect(
      await t.db.jobDocument.count({ where: { jobId: id, OR: [{ bytes: { not: null } }, { text: { not: null } }] } }),
    ).toBe(0);
  });

  it("the same documents uploaded again end as repeats: nothing is written twice", async () => {
    const files = docs(5, "again");
    const first = await upload(editor, files);
    await waitFor(t, first.json.data?.id as string, finished);
    const second = await upload(editor, files);
    const job = await waitFor(t, second.json.data?.id as string, finished);
    expect(job.progress).toMatchObject({ total: 5, done: 5, imported: 0, repeats: 5, errors: 0 });
    expect(await t.db.article.count()).toBe(5);
  });

  it("a queued job cancelled through the API ends at once; a running one stops after the chunk it is writing, which lands whole", async () => {
    const queued = await createImportJob(
      t.db,
      editor,
      docs(3, "queued").map((f) => ({ filename: f.name, text: f.content })),
    );
    const answer = await cancel(editor, queued.id);
    expect(answer.status).toBe(200);
    expect(answer.json.data).toMatchObject({ status: "CANCELLED", cancelRequested: true });

    const res = await upload(editor, docs(400, "long"));
    const id = res.json.data?.id as string;
    await waitFor(t, id, (job) => job.progress.done > 0);
    expect((await cancel(editor, id)).status).toBe(200);
    const job = await waitFor(t, id, finished);
    expect(job.status).toBe("CANCELLED");
    expect(job.progress.done).toBeLessThan(400);
    const rows = await t.db.jobDocument.findMany({ where: { jobId: id } });
    const done = rows.filter((r) => r.state === "DONE");
    expect(done.length).toBe(job.progress.done);
    expect(rows.filter((r) => r.state === "PENDING").length).toBe(400 - done.length);
    expect(await t.db.article.count()).toBe(done.length);
  });

  it("a runner stopped mid-job (its chunk in flight rolled back) is replaced by another that finishes it: no document lost, none twice", async () => {
    const first = await startJobWorker({ db: t.db, url: t.url });
    const job = await createImportJob(
      t.db,
      editor,
      docs(200, "resumed").map((f) => ({ filename: f.name, text: f.content })),
    );
    await first.enqueue(job.id);
    await waitFor(t, job.id, (j) => j.progress.done >= 40);
    await first.stop();
    const stopped = (await findJob(t.db, job.id)) as JobView;
    expect(stopped.status).toBe("RUNNING");
    expect(stopped.progress.done).toBeLessThan(200);
    // What the stopped runner committed is exactly what its documents' rows say.
    expect(await t.db.article.count()).toBe(stopped.progress.done);

    // A new runner (as after a restart): its sweeper takes the job once the dead runner's lease runs out.
    const second = await startJobWorker({ db: t.db, url: t.url });
    try {
      const end = await waitFor(t, job.id, finished);
      expect(end.status).toBe("DONE");
      expect(end.attempts).toBe(2);
      expect(end.progress).toMatchObject({ total: 200, done: 200, imported: 200, errors: 0 });
      await expectEachDocumentOnce(job.id, 200);
    } finally {
      await second.stop();
    }
  });

  it("only those who may import start, watch or cancel a job: a contributor is refused, a visitor must sign in", async () => {
    const contributor = await makeUser(t.db, "CONTRIBUTOR");
    expect((await upload(contributor, docs(1))).status).toBe(403);
    expect((await upload(null, docs(1))).status).toBe(401);
    expect(await t.db.job.count()).toBe(0);
    const job = await createImportJob(
      t.db,
      editor,
      docs(1).map((f) => ({ filename: f.name, text: f.content })),
    );
    expect((await watch(contributor, job.id)).status).toBe(403);
    expect((await cancel(contributor, job.id)).status).toBe(403);
    expect((await watch(null, job.id)).status).toBe(401);
    expect((await findJob(t.db, job.id))?.cancelRequested).toBe(false);
    await expect(createImportJob(t.db, contributor, [{ filename: "x.md", text: "Django" }])).rejects.toThrow(
      /cannot create/,
    );
  });
});
