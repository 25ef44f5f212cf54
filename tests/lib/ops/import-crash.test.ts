/** @jest-environment node */
// An import killed halfway (SIGKILL of the CLI, mid-run and mid-transaction) leaves no partial
// article: every article in the database has all of its citations and the CREATE revisions of
// everything it brought, and running the import again completes the rest.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, ROOT, type TestDatabase } from "../../support/databases";
import { makeTechnology } from "../../support/factories";

jest.setTimeout(180_000);

const FILES = 6;
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function documentText(n: number): string {
  const lines = [`---`, `title: Crash test article ${n}`, `---`, ""];
  for (let i = 0; i < 250; i++) {
    const tech = i % 2 ? "Django" : "FastAPI";
    lines.push(
      `${tech} served ${1000 + n * 1000 + i} requests per second on ${2 + (i % 6)} vCPUs in run ${n}-${i}.`,
      "",
    );
  }
  return lines.join("\n");
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
}

/** Runs the import CLI; with killAfterProgress, SIGKILLs its process group that many ms after the first document lands. */
function runImport(url: string, files: string[], args: string[], killAfterProgress?: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["scripts/import.ts", ...args, ...files], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      detached: true,
    });
    let stdout = "";
    let killing = false;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => {
      if (killAfterProgress === undefined || killing || !/\[\d+\/\d+\]/.test(d.toString())) return;
      killing = true;
      setTimeout(() => {
        try {
          process.kill(-(child.pid as number), "SIGKILL"); // tsx and the node process it runs
        } catch {
          // already finished
        }
      }, killAfterProgress);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout }));
  });
}

describe("an import killed halfway", () => {
  let t: TestDatabase;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    t = await freshDatabase("sqlite");
    await makeTechnology(t.db, "Django");
    await makeTechnology(t.db, "FastAPI");
    dir = mkdtempSync(path.join(os.tmpdir(), "sv-import-crash-"));
    files = Array.from({ length: FILES }, (_, n) => {
      const file = path.join(dir, `crash-${n}.md`);
      writeFileSync(file, documentText(n));
      return file;
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every article present is whole: its citations (one per extracted claim) and all the CREATE revisions. */
  async function expectOnlyWholeArticles(expected: Map<string, number>): Promise<number> {
    const articles = await t.db.article.findMany({
      select: { id: true, title: true, _count: { select: { citations: true } } },
    });
    for (const a of articles)
      expect({ title: a.title, citations: a._count.citations }).toEqual({
        title: a.title,
        citations: expected.get(a.title),
      });
    const count = async (entity: string) => t.db.revision.count({ where: { entity, action: "CREATE" } });
    expect(await count("articles")).toBe(articles.length);
    expect(await count("claims")).toBe(await t.db.claim.count());
    expect(await count("citations")).toBe(await t.db.citation.count());
    expect(await t.db.claim.count({ where: { citations: { none: {} } } })).toBe(0);
    return articles.length;
  }

  it("leaves only whole articles however late it is killed, and a rerun imports the rest", async () => {
    const preview = await runImport(t.url, files, ["--dry-run", "--json"]);
    expect(preview.code).toBe(0);
    const expected = new Map<string, number>(
      (JSON.parse(preview.stdout) as { articles: Array<{ title: string; claims: unknown[] }> }).articles.map((a) => [
        a.title,
        a.claims.length,
      ]),
    );
    expect(expected.size).toBe(FILES);
    for (const n of expected.values()) expect(n).toBeGreaterThan(100);

    let landed = 0;
    for (const delay of [0, 30, 120]) {
      const killed = await runImport(t.url, files, [], delay);
      expect(killed.signal ?? killed.code).toBe("SIGKILL");
      const now = await expectOnlyWholeArticles(expected);
      expect(now).toBeGreaterThanOrEqual(landed);
      expect(now).toBeLessThan(FILES); // it really was stopped before the end
      landed = now;
    }
    const rerun = await runImport(t.url, files, []);
    expect(rerun.code).toBe(0);
    expect(await expectOnlyWholeArticles(expected)).toBe(FILES);
  });
});
