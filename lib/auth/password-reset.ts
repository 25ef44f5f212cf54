// Password reset by a one-time link an admin issues (no mail server needed: the link is shown to the
// admin, who hands it over), or that the user asks for by mail when SMTP is set up
// (password-reset-mail.ts: the same links, made by `newResetLink`). The link carries 32 random bytes; only their SHA-256 is stored, so a
// copy of the database opens no account. A link works once, for RESET_LINK_TTL_MS, and only for an
// active user; issuing a new one kills the user's older ones. Using it sets the password and bumps
// sessionVersion, which ends every session the user had (lib/auth/actor.ts compares it).
// Wrong, used or expired links count as failed sign-ins from that address (lib/auth/throttle.ts).
//
// Both writes go through one transaction with a revision on the user (who issued a link, when it
// was used) and the user's commit event. The user's `version` is left alone, as at sign-in
// (lib/auth/sessions.ts): no field an admin edits changes, so an admin editing the user meanwhile
// gets no conflict.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { NotFound, TooManyRequests, ValidationError } from "@/lib/errors";
import { users } from "@/lib/resources/users";
import { recordRevision } from "@/lib/revisions/service";
import { serializeRow } from "@/lib/revisions/serialize";
import { transact } from "@/lib/services/after-commit";
import { authorize, parseInput } from "@/lib/services/records";
import { hashPassword, passwordProblem } from "./password";
import type { Actor } from "./roles";
import { checkThrottle, recordAttempt } from "./throttle";

export const RESET_LINK_TTL_MS = 60 * 60_000;
/** Where the link leads: the token travels in the fragment, which browsers never send to a server or in a Referer. */
export const RESET_PAGE = "/login/reset";
/** The name failed link uses are counted under in the sign-in log (one address, any link). */
export const RESET_THROTTLE_KEY = "(password reset link)";
/** The one answer for every dead link, so an answer never tells a used link from an unknown one. */
export const DEAD_LINK =
  "This link is not valid any more (used, replaced or expired). Ask an administrator for a new one.";

const TOKEN = /^[A-Za-z0-9_-]{43}$/; // 32 bytes, base64url
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface IssuedResetLink {
  /** The page and token (`/login/reset#…`): shown once, to the admin who issued it. */
  path: string;
  expiresAt: string;
}

/**
 * A new link for a user, inside the caller's transaction: the user's older unused links die, only
 * the token's hash is stored. Returns the token (shown or sent once, never stored).
 */
export async function newResetLink(
  tx: Tx,
  userId: string,
  issuedById: string | null,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.passwordReset.create({ data: { userId, tokenHash: hashToken(token), issuedById, expiresAt } });
  return { token, expiresAt };
}

const issueInput = z.strictObject({ userId: z.string().min(1).max(64) });

/** An admin issues a one-time reset link for a user (only admins may change users). */
export async function issueResetLink(
  actor: Actor | null,
  input: unknown,
  db: Db = getDb(),
  now = new Date(),
): Promise<IssuedResetLink> {
  const who = authorize(users, actor, "update");
  const { userId } = parseInput(issueInput, input);
  const { token, expiresAt } = await transact(
    db,
    users,
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId } });
      if (!user) throw new NotFound(`User ${userId}`);
      if (!user.active)
        throw new ValidationError({
          userId: ["This user is deactivated: reactivate them before issuing a reset link."],
        });
      const link = await newResetLink(tx, userId, who.id || null, now);
      const row = serializeRow(users, user);
      await recordRevision(tx, {
        def: users,
        action: "UPDATE",
        actor: who,
        before: row,
        after: row,
        reason: `Issued a one-time password reset link, valid until ${link.expiresAt.toISOString()}`,
      });
      return link;
    },
    { actor: who },
  );
  return { path: `${RESET_PAGE}#${token}`, expiresAt: expiresAt.toISOString() };
}

const useInput = z.strictObject({ token: z.string().max(200), password: z.string().max(256) });

/**
 * Sets a new password with a link's token. `address` is the client's (lib/net/forwarded.ts).
 * A password the rules refuse leaves the link usable; any dead link gets the same answer.
 */
export async function resetPasswordWithLink(
  input: unknown,
  address: string,
  db: Db = getDb(),
  now = new Date(),
): Promise<{ email: string }> {
  const { token, password } = parseInput(useInput, input);
  const throttle = await checkThrottle(db, RESET_THROTTLE_KEY, address, now);
  if (!throttle.allowed) {
    await recordAttempt(db, RESET_THROTTLE_KEY, address, throttle.reason ?? "throttled");
    throw new TooManyRequests(throttle.retryAfterMs);
  }
  const dead = async () => {
    await recordAttempt(db, RESET_THROTTLE_KEY, address, "bad-reset-link");
    return new ValidationError({ token: [DEAD_LINK] }, DEAD_LINK);
  };
  const reset = TOKEN.test(token)
    ? await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } })
    : null;
  if (!reset || reset.usedAt || reset.expiresAt <= now || !reset.user.active) throw await dead();
  const problem = passwordProblem(password, reset.user.email);
  if (problem) throw new ValidationError({ password: [problem] }, problem);
  const passwordHash = await hashPassword(password); // slow on purpose: before the transaction, not inside it
  const self: Actor = {
    id: reset.user.id,
    email: reset.user.email,
    name: reset.user.name,
    role: reset.user.role,
    teamIds: [],
  };
  const used = await transact(
    db,
    users,
    async (tx) => {
      // Claimed atomically: of two uses racing with one link, one wins.
      const claimed = await tx.passwordReset.updateMany({
        where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count === 0) return false;
      const before = await tx.user.findUniqueOrThrow({ where: { id: reset.userId } });
      const after = await tx.user.update({
        where: { id: reset.userId },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      await recordRevision(tx, {
        def: users,
        action: "UPDATE",
        actor: self,
        before: serializeRow(users, before),
        after: serializeRow(users, after),
        reason: "Set a new password with a one-time reset link (every session ended)",
      });
      return true;
    },
    { actor: self },
  );
  if (!used) throw await dead();
  await recordAttempt(db, reset.user.email, address, "password-reset");
  return { email: reset.user.email };
}
