// /login: the sign-in page (next-auth's sign-in page, see lib/auth/options.ts), in the site's
// colours, with the way back to the site.
import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/LoginForm";
import styles from "@/components/auth/login.module.css";
import { SITE_NAME } from "@/lib/public/site";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <main className={styles.page}>
      <Link href="/" className={styles.brand}>
        <span className={styles.mark} aria-hidden="true">
          ✓
        </span>
        {SITE_NAME}
      </Link>
      <div className={styles.card}>
        <h1>Sign in</h1>
        <p className={styles.lead}>For editors and teams. Reading the site needs no account.</p>
        <LoginForm callbackUrl={Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl} />
        <details className={styles.help}>
          <summary>Forgot password?</summary>
          {/* Reset by mail (SMTP_URL) is not built yet: an admin issues the link (lib/auth/password-reset.ts). */}
          <p>Ask an administrator of this site: they can give you a one-time link to set a new password. It works for one hour.</p>
        </details>
      </div>
      <Link href="/" className={styles.back}>
        ← Back to {SITE_NAME}
      </Link>
    </main>
  );
}
