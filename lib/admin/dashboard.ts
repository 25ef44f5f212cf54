// The admin dashboard: where editors start their day.
import { isStaff, type Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";
import { revisions } from "@/lib/resources";
import { scoped } from "@/lib/resources/access";
import { actorName } from "@/lib/revisions/service";

export interface Dashboard {
  claimsByStatus: Record<string, number>;
  reviewQueue: Array<{ id: string; statement: string; status: string; kind: string; updatedAt: string }>;
  openContradictions: Array<{ id: string; reason: string; kind: string; claimA: string; claimB: string }>;
  recentActivity: Array<{
    id: string;
    entity: string;
    entityId: string;
    action: string;
    user: string;
    createdAt: string;
  }>;
  /** Accepted decisions past their revisit date with no outcome review since: time to look back. */
  revisitDue: Array<{ id: string; title: string; team: string; revisitAt: string }>;
  /** Published verdicts whose engine result shifted since publication (lib/editorial/flag.ts). */
  flaggedVerdicts: Array<{ id: string; title: string; useCase: string; reason: string; flaggedAt: string | null }>;
  /** Decisions a contributor made Public, waiting for an editor (staff: all; contributors: their teams'). */
  pendingDecisions: Array<{ id: string; title: string; team: string; updatedAt: string }>;
}

export async function getDashboard(actor: Actor | null, db: Db = getDb()): Promise<Dashboard> {
  if (!actor) throw new Unauthenticated();
  const staff = isStaff(actor);
  // Staff see every team's decisions; contributors their own teams'.
  const teams = staff ? {} : { teamId: { in: actor.teamIds } };
  const [
    claimsByStatus,
    reviewQueue,
    openContradictions,
    recentActivity,
    revisitDue,
    flaggedVerdicts,
    pendingDecisions,
  ] = await Promise.all([
    countClaimsByStatus(db),
    loadReviewQueue(db),
    staff ? loadOpenContradictions(db) : [],
    loadRecentActivity(actor, staff, db),
    loadRevisitDue(teams, db),
    staff ? loadFlaggedVerdicts(db) : [],
    loadPendingDecisions(teams, db),
  ]);
  return {
    claimsByStatus,
    reviewQueue,
    openContradictions,
    recentActivity,
    revisitDue,
    flaggedVerdicts,
    pendingDecisions,
  };
}

type TeamFilter = { teamId?: { in: string[] } };

async function countClaimsByStatus(db: Db): Promise<Dashboard["claimsByStatus"]> {
  const grouped = await db.claim.groupBy({ by: ["status"], where: { deletedAt: null }, _count: { _all: true } });
  return Object.fromEntries(grouped.map((g) => [g.status, g._count._all]));
}

async function loadReviewQueue(db: Db): Promise<Dashboard["reviewQueue"]> {
  const queue = await db.claim.findMany({
    where: { deletedAt: null, status: { in: ["CANDIDATE", "IN_REVIEW"] } },
    orderBy: [{ updatedAt: "desc" }],
    take: 10,
    select: { id: true, statement: true, status: true, kind: true, updatedAt: true },
  });
  return queue.map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() }));
}

async function loadOpenContradictions(db: Db): Promise<Dashboard["openContradictions"]> {
  const contradictions = await db.contradiction.findMany({
    where: { deletedAt: null, status: "OPEN" },
    orderBy: { updatedAt: "desc" },
    take: 10,
    include: { claimA: { select: { statement: true } }, claimB: { select: { statement: true } } },
  });
  return contradictions.map((c) => ({
    id: c.id,
    reason: c.reason,
    kind: c.kind,
    claimA: c.claimA.statement,
    claimB: c.claimB.statement,
  }));
}

/** Recent activity is a list of revisions: only those of records this user may read (none for contributors). */
async function loadRecentActivity(actor: Actor, staff: boolean, db: Db): Promise<Dashboard["recentActivity"]> {
  const activityWhere = staff ? await scoped(revisions, actor, {}, db) : null;
  if (!activityWhere) return [];
  const activity = await db.revision.findMany({
    where: activityWhere,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 15,
    include: { user: { select: { name: true } } },
  });
  return activity.map((r) => ({
    id: r.id,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    user: actorName(r.user),
    createdAt: r.createdAt.toISOString(),
  }));
}

async function loadRevisitDue(teams: TeamFilter, db: Db): Promise<Dashboard["revisitDue"]> {
  const due = await db.decision.findMany({
    where: {
      deletedAt: null,
      status: "ACCEPTED",
      revisitAt: { lte: new Date() },
      ...teams,
      outcomeReviews: { none: { deletedAt: null } },
    },
    orderBy: { revisitAt: "asc" },
    take: 20,
    include: { team: { select: { name: true } } },
  });
  return due.map((d) => ({ id: d.id, title: d.title, team: d.team.name, revisitAt: d.revisitAt!.toISOString() }));
}

async function loadFlaggedVerdicts(db: Db): Promise<Dashboard["flaggedVerdicts"]> {
  const flagged = await db.verdict.findMany({
    where: { deletedAt: null, needsReview: true },
    orderBy: [{ flaggedAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, reviewReason: true, flaggedAt: true, useCase: { select: { name: true } } },
  });
  return flagged.map((v) => ({
    id: v.id,
    title: v.title,
    useCase: v.useCase.name,
    reason: v.reviewReason,
    flaggedAt: v.flaggedAt?.toISOString() ?? null,
  }));
}

async function loadPendingDecisions(teams: TeamFilter, db: Db): Promise<Dashboard["pendingDecisions"]> {
  const pending = await db.decision.findMany({
    where: { deletedAt: null, visibility: "PENDING", ...teams },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, updatedAt: true, team: { select: { name: true } } },
  });
  return pending.map((d) => ({ id: d.id, title: d.title, team: d.team.name, updatedAt: d.updatedAt.toISOString() }));
}
