// Outgoing mail, for password reset links only. Configured by two variables (README, "Password reset"):
//   SMTP_URL   smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS);
//   SMTP_FROM  the sender, "StackVerdict <no-reply@example.org>"; by default no-reply@ the site's host.
// Without SMTP_URL nothing is sent and the sign-in page says to ask an administrator for a link.
import nodemailer from "nodemailer";
import { siteUrl, SITE_NAME } from "@/lib/net/site-url";

export interface MailSettings {
  url: string;
  from: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message; rejects when the server refuses it. */
export type Mailer = (mail: OutgoingMail) => Promise<void>;

/** Pure: the settings the environment gives, or null when mail is not set up. */
export function mailSettings(env: Readonly<Record<string, string | undefined>> = process.env): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\//i.test(url)) throw new Error("SMTP_URL must start with smtp:// or smtps://.");
  const site = env.NEXT_PUBLIC_SITE_URL || env.NEXTAUTH_URL || siteUrl();
  const from = env.SMTP_FROM?.trim() || `${SITE_NAME} <no-reply@${new URL(site).hostname}>`;
  return { url, from };
}

const TIMEOUT_MS = 15_000;

/** A mailer over SMTP. A slow or unreachable server fails the send within TIMEOUT_MS, never hangs it. */
export function smtpMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(
    { url: settings.url, connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS },
    { from: settings.from },
  );
  return async ({ to, subject, text }) => {
    await transport.sendMail({ to, subject, text });
  };
}

/** For pages: whether to offer reset by mail. A malformed SMTP_URL offers none (and says so in the log) rather than break sign-in. */
export function sendsMail(): boolean {
  try {
    return mailSettings() !== null;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return false;
  }
}
