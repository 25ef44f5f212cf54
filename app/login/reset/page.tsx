// /login/reset#<token>: setting a new password with the one-time link an administrator issued.
import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm";
import styles from "@/components/auth/login.module.css";
import { AuthFrame } from "@/components/auth/AuthFrame";

export const metadata: Metadata = { title: "Set a new password", robots: { index: false }, referrer: "no-referrer" };

export default function ResetPasswordPage() {
  return (
    <AuthFrame back={{ href: "/login", label: "Back to sign in" }}>
      <h1>Set a new password</h1>
      <p className={styles.lead}>
        The link works once and for one hour. Setting a password signs you out everywhere else.
      </p>
      <ResetPasswordForm />
    </AuthFrame>
  );
}
