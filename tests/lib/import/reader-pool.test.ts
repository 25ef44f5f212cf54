/** @jest-environment node */
// Imported documents are read (parsed, claims extracted) in the reader pool's worker threads, each
// within a time budget: the event loop keeps serving other work meanwhile, a document over its
// budget fails alone with a message saying so, and the thread that was reading it is ended.
// Real parts throughout: the pool's worker threads load the real reader, through the real service
// and the real admin import route, on a real SQLite database.
import { existsSync } from "node:fs";
import { NextRequest } from "next/server";
import * as importRoute from "@/app/api/admin/import/route";
import { GET as publicApi } from "@/app/api/v1/[...path]/route";
import { SYSTEM, type Actor } from "@/lib/auth/roles";
import { closeReaderPool, readerPool } from "@/lib/import/reader-pool";
import { importFiles } from "@/lib/import/service";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, useAsAppDatabase, type TestDatabase } from "../../support/databases";
import { makeUser } from "../../support/factories";
import { asUser, TEST_ORIGIN } from "../../support/http";

jest.setTimeout(120_000);

// 6.6 MB of YAML front matter: honest, linear work that takes many seconds of CPU to parse (~3 s per
// MB here), far beyond the budgets below; the ordinary documents take milliseconds.
const slow = {
  filename: "slow.md",
  text: `---\n${"key: value\n".repeat(600_000)}---\n\nDjango has an admin built in.\n`,
};
const article = (name: string, tech: string, year: number) => ({
  filename: `${name}.md`,
  text: `# ${name}: notes on ${tech}\n\n${tech} was first released in ${year}. ${tech} has an admin built in.`,
});

