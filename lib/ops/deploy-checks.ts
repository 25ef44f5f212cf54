// Deployment checklist (Django's `check --deploy`): each check is a pure function of the
// environment plus, where needed, a database look-up; `npm run check:deploy` prints them.
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";

export interface CheckResult {
  id: string;
  ok: boolean;
  message: string;
}

type Env = Record<string, string | undefined>;

export function environmentChecks(env: Env): CheckResult[] {
  const secret = env.NEXTAUTH_SECRET ?? "";
  const url = env.NEXTAUTH_URL ?? "";
  const dbUrl = env.DATABASE_URL ?? "";
  const production = env.NODE_ENV === "production" || env.STACKVERDICT_ENV === "production";
  const distinctChars = new Set(secret).size;
  return [
    {
      id: "secret",
      ok: secret.length >= 32 && distinctChars >= 10 && !/changeme|secret|example|demo/i.test(secret),
      message: secret ? "NEXTAUTH_SECRET must be at least 32 random characters (openssl rand -hex 32)." : "NEXTAUTH_SECRET is not set.",
    },
    { id: "url", ok: /^https:\/\//.test(url), message: "NEXTAUTH_URL must be the site's https:// URL (secure cookies and HSTS depend on it)." },
    {
      id: "database",
      ok: !production || providerOf(dbUrl) === "postgresql",
      message: "Production must run on PostgreSQL: SQLite is for demos and single-user setups.",
    },
    { id: "database-set", ok: dbUrl !== "", message: "DATABASE_URL is not set (the app would fall back to the demo SQLite file)." },
    { id: "debug", ok: env.NODE_ENV === "production", message: "NODE_ENV must be 'production' (development mode leaks stack traces and is slow)." },
  ];
}

/** Demo accounts still accepting their published demo passwords. */
export async function demoAccountCheck(db: Db, demo: ReadonlyArray<{ email: string; password: string }>): Promise<CheckResult> {
  const live: string[] = [];
  for (const account of demo) {
    const user = await db.user.findUnique({ where: { email: account.email } });
    if (user?.active && (await verifyPassword(user.passwordHash, account.password))) live.push(account.email);
  }
  return {
    id: "demo-accounts",
    ok: live.length === 0,
    message: live.length ? `Demo accounts still have their demo passwords: ${live.join(", ")}. Deactivate them or change the passwords.` : "",
  };
}
