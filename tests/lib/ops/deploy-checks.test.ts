/** @jest-environment node */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { NextRequest } from "next/server";
import {
  cookieCheck,
  demoAccountCheck,
  environmentChecks,
  headerChecks,
  type HeaderRule,
} from "@/lib/ops/deploy-checks";
import { proxy } from "@/proxy";
import { migrate } from "../../../scripts/migrate";
import { freshDatabase, ROOT } from "../../support/databases";
import { makeUser, TEST_PASSWORD } from "../../support/factories";
import { postgresBinaries, PrivatePostgres } from "../../support/private-postgres";

const PRODUCTION = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: "9f2c4e1a7b3d8e6f0a5c2b9d4e7f1a3c6b8d0e2f4a6c8e0b",
  NEXTAUTH_URL: "https://stackverdict.example.org",
  DATABASE_URL: "postgresql://sv@db/sv",
  TRUSTED_PROXIES: "10.0.0.2",
};

/** What next.config.js sends and proxy.ts sets when the process runs with `env`. */
async function deployedHeaders(env: Record<string, string>): Promise<{ headers: HeaderRule[]; policy: string | null }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    let headers: HeaderRule[] = [];
    await jest.isolateModulesAsync(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(path.join(ROOT, "next.config.js")) as {
        headers: () => Promise<Array<{ headers: HeaderRule[] }>>;
      };
      headers = (await config.headers())[0].headers;
    });
    return {
      headers,
      policy: proxy(new NextRequest(new URL("/", env.NEXTAUTH_URL))).headers.get("content-security-policy"),
    };
  } finally {
    process.env = saved;
  }
}

function runCheckDeploy(env: Record<string, string>): { status: number | null; out: string } {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/check-deploy.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

const failing = (env: Record<string, string | undefined>) =>
  environmentChecks(env)
    .filter((c) => !c.ok)
    .map((c) => c.id);

describe("the deployment checklist", () => {
  it("passes a proper production configuration", () => {
    expect(failing(PRODUCTION)).toEqual([]);
  });

  it("fails a missing or weak secret, plain http, SQLite in production and development mode", () => {
    expect(failing({ NODE_ENV: "production", DATABASE_URL: "file:./x.db", NEXTAUTH_URL: "http://x" })).toEqual([
      "secret",
      "url",
      "database",
    ]);
    expect(failing({ NODE_ENV: "development", NEXTAUTH_SECRET: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })).toEqual([
      "secret",
      "url",
      "database-set",
      "debug",
      "allowed-hosts",
    ]);
  });

  it("fails TRUSTED_PROXIES that do not parse or trust everyone, and an https site with none (npm start serves http)", () => {
    expect(failing({ ...PRODUCTION, TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toEqual(["trusted-proxies"]);
    expect(failing({ ...PRODUCTION, TRUSTED_PROXIES: "::/0" })).toEqual(["trusted-proxies"]);
    expect(failing({ ...PRODUCTION, TRUSTED_PROXIES: "" })).toEqual(["trusted-proxies"]);
    expect(
      environmentChecks({ ...PRODUCTION, TRUSTED_PROXIES: "" }).find((c) => c.id === "trusted-proxies")?.message,
    ).toMatch(/terminates TLS/);
    expect(failing({ ...PRODUCTION, TRUSTED_PROXIES: "10.0.0.0/8, ::1" })).toEqual([]);
  });

  it("flags demo accounts that still accept their demo password", async () => {
    const t = await freshDatabase("sqlite");
    const user = await makeUser(t.db, "ADMIN");
    expect((await demoAccountCheck(t.db, [{ email: user.email, password: TEST_PASSWORD }])).ok).toBe(false);
    expect((await demoAccountCheck(t.db, [{ email: user.email, password: "another password" }])).ok).toBe(true);
    await t.close();
  });

  it("fails ALLOWED_HOSTS=* and a list that leaves out the site's own host", () => {
    expect(failing({ ...PRODUCTION, ALLOWED_HOSTS: "*" })).toEqual(["allowed-hosts"]);
    expect(failing({ ...PRODUCTION, ALLOWED_HOSTS: "other.example.org" })).toEqual(["allowed-hosts"]);
    expect(failing({ ...PRODUCTION, ALLOWED_HOSTS: "stackverdict.example.org, www.example.org" })).toEqual([]);
    expect(failing({ ...PRODUCTION, ALLOWED_HOSTS: ".example.org" })).toEqual([]);
  });

  it("requires Secure, HttpOnly, SameSite cookies: on over https, off over http or when forced off", () => {
    expect(cookieCheck(PRODUCTION, {}).ok).toBe(true);
    expect(cookieCheck({ ...PRODUCTION, NEXTAUTH_URL: "http://stackverdict.example.org" }, {}).ok).toBe(false);
    expect(cookieCheck(PRODUCTION, { useSecureCookies: false }).ok).toBe(false);
    expect(
      cookieCheck(PRODUCTION, {
        cookies: { sessionToken: { name: "s", options: { httpOnly: false, secure: true, sameSite: "lax" } } },
      }).message,
    ).toMatch(/sessionToken/);
  });

  it("finds HSTS, framing, nosniff and a nonce CSP in what the app really sends in production over https", async () => {
    const sent = await deployedHeaders(PRODUCTION);
    expect(headerChecks(sent.headers, sent.policy).filter((c) => !c.ok)).toEqual([]);
  });

  it("fails HSTS and the CSP upgrade when the site is served over plain http, and a missing CSP", async () => {
    const sent = await deployedHeaders({ ...PRODUCTION, NEXTAUTH_URL: "http://stackverdict.example.org" });
    expect(
      headerChecks(sent.headers, sent.policy)
        .filter((c) => !c.ok)
        .map((c) => c.id),
    ).toEqual(["hsts", "csp"]);
    expect(headerChecks(sent.headers, null).find((c) => c.id === "csp")?.message).toMatch(/No Content-Security-Policy/);
  });

  it("npm run check:deploy exits 1 and names every problem of a demo setup", () => {
    const { status, out } = runCheckDeploy({
      DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none",
      NEXTAUTH_URL: "http://localhost:3000",
    });
    expect(status).toBe(1);
    for (const id of ["secret", "url", "debug", "cookies", "hsts", "csp", "database-reachable"])
      expect(out).toMatch(new RegExp(`FAIL  ${id}:`));
  });

  const binaries = postgresBinaries();
  (binaries.bin ? it : it.skip)(
    "npm run check:deploy exits 0 on a proper production setup (a private PostgreSQL without demo accounts)",
    async () => {
      const server = await PrivatePostgres.start(binaries.bin as string);
      try {
        const url = server.createDatabase("stackverdict_deploy");
        process.env.MIGRATE_QUIET = "1";
        migrate(url);
        const { status, out } = runCheckDeploy({ ...PRODUCTION, DATABASE_URL: url });
        expect({ status, out }).toEqual({ status: 0, out: expect.stringContaining("All deployment checks passed.") });
      } finally {
        server.destroy();
      }
    },
    120_000,
  );
});
