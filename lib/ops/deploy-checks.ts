// Deployment checklist (Django's `check --deploy`): each check is a pure function of the
// environment plus, where needed, a database look-up; `npm run check:deploy` prints them.
import type { NextAuthOptions } from "next-auth";
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { parseTrustedProxies } from "@/lib/net/forwarded";
import { allowedHosts } from "@/lib/http/hosts";

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
      message: secret
        ? "NEXTAUTH_SECRET must be at least 32 random characters (openssl rand -hex 32)."
        : "NEXTAUTH_SECRET is not set.",
    },
    {
      id: "url",
      ok: /^https:\/\//.test(url),
      message: "NEXTAUTH_URL must be the site's https:// URL (secure cookies and HSTS depend on it).",
    },
    {
      id: "database",
      ok: !production || providerOf(dbUrl) === "postgresql",
      message: "Production must run on PostgreSQL: SQLite is for demos and single-user setups.",
    },
    {
      id: "database-set",
      ok: dbUrl !== "",
      message: "DATABASE_URL is not set (the app would fall back to the demo SQLite file).",
    },
    {
      id: "debug",
      ok: env.NODE_ENV === "production",
      message: "NODE_ENV must be 'production' (development mode leaks stack traces and is slow).",
    },
    allowedHostsCheck(env),
    trustedProxiesCheck(env),
  ];
}

/**
 * TRUSTED_PROXIES must parse and must not admit everyone (then any client names its own address,
 * host and scheme). An https site needs it: `npm start` serves plain http, so whatever terminates
 * TLS has to be listed, or the app sees http and refuses the browser's https Origin on every write.
 */
export function trustedProxiesCheck(env: Env): CheckResult {
  const source = env.TRUSTED_PROXIES ?? "";
  const { invalid, everything } = parseTrustedProxies(source);
  const problems = [
    ...(invalid.length
      ? [`TRUSTED_PROXIES has entries that are not addresses or CIDR ranges: ${invalid.join(", ")}.`]
      : []),
    ...(everything.length
      ? [
          `TRUSTED_PROXIES ${everything.join(", ")} trusts every client's X-Forwarded-* headers; list only your proxies.`,
        ]
      : []),
    ...((env.NEXTAUTH_URL ?? "").startsWith("https://") && !source.trim()
      ? [
          "NEXTAUTH_URL is https but TRUSTED_PROXIES is empty: list the proxy that terminates TLS (npm start serves plain http).",
        ]
      : []),
  ];
  return { id: "trusted-proxies", ok: problems.length === 0, message: problems.join(" ") };
}

/** ALLOWED_HOSTS (or NEXTAUTH_URL's host by default) must name this site, and never "*". */
export function allowedHostsCheck(env: Env): CheckResult {
  const hosts = allowedHosts(env);
  let siteHost = "";
  try {
    siteHost = new URL(env.NEXTAUTH_URL ?? "").hostname.toLowerCase();
  } catch {
    // reported by the url check
  }
  const coversSite =
    !hosts ||
    !siteHost ||
    hosts.some((h) => h === siteHost || (h.startsWith(".") && (siteHost === h.slice(1) || siteHost.endsWith(h))));
  return {
    id: "allowed-hosts",
    ok: hosts !== null && hosts.length > 0 && coversSite,
    message: !hosts
      ? "Every Host header is accepted: set NEXTAUTH_URL (its host is allowed by default) or ALLOWED_HOSTS, and never ALLOWED_HOSTS=*."
      : `ALLOWED_HOSTS (${hosts.join(", ")}) does not include the site's own host ${siteHost}.`,
  };
}

/**
 * The session, CSRF and callback cookies as next-auth 4 sets them with these options: by default
 * HttpOnly and SameSite=Lax, and Secure (with the __Secure- prefix) exactly when NEXTAUTH_URL is
 * https or useSecureCookies says so; explicit `cookies` overrides are checked as given.
 */
export function cookieCheck(env: Env, options: Pick<NextAuthOptions, "useSecureCookies" | "cookies">): CheckResult {
  const secure = options.useSecureCookies ?? (env.NEXTAUTH_URL ?? "").startsWith("https://");
  const defaults = { httpOnly: true, sameSite: "lax", secure };
  const weak = ["sessionToken", "csrfToken", "callbackUrl"].filter((name) => {
    const o = {
      ...defaults,
      ...(options.cookies?.[name as keyof NonNullable<NextAuthOptions["cookies"]>]?.options ?? {}),
    } as { httpOnly?: boolean; sameSite?: unknown; secure?: boolean };
    return !o.secure || !o.httpOnly || !["lax", "strict"].includes(String(o.sameSite));
  });
  return {
    id: "cookies",
    ok: weak.length === 0,
    message: `Cookies without Secure, HttpOnly or SameSite: ${weak.join(", ")}. Serve the site over https (NEXTAUTH_URL=https://…) and do not set useSecureCookies: false.`,
  };
}

export interface HeaderRule {
  key: string;
  value: string;
}

/**
 * HSTS and the other protective headers next.config.js will send (`headers`), and the policy
 * proxy.ts puts on a page response (`policy`, null when no proxy answers with one).
 */
export function headerChecks(headers: HeaderRule[], policy: string | null): CheckResult[] {
  const get = (key: string) => headers.find((h) => h.key.toLowerCase() === key.toLowerCase())?.value ?? "";
  const maxAge = Number(/max-age=(\d+)/.exec(get("Strict-Transport-Security"))?.[1] ?? 0);
  const scripts = policy?.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  return [
    {
      id: "hsts",
      ok: maxAge >= 31_536_000,
      message:
        "Strict-Transport-Security (one year or more) is not sent: it is on only in production over https (NODE_ENV=production, NEXTAUTH_URL=https://…).",
    },
    {
      id: "frame-options",
      ok: get("X-Frame-Options") === "DENY" && /frame-ancestors 'none'/.test(policy ?? ""),
      message: "Framing is not forbidden (X-Frame-Options DENY and CSP frame-ancestors 'none').",
    },
    {
      id: "nosniff",
      ok: get("X-Content-Type-Options") === "nosniff",
      message: "X-Content-Type-Options: nosniff is not sent.",
    },
    {
      id: "csp",
      ok:
        /'nonce-[^']+'/.test(scripts) &&
        !/'unsafe-(inline|eval)'/.test(scripts) &&
        /upgrade-insecure-requests/.test(policy ?? ""),
      message: policy
        ? "The Content-Security-Policy must admit scripts only by nonce (no unsafe-inline/unsafe-eval) and upgrade insecure requests (it does when NEXTAUTH_URL is https://)."
        : "No Content-Security-Policy: proxy.ts does not set one.",
    },
  ];
}

/** Demo accounts still accepting their published demo passwords. */
export async function demoAccountCheck(
  db: Db,
  demo: ReadonlyArray<{ email: string; password: string }>,
): Promise<CheckResult> {
  const live: string[] = [];
  for (const account of demo) {
    const user = await db.user.findUnique({ where: { email: account.email } });
    if (user?.active && (await verifyPassword(user.passwordHash, account.password))) live.push(account.email);
  }
  return {
    id: "demo-accounts",
    ok: live.length === 0,
    message: live.length
      ? `Demo accounts still have their demo passwords: ${live.join(", ")}. Deactivate them or change the passwords.`
      : "",
  };
}
