"use client";
// The new-password form of a one-time reset link. The token is in the page's fragment (never sent
// to the server with the page, nor in a Referer); it is posted once with the new password.
// Deliberately free of react-admin: this is on the public bundle.
import { useEffect, useState, type FormEvent } from "react";
import styles from "./login.module.css";

type State =
  { kind: "form"; error: string | null; pending: boolean } | { kind: "done"; email: string } | { kind: "no-link" };

/** Posts the new password with the link's token: the state the form moves to (done, or the form with what went wrong). */
async function setPassword(token: string | null, password: string): Promise<State> {
  try {
    const res = await fetch("/api/auth/reset-password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password }),
    });
    const json = (await res.json()) as {
      data?: { email: string };
      error?: { message: string; fields?: Record<string, string[]> };
    };
    if (res.ok && json.data) return { kind: "done", email: json.data.email };
    const message = json.error?.fields?.password?.[0] ?? json.error?.message ?? "The password could not be set.";
    return { kind: "form", error: message, pending: false };
  } catch {
    return {
      kind: "form",
      error: "Setting a password is not possible right now. Please try again in a moment.",
      pending: false,
    };
  }
}

export function ResetPasswordForm() {
  const [token, setToken] = useState<string | null>(null);
  const [state, setState] = useState<State>({ kind: "form", error: null, pending: false });
  useEffect(() => {
    const fromHash = window.location.hash.slice(1);
    if (!fromHash) return setState({ kind: "no-link" });
    setToken(fromHash);
    // Out of the address bar and the history: the link is spent once used anyway.
    window.history.replaceState(null, "", window.location.pathname);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? ""))
      return setState({ kind: "form", error: "The two passwords differ.", pending: false });
    setState({ kind: "form", error: null, pending: true });
    setState(await setPassword(token, password));
  }

  if (state.kind === "no-link")
    return (
      <p role="alert" className={styles.error}>
        This page needs the one-time link you were given (by mail, or by an administrator). Ask for a new one on the
        sign-in page.
      </p>
    );
  if (state.kind === "done")
    return (
      <p role="status">
        Your password is set. <a href="/login">Sign in</a> as {state.email}.
      </p>
    );
  return (
    <form onSubmit={submit} aria-describedby={state.error ? "reset-error" : undefined} className={styles.form}>
      <label htmlFor="reset-password" className={styles.label}>
        New password
      </label>
      <input
        id="reset-password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        className={styles.input}
      />
      <label htmlFor="reset-confirm" className={styles.label}>
        New password, again
      </label>
      <input
        id="reset-confirm"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        className={styles.input}
      />
      {state.error && (
        <p id="reset-error" role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
      <button type="submit" disabled={state.pending || !token} className={styles.submit}>
        {state.pending ? "Setting…" : "Set password"}
      </button>
    </form>
  );
}
