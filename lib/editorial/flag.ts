// Flag for review: after a write that changes evidence (a claim's status or weight, a merge, a
// citation, a decision or its outcome), recompute only the verdicts that depend on the changed
// records and flag a published verdict when its recomputed result differs significantly from what
// the engine proposed when it was published (lib/verdicts needsReview). Runs right after commit.
//
// The engine is kept per database client and updated incrementally (VerdictEngine.upsertClaim…),
// so a claim edit costs a few small queries and the recomputation of its use cases, not a full
// load. The cache is rebuilt after CACHE_TTL_MS, because other processes (the importer, a second
// server) may have written evidence this one never saw.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { needsReview, VerdictEngine, type Verdict as EngineVerdict } from "@/lib/verdicts";
import { loadEvidence } from "@/lib/editorial/load";
import { buildEngine } from "./engine";
import { loadClaimEvidence, loadDecisionEvidence } from "./evidence";
import { describeShift } from "./shift";

const CACHE_TTL_MS = 5 * 60_000;

interface Cached {
  engine: VerdictEngine;
  builtAt: number;
}

const engines = new WeakMap<Db, Cached>();
/** One review at a time per client, so two writes never interleave their engine updates. */
const queues = new WeakMap<Db, Promise<unknown>>();

export interface ChangedEvidence {
  claimIds: string[];
  decisionIds: string[];
  /** Something the dependency index cannot follow (use cases, technologies, verdict evidence): start over. */
  rebuild?: boolean;
}

const idsOf = (result: unknown): string[] => {
  const items = Array.isArray(result) ? result : [result];
  return items
    .map((r) =>
      typeof r === "string" ? r : r && typeof r === "object" && "id" in r ? String((r as { id: unknown }).id) : null,
    )
    .filter((id): id is string => !!id);
};

/** Which evidence a committed write of `resource` touched; null when it cannot affect verdicts. */
export async function changedEvidence(db: Db, resource: string, result: unknown): Promise<ChangedEvidence | null> {
  const ids = idsOf(result);
  switch (resource) {
    case "claims": {
      // A merge retracts its sources into the target: both sides change.
      const merged = await db.claim.findMany({ where: { id: { in: ids } }, select: { mergedIntoId: true } });
      return {
        claimIds: [...new Set([...ids, ...merged.map((m) => m.mergedIntoId).filter((m): m is string => !!m)])],
        decisionIds: [],
      };
    }
    case "citations": {
      const rows = await db.citation.findMany({ where: { id: { in: ids } }, select: { claimId: true } });
      return { claimIds: [...new Set(rows.map((r) => r.claimId))], decisionIds: [] };
    }
    case "decisions":
      return { claimIds: [], decisionIds: ids };
    case "outcomeReviews": {
      const rows = await db.outcomeReview.findMany({ where: { id: { in: ids } }, select: { decisionId: true } });
      return { claimIds: [], decisionIds: [...new Set(rows.map((r) => r.decisionId))] };
    }
    case "verdicts":
      // A verdict's own evidence list changes which use cases its claims count for (hints), but
      // an editor writing a verdict is reviewing it already: forget the engine, flag nothing.
      engines.delete(db);
      return null;
    case "useCases":
    case "technologies":
    case "articles":
      return { claimIds: [], decisionIds: [], rebuild: true };
    default:
      return null;
  }
}

async function freshEngine(db: Db): Promise<VerdictEngine> {
  const engine = await buildEngine(await loadEvidence(db));
  engines.set(db, { engine, builtAt: Date.now() });
  return engine;
}