let t: TestDatabase;
let editor: Actor;
beforeAll(async () => {
  t = await freshDatabase("sqlite");
  useAsAppDatabase(t);
  await seedCatalog(t.db, SYSTEM);
  editor = await makeUser(t.db, "EDITOR");
});
afterAll(async () => {
  await closeReaderPool();
  await t.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The kernel thread id of the worker reading `file`, once one is (null off Linux); fails if `importing` ends first. */
async function readerOf(file: string, importing: Promise<unknown>): Promise<number | null> {
  let done = false;
  importing.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  while (!done) {
    const worker = readerPool()
      .workers()
      .find((w) => w.reading === file);
    if (worker) return worker.tid;
    await sleep(5);
  }
  throw new Error(`The import ended without ${file} ever being read in a worker thread`);
}

/** Whether the path disappears within a few seconds (polled). */
async function gone(path: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (!existsSync(path)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !existsSync(path);
}

/** Ticks every 10 ms until stopped; the longest gap between ticks is how long the event loop was blocked. */
function watchEventLoop(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  return () => {
    clearInterval(timer);
    return Math.max(longest, performance.now() - last);
  };
}

describe("documents read in worker threads, each within a budget", () => {
  it("a document over its budget fails alone: the documents before and after it land, the event loop never stalls, and its thread is ended", async () => {
    const stalled = watchEventLoop();
    // Three documents per worker message on two cores: "b" shares slow.md's batch and goes to a fresh worker after the kill.
    const files = [
      article("a", "Django", 2005),
      slow,
      article("b", "Flask", 2010),
      article("c", "FastAPI", 2018),
      article("d", "Express", 2010),
    ];
    const importing = importFiles(t.db, editor, files, { readBudgetMs: 1000 });
    const tid = await readerOf("slow.md", importing);
    // While the worker reads, this thread answers: a database query and timers go through.
    expect(await t.db.technology.count()).toBeGreaterThan(0);
    const report = await importing;
    // Read on this thread, the 600,000-line front matter would block it for many seconds; the other
    // documents' synchronous SQLite writes may hold it briefly on a loaded machine, never that long.
    expect(stalled()).toBeLessThan(4000);
    expect(report.errors).toEqual([
      { file: "slow.md", message: "The document took longer than 1 s to read; nothing was imported from it." },
    ]);
    expect(report.articles.map((a) => [a.file, a.status])).toEqual([
      ["a.md", "imported"],
      ["b.md", "imported"],
      ["c.md", "imported"],
      ["d.md", "imported"],
    ]);
    expect((await t.db.article.findMany({ orderBy: { title: "asc" } })).map((a) => a.title)).toEqual([
      "a: notes on Django",
      "b: notes on Flask",
      "c: notes on FastAPI",
      "d: notes on Express",
    ]);
    expect(await t.db.claim.count()).toBeGreaterThan(0);
    // The runaway thread is gone, not left spinning on a core.
    expect(
      readerPool()
        .workers()
        .map((w) => w.tid),
    ).not.toContain(tid);
    // Ending a thread is asynchronous: it leaves the process's task list shortly after terminate().
    if (tid !== null) expect(await gone(`/proc/self/task/${tid}`)).toBe(true);
    // And the pool still reads.
    const again = await importFiles(t.db, editor, [article("e", "Laravel", 2011)], { dryRun: true });
    expect(again.errors).toEqual([]);
    expect(again.articles[0].claims.length).toBeGreaterThan(0);
  });

  it("documents are read ahead, yet a technology an earlier document of the run introduced is named in a later one's claims, as if read in turn", async () => {
    // "Zorblax" is in no catalogue or lexicon: the first document introduces it ("X vs Y" heading); the
    // second names it only in prose, which alone proposes nothing (checked on a dry run of it alone).
    const first = {
      filename: "versus.md",
      text: "# Zorblax vs Django: which one\n\nZorblax was first released in 2019. Django was first released in 2005.\n",
    };
    const later = { filename: "later.md", text: "# Notes from the field\n\nZorblax was first released in 2019.\n" };
    const alone = await importFiles(t.db, editor, [later], { dryRun: true });
    expect(alone.articles[0].claims).toEqual([]);
    const report = await importFiles(t.db, editor, [first, later]);
    expect(report.errors).toEqual([]);
    expect(report.articles[1].claims.map((c) => c.technologies)).toEqual([["zorblax"]]);
  });

  it("through the admin import route (dry run): another request is answered while the slow document is read, and only it fails", async () => {
    process.env.IMPORT_READ_BUDGET_S = "2";
    try {
      const form = new FormData();
      for (const f of [article("f", "Django", 2005), slow, article("g", "Flask", 2010)])
        form.append("files[]", new File([f.text], f.filename));
      const req = new NextRequest(new URL("/api/admin/import?dryRun=1", TEST_ORIGIN), {
        method: "POST",
        body: form,
        headers: { cookie: await asUser(editor), origin: TEST_ORIGIN, host: "localhost:3000" },
      });
      let settled = false;
      const importing = importRoute.POST(req, { params: Promise.resolve({}) }).finally(() => {
        settled = true;
      });
      await readerOf("slow.md", importing);
      const started = performance.now();
      const other = await publicApi(new NextRequest(new URL("/api/v1/technologies", TEST_ORIGIN)), {
        params: Promise.resolve({ path: ["technologies"] }),
      });
      const answeredMs = performance.now() - started;
      expect(other.status).toBe(200);
      expect(((await other.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
      // The slow document takes many times the 2 s budget to read; the other request did not wait for it.
      expect(answeredMs).toBeLessThan(4000);
      expect(settled).toBe(false);
      const res = await importing;
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as {
        data: { articles: Array<{ file: string; status: string }>; errors: Array<{ file: string; message: string }> };
      };
      expect(data.errors).toEqual([
        { file: "slow.md", message: "The document took longer than 2 s to read; nothing was imported from it." },
      ]);
      expect(data.articles.map((a) => [a.file, a.status])).toEqual([
        ["f.md", "preview"],
        ["g.md", "preview"],
      ]);
    } finally {
      delete process.env.IMPORT_READ_BUDGET_S;
    }
  });
});
