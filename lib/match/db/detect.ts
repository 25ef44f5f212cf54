// Contradictions found when a claim is written through the service layer (created, edited, its
// status changed, restored): the claim is matched against the live claims that may contradict it
// (same kind and a shared technology; for advice, any technology with a word of its use case), with
// the same rules the importer uses (lib/match/candidate). New pairs are written as contradictions,
// in one transaction with their revisions, as the system; the contradictions resource's own
// after-commit hook then flags the published verdicts citing either side.
// This module touches the database; lib/match's other modules are pure.
import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { contradictions } from "@/lib/resources/contradictions";
import type { CommittedWrite } from "@/lib/resources/define";
import { serializeRow } from "@/lib/revisions/serialize";
import { recordRevision } from "@/lib/revisions/service";
import { transact } from "@/lib/services/after-commit";
import { adviceOf, useCaseKeys } from "../advice";
import { proposeContradictions } from "../candidate";
import { CONTRADICTING_KINDS } from "../contradictions";
import { ClaimIndex, type IndexedClaim } from "../index";

/** Claims that count: not deleted, not merged away, not refuted or retracted (any other status, from CANDIDATE up). */
export const LIVE_CLAIM = { deletedAt: null, mergedIntoId: null, status: { notIn: ["REFUTED", "RETRACTED"] } } satisfies Prisma.ClaimWhereInput;

const SELECT = {
  id: true, slug: true, kind: true, normalized: true, topic: true, metric: true, value: true, unit: true, conditions: true, statement: true,
  technologies: { select: { slug: true, kind: true } },
} satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof SELECT }>;

/** Enough neighbours for any real block; a pathological one is cut rather than read whole on every save. */
const MAX_NEIGHBOURS = 5_000;

const indexed = (r: ClaimRow): IndexedClaim => ({
  id: r.id, slug: r.slug, kind: r.kind.toLowerCase(), technologies: r.technologies.map((t) => t.slug), topic: r.topic, metric: r.metric, value: r.value, unit: r.unit,
  conditions: (r.conditions ?? {}) as Record<string, unknown>, statement: r.statement,
});

const idsOf = (result: unknown): string[] => {
  const items = Array.isArray(result) ? result : [result];
  return items.map((r) => (typeof r === "string" ? r : r && typeof r === "object" && "id" in r ? String((r as { id: unknown }).id) : null)).filter((id): id is string => !!id);
};

/** Advice is looked up by the words of its use case, in the topic or the statement (either capitalisation: SQLite and PostgreSQL differ on case). */
function adviceNeighbours(claim: IndexedClaim): Prisma.ClaimWhereInput[] {
  const advice = adviceOf(claim);
  if (!advice) return [];
  const words = useCaseKeys(advice).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]);
  return [{ kind: { in: ["RECOMMENDATION", "OPINION"] }, OR: words.flatMap((w) => [{ topic: { contains: w } }, { statement: { contains: w } }]) }];
}

/**
 * What a claim of the same kind must share to contradict it, where a column says so (indexed):
 * figures and facts their metric (facts without one, such as owners, their topic), opinions their
 * normalized statement. Features are compared by capability, which no column holds.
 */
function narrowed(row: ClaimRow): Prisma.ClaimWhereInput {
  if (row.kind === "PERFORMANCE") return { metric: row.metric };
  if (row.kind === "FACT") return row.metric ? { metric: row.metric } : { topic: row.topic };
  if (row.kind === "OPINION") return { normalized: row.normalized };
  return {};
}

/** The live claims that may contradict `row` and are not paired with it yet. */
async function neighbours(db: Db, row: ClaimRow, claim: IndexedClaim): Promise<ClaimRow[]> {
  const paired = await db.contradiction.findMany({ where: { OR: [{ claimAId: row.id }, { claimBId: row.id }] }, select: { claimAId: true, claimBId: true } });
  const skip = [row.id, ...paired.flatMap((p) => [p.claimAId, p.claimBId])];
  const sameKind: Prisma.ClaimWhereInput[] = row.technologies.length ? [{ kind: row.kind, ...narrowed(row), technologies: { some: { slug: { in: claim.technologies } } } }] : [];
  const related = [...sameKind, ...adviceNeighbours(claim)];
  if (!related.length) return [];
  return db.claim.findMany({ where: { AND: [LIVE_CLAIM, { id: { notIn: [...new Set(skip)] } }, { OR: related }] }, select: SELECT, orderBy: { createdAt: "asc" }, take: MAX_NEIGHBOURS });
}

/**
 * Looks for contradictions between one claim and the live claims, and records the new ones (the
 * existing claim as A, this one as B). Returns the ids of the contradictions written.
 */
export async function detectContradictionsOf(db: Db, claimId: string): Promise<string[]> {
  const row = await db.claim.findFirst({ where: { id: claimId, ...LIVE_CLAIM }, select: SELECT });
  if (!row || !CONTRADICTING_KINDS.has(row.kind.toLowerCase())) return [];
  const claim = indexed(row);
  const rows = await neighbours(db, row, claim);
  if (!rows.length) return [];
  const index = new ClaimIndex();
  for (const r of [row, ...rows]) for (const t of r.technologies) index.technologyKinds.set(t.slug, t.kind);
  for (const r of rows) index.add(indexed(r));
  const proposals = proposeContradictions(index, claim);
  if (!proposals.length) return [];
  const written = await transact(db, contradictions, async (tx) => {
    const ids: string[] = [];
    for (const p of proposals) {
      const created = await tx.contradiction.create({ data: { claimAId: p.a.id, claimBId: claim.id, kind: p.kind, status: p.status, reason: p.reason.slice(0, 2000) } });
      const record = serializeRow(contradictions, created);
      await recordRevision(tx, { def: contradictions, action: "CREATE", actor: SYSTEM, before: null, after: record, reason: `Found when claim "${row.slug}" was saved` });
      ids.push(created.id);
    }
    return ids;
  }, { actor: SYSTEM });
  return written;
}

/** The claims resource's after-commit hook: every claim the write touched is checked. */
export async function detectAfterClaimWrite({ db, result }: CommittedWrite): Promise<void> {
  for (const id of idsOf(result)) await detectContradictionsOf(db, id);
}
