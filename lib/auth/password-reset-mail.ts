// Password reset by mail, when SMTP is set up (lib/auth/mail.ts): anyone may ask for a link for an
// address; when an active user has that address, the same one-time link an admin would issue
// (password-reset.ts: one hour, single use, only its hash stored, older links killed) is mailed to it.
// The answer never tells whether the address has an account: it is the same words either way, and
// it is given before the mail goes out (how long a send takes would tell). Throttled on two lines:
//   - per client address: MAIL_THROTTLE.perAddress requests a window, then 429 (says nothing of accounts);
//   - per account: MAIL_THROTTLE.perAccount mails a window; further requests get the same answer and
//     no mail, so nobody can flood an inbox through the form.
// Requests and sends are kept in the sign-in log (LoginAttempt) like every other attempt.
import { z } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { TooManyRequests } from "@/lib/errors";
import { absoluteUrl, SITE_NAME } from "@/lib/net/site-url";
import { users } from "@/lib/resources/users";
import { recordRevision } from "@/lib/revisions/service";
import { serializeRow } from "@/lib/revisions/serialize";
import { transact } from "@/lib/services/after-commit";
import { parseInput } from "@/lib/services/records";
import type { Mailer } from "./mail";
import { newResetLink, RESET_PAGE } from "./password-reset";
import type { Actor } from "./roles";
import { recordAttempt, throttleKey } from "./throttle";

export const MAIL_THROTTLE = { windowMs: 15 * 60_000, perAddress: 10, perAccount: 3 } as const;
/** Sign-in log outcomes: a request for a link (any address), a link mailed (an account's). */
export const MAIL_REQUESTED = "reset-mail-requested";
export const MAIL_SENT = "reset-mail-sent";
/** The one answer, whether or not the address has an account. */
export const MAIL_ANSWER =
  "If an account uses that address, a link to set a new password is on its way. It works once, for one hour.";

const requestInput = z.strictObject({ email: z.string().max(320) });

const nothingToSend = (): { delivery: Promise<void> } => ({ delivery: Promise.resolve() });

function resetMail(email: string, link: string, expiresAt: Date) {
  const until = expiresAt.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone: "UTC",
  });
  return {
    to: email,
    subject: `Set a new password for ${SITE_NAME}`,
    text: [
      `Someone (we hope you) asked to set a new password for the ${SITE_NAME} account ${email}.`,
      "",
      `Open this link to choose one. It works once, until ${until} UTC, and signs you out everywhere else:`,
      "",
      link,
      "",
      "If you did not ask, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}

/**
 * Asks for a reset link by mail. Resolves once the answer can be given; `delivery` settles when the
 * mail is sent (or at once when there is nothing to send). `address` is the client's.
 */
export async function requestResetByMail(
  input: unknown,
  address: string,
  mailer: Mailer,
  db: Db = getDb(),
  now = new Date(),
): Promise<{ delivery: Promise<void> }> {
  const email = parseInput(requestInput, input).email.trim().toLowerCase();
  const since = new Date(now.getTime() - MAIL_THROTTLE.windowMs);
  const fromAddress = await db.loginAttempt.aggregate({
    where: { ip: throttleKey(address), outcome: MAIL_REQUESTED, createdAt: { gte: since } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  if (fromAddress._count._all >= MAIL_THROTTLE.perAddress) {
    const oldest = fromAddress._min.createdAt ?? now;
    throw new TooManyRequests(Math.max(oldest.getTime() + MAIL_THROTTLE.windowMs - now.getTime(), 1000));
  }
  await recordAttempt(db, email, address, MAIL_REQUESTED);
  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  if (!user || !user.active) return nothingToSend();
  const mailed = await db.loginAttempt.count({
    where: { email: user.email, outcome: MAIL_SENT, createdAt: { gte: since } },
  });
  if (mailed >= MAIL_THROTTLE.perAccount) return nothingToSend();

  const self: Actor = { id: user.id, email: user.email, name: user.name, role: user.role, teamIds: [] };
  const { token, expiresAt } = await transact(
    db,
    users,
    async (tx) => {
      const link = await newResetLink(tx, user.id, null, now);
      const row = serializeRow(users, user);
      await recordRevision(tx, {
        def: users,
        action: "UPDATE",
        actor: self,
        before: row,
        after: row,
        reason: `Asked for a password reset link by mail, valid until ${link.expiresAt.toISOString()}`,
      });
      return link;
    },
    { actor: self },
  );
  await recordAttempt(db, user.email, address, MAIL_SENT);
  return { delivery: mailer(resetMail(user.email, absoluteUrl(`${RESET_PAGE}#${token}`), expiresAt)) };
}
