/** @jest-environment node */
// `npm run -s import -- --background FILE…` through the real CLI (scripts/import.ts, spawned): the
// files become a job, the CLI prints its progress line until it ends, and exits 0; a missing file is
// reported and makes the exit 1. `--cancel JOB` stops a job, `--watch JOB` prints a finished one's line.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SYSTEM } from "@/lib/auth/roles";
import { createImportJob } from "@/lib/import/job";
import { findJob } from "@/lib/jobs";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, ROOT, testProviders, type TestDatabase } from "../../support/databases";

jest.setTimeout(180_000);

async function cli(url: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
    });
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", resolve);
  });
  return { code, stdout, stderr };
}

describe.each(testProviders())("the CLI's background import on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(provider);
    await seedCatalog(t.db, SYSTEM);
  });
  afterAll(() => t.close());

  it("imports files as a job, printing a progress line until done; a missing file makes the exit 1", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sv-cli-jobs-"));
    const files = [1, 2, 3].map((i) => {
      const file = path.join(dir, `note-${i}.md`);
      writeFileSync(
        file,
        `# CLI job note ${i}\n\nDjango served ${i}100 requests per second on 4 vCPUs in CLI job note ${i}.\n`,
      );
      return file;
    });
    const ok = await cli(t.url, ["--background", ...files]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/job \S+: 3\/3 documents \(100%\), \d+ claims, 0 errors \[done\]/);
    expect(await t.db.article.count()).toBe(3);
    const missing = await cli(t.url, ["--background", files[0], path.join(dir, "missing.md")]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("missing.md: Cannot read the file");
    // The one readable file was imported before: a repeat, nothing written.
    expect(missing.stderr).toMatch(/1\/1 documents \(100%\), 0 claims, 0 errors, 1 already imported \[done\]/);
    expect(await t.db.article.count()).toBe(3);
  });

  it("--cancel stops a job; --watch prints a finished job's line", async () => {
    const job = await createImportJob(t.db, SYSTEM, [
      { filename: "later.md", text: "# Later\n\nFlask has no admin built in." },
    ]);
    const cancel = await cli(t.url, ["--cancel", job.id]);
    expect(cancel.code).toBe(0);
    expect(cancel.stderr).toContain(`job ${job.id}: 0/1 documents (0%), 0 claims, 0 errors [cancelled]`);
    expect((await findJob(t.db, job.id))?.status).toBe("CANCELLED");
    const watch = await cli(t.url, ["--watch", job.id]);
    expect(watch.code).toBe(1);
    expect(watch.stderr).toContain("[cancelled]");
  });
});
