// `npm run demo` ends with where to go and how to sign in, printed at the server's "ready" line (not
// above minutes of build output), and the Prisma CLI's known noise is filtered by scripts/prisma
// while its errors and exit status pass through.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

function bash(
  script: string,
  input = "",
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("bash", ["-c", script], {
    cwd: ROOT,
    input,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run demo's closing lines", () => {
  it("holds the seed's demo logins back and prints them, with the site's URL, when the server is ready", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "demo-startup-"));
    try {
      const logins = path.join(dir, "logins");
      const seed = bash(
        `source scripts/lib.sh && split_logins ${logins}`,
        "Seeded 3 articles.\n\nDemo logins:\n  ADMIN  admin@x.test  pw-1\n",
      );
      expect(seed.stdout).toContain("Seeded 3 articles.");
      expect(seed.stdout).not.toContain("pw-1");
      const server = bash(
        `source scripts/lib.sh && announce_when_ready "$(site_url)" ${logins}`,
        "▲ Next.js build output\nStackVerdict ready on http://127.0.0.1:3000 (production)\n",
        { NEXTAUTH_URL: "http://localhost:3000/" },
      );
      const lines = server.stdout.split("\n");
      const ready = lines.findIndex((l) => l.startsWith("StackVerdict ready on"));
      const url = lines.findIndex((l) => l.includes("http://localhost:3000  (admin: http://localhost:3000/admin)"));
      const login = lines.findIndex((l) => l.includes("admin@x.test  pw-1"));
      expect(ready).toBeGreaterThan(0);
      expect(url).toBeGreaterThan(ready);
      expect(login).toBeGreaterThan(url);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is how scripts/demo.sh runs the seed and the server", () => {
    const script = readFileSync(path.join(ROOT, "scripts/demo.sh"), "utf8");
    expect(script).toMatch(/db:seed \| split_logins/);
    expect(script).toMatch(/scripts\/server\.ts \| announce_when_ready/);
  });
});

describe("scripts/prisma", () => {
  it("migrates without the driver-adapter and .env notices, and keeps Prisma's own report", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prisma-quiet-"));
    try {
      const run = bash("scripts/prisma migrate deploy", "", {
        DATABASE_URL: `file:${path.join(dir, "quiet.db")}`,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      });
      const output = run.stdout + run.stderr;
      expect(run.status).toBe(0);
      expect(output).toContain("All migrations have been successfully applied.");
      expect(output).not.toMatch(/will NOT be used|Prisma config detected|We recommend you to remove/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("passes a real error and Prisma's exit status through", () => {
    const run = bash("scripts/prisma migrate deploy", "", {
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("Can't reach database server");
  });

  it("gives back a warning that does not end the way the known one does", () => {
    const filter = "f=$(sed -n '/^quiet()/,/^}$/p' scripts/prisma); eval \"$f\"; quiet";
    const odd =
      "WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter\n- something new\n";
    expect(bash(filter, odd).stdout).toBe(odd);
  });
});
