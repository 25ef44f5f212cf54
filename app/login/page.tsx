// /login: the sign-in page (next-auth's sign-in page, see lib/auth/options.ts), in the site's
// colours, with the way back to the site.
import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/ForgotPasswordForm";
import { LoginForm } from "@/components/auth/LoginForm";
import { sendsMail } from "@/lib/auth/mail";
import styles from "@/components/auth/login.module.css";
import { AuthFrame } from "@/components/auth/AuthFrame";
import { SITE_NAME } from "@/lib/public/site";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  return (
    <AuthFrame back={{ href: "/", label: `Back to ${SITE_NAME}` }}>
      <h1>Sign in</h1>
      <p className={styles.lead}>For editors and teams. Reading the site needs no account.</p>
      <LoginForm callbackUrl={Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl} />
      <details className={styles.help}>
        <summary>Forgot password?</summary>
        {/* By mail when the site sends mail (SMTP_URL, lib/auth/mail.ts); otherwise an admin issues the link (lib/auth/password-reset.ts). */}
        {sendsMail() ? (
          <ForgotPasswordForm />
        ) : (
          <p>
            Ask an administrator of this site: they can give you a one-time link to set a new password. It works for one
            hour.
          </p>
        )}
      </details>
    </AuthFrame>
  );
}
