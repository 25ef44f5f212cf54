// npm run check:deploy: fails (exit 1) on any deployment problem, Django `check --deploy` style.
// Reads the real configuration: the environment, next.config.js's headers, the policy proxy.ts
// puts on a page, next-auth's cookie options, and the database (reachable, no demo passwords).
import path from "node:path";
import { NextRequest } from "next/server";
import { authOptions } from "../lib/auth/options";
import { getDb } from "../lib/db/client";
import {
  cookieCheck,
  demoAccountCheck,
  environmentChecks,
  headerChecks,
  type CheckResult,
  type HeaderRule,
} from "../lib/ops/deploy-checks";
import { DEMO_USERS } from "../prisma/seed/users";
import { proxy } from "../proxy";

async function configuredHeaders(): Promise<HeaderRule[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.resolve(__dirname, "../next.config.js")) as {
    headers?: () => Promise<Array<{ source: string; headers: HeaderRule[] }>>;
  };
  const rules = (await config.headers?.()) ?? [];
  return rules.filter((r) => r.source === "/:path*").flatMap((r) => r.headers);
}

function pagePolicy(): string | null {
  const site = process.env.NEXTAUTH_URL || "http://localhost:3000";
  return proxy(new NextRequest(new URL("/", site))).headers.get("content-security-policy");
}

async function main(): Promise<number> {
  const results: CheckResult[] = environmentChecks(process.env);
  results.push(cookieCheck(process.env, authOptions), ...headerChecks(await configuredHeaders(), pagePolicy()));
  try {
    results.push(await demoAccountCheck(getDb(), DEMO_USERS));
  } catch (error) {
    results.push({
      id: "database-reachable",
      ok: false,
      message: `The database cannot be reached: ${(error as Error).message.split("\n").filter(Boolean).pop()}`,
    });
  }
  const failures = results.filter((r) => !r.ok);
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.id}${r.ok ? "" : `: ${r.message}`}`);
  console.log(
    failures.length ? `\n${failures.length} problem(s): not ready for production.` : "\nAll deployment checks passed.",
  );
  return failures.length ? 1 : 0;
}

main()
  .then((code) => (process.exitCode = code))
  .finally(() => getDb().$disconnect());
