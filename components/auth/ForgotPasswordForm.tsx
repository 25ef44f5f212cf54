"use client";
// "Forgot password?" when the site sends mail (SMTP_URL): asks for a one-time link by mail. The
// answer is the same whether or not the address has an account (app/api/auth/forgot-password).
// Free of react-admin: this is on the public bundle.
import { useState, type FormEvent } from "react";
import styles from "./login.module.css";

type State = { kind: "form"; error: string | null; pending: boolean } | { kind: "sent"; message: string };

export function ForgotPasswordForm() {
  const [state, setState] = useState<State>({ kind: "form", error: null, pending: false });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setState({ kind: "form", error: null, pending: true });
    try {
      const res = await fetch("/api/auth/forgot-password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email }),
      });
      const json = (await res.json()) as { data?: { message: string }; error?: { message: string } };
      if (res.ok && json.data) return setState({ kind: "sent", message: json.data.message });
      setState({ kind: "form", error: json.error?.message ?? "The link could not be requested.", pending: false });
    } catch {
      setState({
        kind: "form",
        error: "Asking for a link is not possible right now. Please try again in a moment.",
        pending: false,
      });
    }
  }

  if (state.kind === "sent") return <p role="status">{state.message}</p>;
  return (
    <form onSubmit={submit} aria-describedby={state.error ? "forgot-error" : undefined} className={styles.form}>
      <p>We mail you a link to set a new password. It works once, for one hour.</p>
      <label htmlFor="forgot-email" className={styles.label}>
        Your account&apos;s email
      </label>
      <input id="forgot-email" name="email" type="email" autoComplete="username" required className={styles.input} />
      {state.error && (
        <p id="forgot-error" role="alert" className={styles.error}>
          {state.error}
        </p>
      )}
      <button type="submit" disabled={state.pending} className={styles.submit}>
        {state.pending ? "Sending…" : "Mail me a link"}
      </button>
    </form>
  );
}
