// The app bar's notifications: what waits for this user, counted. Editors: candidates in the review
// queue, published verdicts flagged for review, decisions waiting for approval. Contributors: their
// teams' decisions waiting for an editor. Each count is what the linked screen lists.
import { isStaff, type Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";
import { QUEUE_WHERE } from "./review-queue";

export interface Notifications {
  /** Candidates in the review queue (null: this user has no queue). */
  queue: number | null;
  /** Published verdicts flagged for review (null: not this user's work). */
  flaggedVerdicts: number | null;
  /** Decisions waiting for an editor's approval (contributors: their teams'). */
  pendingDecisions: number;
  total: number;
}

export async function getNotifications(actor: Actor | null, db: Db = getDb()): Promise<Notifications> {
  if (!actor) throw new Unauthenticated();
  const staff = isStaff(actor);
  const queue = staff ? await db.claim.count({ where: QUEUE_WHERE }) : null;
  const flaggedVerdicts = staff ? await db.verdict.count({ where: { deletedAt: null, needsReview: true } }) : null;
  const pendingDecisions = await db.decision.count({
    where: { deletedAt: null, visibility: "PENDING", ...(staff ? {} : { teamId: { in: actor.teamIds } }) },
  });
  return { queue, flaggedVerdicts, pendingDecisions, total: (queue ?? 0) + (flaggedVerdicts ?? 0) + pendingDecisions };
}
