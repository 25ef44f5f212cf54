/** @jest-environment node */
// `npm run -s import -- URL` through the real CLI (scripts/import.ts, spawned): a page imports with its
// claims, --dry-run writes nothing, and as shipped the CLI refuses loopback, other schemes and
// credentials with a message each (exit 1). The loopback server is reachable only in runs given the
// test preload (tests/support/cli-web-policy.ts), which sets the policy in code, never by configuration.
import { spawn } from "node:child_process";
import path from "node:path";
import { SYSTEM } from "@/lib/auth/roles";
import { seedCatalog } from "@/prisma/seed/catalog";
import { freshDatabase, ROOT, type TestDatabase } from "../../support/databases";
import { startWebServer, type WebServer } from "../../support/web-server";

jest.setTimeout(120_000);

let web: WebServer;
let t: TestDatabase;
beforeAll(async () => {
  web = await startWebServer();
  t = await freshDatabase("sqlite");
  await seedCatalog(t.db, SYSTEM);
});
afterAll(async () => {
  await web.close();
  await t.close();
});

interface CliReport {
  articles: Array<{ file: string; status: string; title: string; url: string; claims: unknown[] }>;
  errors: Array<{ file: string; message: string }>;
}

async function cli(
  args: string[],
  { reachLoopback }: { reachLoopback: boolean },
): Promise<{ code: number | null; report: CliReport }> {
  const preload = reachLoopback ? ["--import", "./tests/support/cli-web-policy.ts"] : [];
  let stdout = "";
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [...preload, "scripts/import.ts", "--json", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.url, SV_TEST_WEB_PORT: String(web.port) },
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    child.stdout.on("data", (d) => (stdout += d));
    child.on("close", resolve);
  });
  return { code, report: JSON.parse(stdout) as CliReport };
}

it("a URL previews with --dry-run (nothing written), then imports with its article text and claims", async () => {
  const preview = await cli(["--dry-run", `${web.origin}/article`], { reachLoopback: true });
  expect(preview.code).toBe(0);
  expect(preview.report.articles[0]).toMatchObject({
    status: "preview",
    title: "FastAPI in production: what we measured",
  });
  expect(await t.db.article.count()).toBe(0);

  const run = await cli([`${web.origin}/article`], { reachLoopback: true });
  expect({ code: run.code, errors: run.report.errors }).toEqual({ code: 0, errors: [] });
  expect(run.report.articles[0]).toMatchObject({ file: `${web.origin}/article`, status: "imported" });
  expect(run.report.articles[0].claims.length).toBeGreaterThan(0);
  const stored = await t.db.article.findFirstOrThrow({ where: { url: run.report.articles[0].url } });
  expect(stored.text).toContain("12,500 req/s");
});

it("as shipped, the CLI refuses loopback, other schemes and credentials, each with a message, and exits 1", async () => {
  const hits = web.hits.length;
  const before = await t.db.article.count();
  const bad = [`http://127.0.0.1/article`, "ftp://example.com/post.html", "https://me:secret@example.com/post"];
  const run = await cli(bad, { reachLoopback: false });
  expect(run.code).toBe(1);
  expect(run.report.errors).toEqual([
    {
      file: bad[0],
      message: "That address points to this server (a loopback address); only public web pages can be imported.",
    },
    { file: bad[1], message: expect.stringMatching(/Only http and https addresses can be imported/) },
    { file: bad[2], message: expect.stringMatching(/user name or password/) },
  ]);
  expect(web.hits.length).toBe(hits);
  expect(await t.db.article.count()).toBe(before);
});
