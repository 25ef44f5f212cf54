// Signing in with one request after the click. next-auth's signIn() asks for the providers, then a
// CSRF token, then signs in: three round trips in a row after "Sign in" (0.6 s of the admin's first
// rows on a loaded machine, `npm run bench:admin-first-rows`). The token is asked for when the form
// shows (`prepareSignIn`), and the click sends the same form next-auth's signIn() sends. When the
// early token is missing or refused, next-auth's own signIn() is used, as before.
import { getCsrfToken, signIn } from "next-auth/react";

export interface Credentials {
  email: string;
  password: string;
  callbackUrl: string;
}

/** The CSRF token for the sign-in, fetched ahead of the click (undefined when it could not be). */
export function prepareSignIn(): Promise<string | undefined> {
  // Through a promise chain so that a synchronous throw (no fetch at all) also falls back to signIn().
  return Promise.resolve()
    .then(() => getCsrfToken())
    .catch(() => undefined);
}

/** next-auth's answer: a URL carrying `error=` when the credentials were refused, `csrf=true` when the token was. */
export function signInOutcome(
  status: number,
  url: string | undefined,
  origin: string,
): "ok" | "refused" | "token refused" {
  if (!url) return "refused";
  const params = new URL(url, origin).searchParams;
  if (params.get("csrf") === "true") return "token refused";
  return status >= 200 && status < 300 && !params.get("error") ? "ok" : "refused";
}

async function withNextAuth(credentials: Credentials): Promise<boolean> {
  const result = await signIn("credentials", { redirect: false, ...credentials });
  return !!result && !result.error && result.ok;
}

/** Whether the credentials were accepted (the session cookie is then set). */
export async function signInWithPassword(
  credentials: Credentials,
  token: Promise<string | undefined>,
): Promise<boolean> {
  const csrfToken = await token;
  if (!csrfToken) return withNextAuth(credentials);
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...credentials, csrfToken, json: "true" }),
  });
  const { url } = (await res.json().catch(() => ({}))) as { url?: string };
  const outcome = signInOutcome(res.status, url, window.location.origin);
  return outcome === "token refused" ? withNextAuth(credentials) : outcome === "ok";
}
