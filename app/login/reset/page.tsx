// /login/reset#<token>: setting a new password with the one-time link an administrator issued.
import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm";
import styles from "@/components/auth/login.module.css";
import { SITE_NAME } from "@/lib/public/site";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false }, referrer: "no-referrer" };

export default function ResetPasswordPage() {
  return (
    <main className={styles.page}>
      <Link href="/" className={styles.brand}>
        <span className={styles.mark} aria-hidden="true">
          ✓
        </span>
        {SITE_NAME}
      </Link>
      <div className={styles.card}>
        <h1>Set a new password</h1>
        <p className={styles.lead}>The link works once and for one hour. Setting a password signs you out everywhere else.</p>
        <ResetPasswordForm />
      </div>
      <Link href="/login" className={styles.back}>
        ← Back to sign in
      </Link>
    </main>
  );
}