/** Applies the change to the cached engine; returns the use cases to look at (all of them on a cold cache). */
async function recompute(
  db: Db,
  change: ChangedEvidence,
): Promise<{ engine: VerdictEngine; useCases: string[] | "all" }> {
  const cached = engines.get(db);
  if (!cached || change.rebuild || Date.now() - cached.builtAt > CACHE_TTL_MS)
    return { engine: await freshEngine(db), useCases: "all" };
  const { engine } = cached;
  const touched = new Set<string>();
  const [claims, decisions] = await Promise.all([
    loadClaimEvidence(db, change.claimIds),
    loadDecisionEvidence(db, change.decisionIds),
  ]);
  const liveClaims = new Set(claims.map((c) => c.id));
  const liveDecisions = new Set(decisions.map((d) => d.id));
  for (const claim of claims) engine.upsertClaim(claim).forEach((slug) => touched.add(slug));
  for (const id of change.claimIds)
    if (!liveClaims.has(id)) engine.removeClaim(id).forEach((slug) => touched.add(slug));
  for (const decision of decisions) engine.upsertDecision(decision).forEach((slug) => touched.add(slug));
  for (const id of change.decisionIds)
    if (!liveDecisions.has(id)) engine.removeDecision(id).forEach((slug) => touched.add(slug));
  return { engine, useCases: [...touched] };
}

/** Flags the published verdicts whose engine result shifted; returns the ids it flagged. */
async function flagShifted(db: Db, engine: VerdictEngine, useCases: string[] | "all"): Promise<string[]> {
  if (useCases !== "all" && useCases.length === 0) return [];
  const published = await db.verdict.findMany({
    where: {
      deletedAt: null,
      status: "PUBLISHED",
      needsReview: false,
      ...(useCases === "all" ? {} : { useCase: { slug: { in: useCases } } }),
    },
    select: { id: true, engineSnapshot: true, useCase: { select: { slug: true } } },
  });
  const flagged: string[] = [];
  for (const verdict of published) {
    // Verdicts published before the engine existed have no baseline to compare against.
    const before = verdict.engineSnapshot as EngineVerdict | null;
    const now = engine.verdict(verdict.useCase.slug);
    if (!before || !now || !needsReview(before, now)) continue;
    // Only an unflagged row is flagged, so a concurrent publish (which clears the flag) is not undone blindly.
    const done = await db.verdict.updateMany({
      where: { id: verdict.id, needsReview: false, status: "PUBLISHED" },
      data: { needsReview: true, reviewReason: describeShift(before, now), flaggedAt: new Date() },
    });
    if (done.count) flagged.push(verdict.id);
  }
  return flagged;
}

/** Recomputes the verdicts depending on a committed write and flags those that shifted. */
export function reviewDependentVerdicts(db: Db, resource: string, result: unknown): Promise<string[]> {
  const run = async () => {
    const change = await changedEvidence(db, resource, result);
    if (!change) return [];
    if (!change.rebuild && change.claimIds.length === 0 && change.decisionIds.length === 0) return [];
    const { engine, useCases } = await recompute(db, change);
    const shifted = await flagShifted(db, engine, useCases);
    return [...shifted, ...(await flagCitingWithdrawn(db, change.claimIds))];
  };
  const next = (queues.get(db) ?? Promise.resolve()).catch(() => undefined).then(run);
  queues.set(db, next);
  return next;
}

/**
 * A published verdict whose own cited evidence stopped counting (refuted, disputed, retracted, merged
 * away or deleted) is flagged whatever the engine now says: the page shows that claim as a reason.
 */
async function flagCitingWithdrawn(db: Db, claimIds: string[]): Promise<string[]> {
  if (!claimIds.length) return [];
  const withdrawn = await db.claim.findMany({
    where: { id: { in: claimIds }, NOT: { deletedAt: null, mergedIntoId: null, status: "VERIFIED" } },
    select: { id: true, statement: true, status: true, deletedAt: true, mergedIntoId: true },
  });
  if (!withdrawn.length) return [];
  const citing = await db.verdict.findMany({
    where: {
      deletedAt: null,
      status: "PUBLISHED",
      needsReview: false,
      evidence: { some: { claimId: { in: withdrawn.map((c) => c.id) } } },
    },
    select: { id: true, evidence: { select: { claimId: true } } },
  });
  const flagged: string[] = [];
  for (const verdict of citing) {
    const cited = withdrawn.filter((c) => verdict.evidence.some((e) => e.claimId === c.id));
    const reason = cited.map((c) => `Cited evidence ${withdrawnAs(c)}: "${c.statement}"`).join(" ");
    const done = await db.verdict.updateMany({
      where: { id: verdict.id, needsReview: false, status: "PUBLISHED" },
      data: { needsReview: true, reviewReason: reason, flaggedAt: new Date() },
    });
    if (done.count) flagged.push(verdict.id);
  }
  return flagged;
}

