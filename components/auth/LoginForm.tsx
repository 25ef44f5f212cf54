"use client";
// Email + password sign-in through next-auth. Failures get one generic message (never which of
// the two was wrong). Deliberately free of react-admin: this is on the public bundle.
import { useContext, useEffect, useRef, useState, type FormEvent } from "react";
// next/navigation's useRouter() without its throw when no app router is mounted (component tests
// render the form alone): then the browser loads the next page as before.
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { enterAdmin, opensAdmin, warmAdmin } from "@/components/admin/enter";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import styles from "./login.module.css";
import { prepareSignIn, signInWithPassword } from "./sign-in";

export const LOGIN_FAILED = "Email or password is incorrect.";

/**
 * Only same-site paths are followed after signing in (no open redirect): the value is parsed as
 * the browser would parse it, against this page's own origin (lib/auth/callback-url.ts).
 */
export function safeCallbackUrl(raw: string | null | undefined, site = window.location.origin): string {
  return safeCallbackPath(raw, site);
}

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const router = useContext(AppRouterContext);
  // The CSRF token is fetched while the user types, so "Sign in" is one request (./sign-in.ts);
  // the admin's code too, when signing in leads there (components/admin/enter.ts).
  const token = useRef<Promise<string | undefined> | null>(null);
  useEffect(() => {
    token.current = prepareSignIn();
    if (router) warmAdmin(safeCallbackUrl(callbackUrl));
  }, [router, callbackUrl]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = safeCallbackUrl(callbackUrl);
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const accepted = await signInWithPassword(
        { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), callbackUrl: target },
        token.current ?? prepareSignIn(),
      );
      if (!accepted) {
        setError(LOGIN_FAILED);
        setPending(false);
        return;
      }
      // The admin opens in this page (its code is already here); anything else loads as a new page.
      if (router && opensAdmin(target)) enterAdmin(target, (href) => router.push(href));
      else window.location.assign(target);
    } catch {
      setError("Signing in is not possible right now. Please try again in a moment.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-describedby={error ? "login-error" : undefined} className={styles.form}>
      <label htmlFor="login-email" className={styles.label}>
        Email
      </label>
      <input
        id="login-email"
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        className={styles.input}
      />
      <label htmlFor="login-password" className={styles.label}>
        Password
      </label>
      <input
        id="login-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        className={styles.input}
      />
      {error && (
        <p id="login-error" role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={styles.submit}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
