// npm run check:deploy: fails (exit 1) on any deployment problem, Django `check --deploy` style.
import { getDb } from "../lib/db/client";
import { demoAccountCheck, environmentChecks, type CheckResult } from "../lib/ops/deploy-checks";
import { DEMO_USERS } from "../prisma/seed/users";

async function main(): Promise<number> {
  const results: CheckResult[] = environmentChecks(process.env);
  try {
    results.push(await demoAccountCheck(getDb(), DEMO_USERS));
  } catch (error) {
    results.push({ id: "database-reachable", ok: false, message: `The database cannot be reached: ${(error as Error).message}` });
  }
  const failures = results.filter((r) => !r.ok);
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.id}${r.ok ? "" : `: ${r.message}`}`);
  console.log(failures.length ? `\n${failures.length} problem(s): not ready for production.` : "\nAll deployment checks passed.");
  return failures.length ? 1 : 0;
}

main().then((code) => (process.exitCode = code)).finally(() => getDb().$disconnect());