const withdrawnAs = (c: { status: string; deletedAt: Date | null; mergedIntoId: string | null }): string =>
  c.deletedAt
    ? "deleted"
    : c.mergedIntoId
      ? "merged into another claim"
      : c.status === "VERIFIED"
        ? "changed"
        : `now ${c.status.toLowerCase()}`;

// ---- contradictions ------------------------------------------------------------------------------
// A contradiction between two claims puts every published verdict that cites either of them in
// doubt, whether or not the engine's result moved: the verdict is flagged with the pair in words.
// Honest flags only: the contradiction is OPEN (a pair measured in different setups is
// NOT_COMPARABLE and flags nothing), and both claims still count (not deleted, merged away, refuted
// or retracted), so a refuted claim contradicting a verified one disturbs nothing.

/** Claims that still count as evidence (the same rule the importer and lib/match/db use). */
const COUNTING = {
  deletedAt: null,
  mergedIntoId: null,
  status: { notIn: ["REFUTED", "RETRACTED"] },
} satisfies Prisma.ClaimWhereInput;
const MAX_REASON = 2000;

const quoted = (statement: string): string => `"${statement.length > 120 ? `${statement.slice(0, 117)}…` : statement}"`;

/** The claims a published verdict cites: its evidence rows and the claims behind the reasons the engine gave when it was published. */
function citedClaims(verdict: { evidence: Array<{ claimId: string }>; engineSnapshot: unknown }): Set<string> {
  const cited = new Set(verdict.evidence.map((e) => e.claimId));
  const snapshot = verdict.engineSnapshot as Partial<EngineVerdict> | null;
  for (const reason of [
    ...(snapshot?.reasons ?? []),
    ...(snapshot?.counterEvidence ? [snapshot.counterEvidence] : []),
  ]) {
    for (const id of reason.claimIds ?? []) cited.add(id);
  }
  return cited;
}

/**
 * Flags the published verdicts citing either side of these contradictions (those that are OPEN and
 * whose claims both count); the pair is added to the verdict's review reason, once. Returns the
 * ids of the verdicts flagged or given a new reason.
 */
export async function flagVerdictsForContradictions(db: Db, contradictionIds: string[]): Promise<string[]> {
  if (!contradictionIds.length) return [];
  const pairs = await db.contradiction.findMany({
    where: { id: { in: contradictionIds }, deletedAt: null, status: "OPEN", claimA: COUNTING, claimB: COUNTING },
    select: {
      kind: true,
      claimA: { select: { id: true, statement: true } },
      claimB: { select: { id: true, statement: true } },
    },
  });
  if (!pairs.length) return [];
  const published = await db.verdict.findMany({
    where: { deletedAt: null, status: "PUBLISHED" },
    select: {
      id: true,
      reviewReason: true,
      needsReview: true,
      engineSnapshot: true,
      evidence: { select: { claimId: true } },
    },
  });
  const flagged: string[] = [];
  for (const verdict of published) {
    const cited = citedClaims(verdict);
    const notes = pairs
      .filter((p) => cited.has(p.claimA.id) || cited.has(p.claimB.id))
      .map(
        (p) =>
          `Contradicting evidence (${p.kind.toLowerCase()}): ${quoted(p.claimA.statement)} vs ${quoted(p.claimB.statement)}.`,
      )
      .filter((note) => !verdict.reviewReason.includes(note));
    if (!notes.length) continue;
    const reason = [verdict.reviewReason, ...notes].filter(Boolean).join(" ").slice(0, MAX_REASON);
    // Only while still published and unchanged: a concurrent publish (which clears the flag) is not undone blindly.
    const done = await db.verdict.updateMany({
      where: { id: verdict.id, status: "PUBLISHED", reviewReason: verdict.reviewReason },
      data: { needsReview: true, reviewReason: reason, ...(verdict.needsReview ? {} : { flaggedAt: new Date() }) },
    });
    if (done.count) flagged.push(verdict.id);
  }
  return flagged;
}
