// Contradictions found when a claim is written through the service layer (created, edited, its
// status changed, restored): the claim is matched against the live claims that may contradict it
// (same kind and a shared technology; for advice, any technology with a word of its use case), with
// the same rules the importer uses (lib/match/candidate). New pairs are written as contradictions,
// in one transaction with their revisions, as the system; the contradictions resource's own
// after-commit hook then flags the published verdicts citing either side.
// This module touches the database; lib/match's other modules are pure.
import { SYSTEM } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import type { CommitEvent } from "@/lib/events/bus";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { contradictions } from "@/lib/resources/contradictions";
import type { CommittedWrite } from "@/lib/resources/define";
import { serializeRow } from "@/lib/revisions/serialize";
import { recordRevision } from "@/lib/revisions/service";
import { transact } from "@/lib/services/after-commit";
import { adviceOf, sameUseCase, useCaseKeys } from "../advice";
import { MAX_CONTRADICTIONS_PER_CLAIM, proposeContradictions } from "../candidate";
import { classifyContradiction, CONTRADICTING_KINDS } from "../contradictions";
import { ClaimIndex, type IndexedClaim } from "../index";

/** Claims that count: not deleted, not merged away, not refuted or retracted (any other status, from CANDIDATE up). */
export const LIVE_CLAIM = {
  deletedAt: null,
  mergedIntoId: null,
  status: { notIn: ["REFUTED", "RETRACTED"] },
} satisfies Prisma.ClaimWhereInput;

const FIELDS = {
  id: true,
  slug: true,
  kind: true,
  normalized: true,
  topic: true,
  metric: true,
  value: true,
  unit: true,
  conditions: true,
  statement: true,
} satisfies Prisma.ClaimSelect;
const SELECT = { ...FIELDS, technologies: { select: { slug: true, kind: true } } } satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof SELECT }>;
type PlainRow = Prisma.ClaimGetPayload<{ select: typeof FIELDS }>;

/** Enough neighbours for any real block; a pathological one is cut rather than read whole on every save. */
const MAX_NEIGHBOURS = 5_000;

const indexed = (r: ClaimRow): IndexedClaim =>
  withTechnologies(
    r,
    r.technologies.map((t) => t.slug),
  );
const withTechnologies = (r: PlainRow, technologies: string[]): IndexedClaim => ({
  id: r.id,
  slug: r.slug,
  kind: r.kind.toLowerCase(),
  technologies,
  topic: r.topic,
  metric: r.metric,
  value: r.value,
  unit: r.unit,
  conditions: (r.conditions ?? {}) as Record<string, unknown>,
  statement: r.statement,
});

const idsOf = (result: unknown): string[] => {
  const items = Array.isArray(result) ? result : [result];
  return items
    .map((r) =>
      typeof r === "string" ? r : r && typeof r === "object" && "id" in r ? String((r as { id: unknown }).id) : null,
    )
    .filter((id): id is string => !!id);
};

/** A word of a use case in the topic or the statement (either capitalisation: SQLite and PostgreSQL differ on case). */
const mentions = (word: string): Prisma.ClaimWhereInput => ({
  OR: [word, word[0].toUpperCase() + word.slice(1)].flatMap((w) => [
    { topic: { contains: w } },
    { statement: { contains: w } },
  ]),
});

/** Beyond this many words, pairs of them make too long a query: any one word will do. */
const MAX_PAIRED_WORDS = 8;

/**
 * Advice is looked up by the words of its use case. One use case lies within the other (advice.ts
 * sameUseCase) with at least two words, so a neighbour that can match names two of the claim's words
 * (or its only word): pairs are far more selective than single words such as "api".
 */
function adviceNeighbours(claim: IndexedClaim): Prisma.ClaimWhereInput[] {
  const advice = adviceOf(claim);
  if (!advice) return [];
  const words = useCaseKeys(advice);
  const pairs = words.flatMap((a, i) => words.slice(i + 1).map((b) => ({ AND: [mentions(a), mentions(b)] })));
  const match = words.length === 1 || words.length > MAX_PAIRED_WORDS ? words.map(mentions) : pairs;
  return [{ kind: { in: ["RECOMMENDATION", "OPINION"] }, OR: match }];
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

/**
 * How a neighbour may contradict the claim, judged before its technologies are read (reading them
 * is most of a query's cost): 0 advice for the same use case, 1 an OPEN contradiction and 2 a not
 * comparable one were it about the claim's own technologies (figures, facts, capabilities and
 * stances need the same ones); null when it cannot.
 */
function plausible(claim: IndexedClaim, neighbour: PlainRow): 0 | 1 | 2 | null {
  const mine = adviceOf(claim);
  const theirs = mine && adviceOf(withTechnologies(neighbour, claim.technologies));
  if (mine && theirs && sameUseCase(mine.useCase, theirs.useCase)) return 0;
  const found = classifyContradiction(withTechnologies(neighbour, claim.technologies), claim);
  return found ? (found.status === "OPEN" ? 1 : 2) : null;
}

/** Plausible neighbours read in full: a few times the proposals kept, the likeliest first. */
const MAX_PLAUSIBLE = 10 * MAX_CONTRADICTIONS_PER_CLAIM;

/** The live claims that may contradict `row` and are not paired with it yet. */
async function neighbours(db: Db, row: ClaimRow, claim: IndexedClaim): Promise<ClaimRow[]> {
  const paired = await db.contradiction.findMany({
    where: { OR: [{ claimAId: row.id }, { claimBId: row.id }] },
    select: { claimAId: true, claimBId: true },
  });
  const skip = [row.id, ...paired.flatMap((p) => [p.claimAId, p.claimBId])];
  // Recommendations contradict only as advice (looked up by use case, across technologies).
  const sameKind: Prisma.ClaimWhereInput[] =
    row.technologies.length && row.kind !== "RECOMMENDATION"
      ? [{ kind: row.kind, ...narrowed(row), technologies: { some: { slug: { in: claim.technologies } } } }]
      : [];
  const related = [...sameKind, ...adviceNeighbours(claim)];
  if (!related.length) return [];
  const plain = await db.claim.findMany({
    where: { AND: [LIVE_CLAIM, { id: { notIn: [...new Set(skip)] } }, { OR: related }] },
    select: FIELDS,
    orderBy: { createdAt: "asc" },
    take: MAX_NEIGHBOURS,
  });
  const ids = plain
    .map((r) => ({ id: r.id, rank: plausible(claim, r) }))
    .filter((r): r is { id: string; rank: 0 | 1 | 2 } => r.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_PLAUSIBLE)
    .map((r) => r.id);
  return ids.length
    ? db.claim.findMany({ where: { id: { in: ids } }, select: SELECT, orderBy: { createdAt: "asc" } })
    : [];
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
  const written = await transact(
    db,
    contradictions,
    async (tx) => {
      const ids: string[] = [];
      for (const p of proposals) {
        const created = await tx.contradiction.create({
          data: {
            claimAId: p.a.id,
            claimBId: claim.id,
            kind: p.kind,
            status: p.status,
            reason: p.reason.slice(0, 2000),
          },
        });
        const record = serializeRow(contradictions, created);
        await recordRevision(tx, {
          def: contradictions,
          action: "CREATE",
          actor: SYSTEM,
          before: null,
          after: record,
          reason: `Found when claim "${row.slug}" was saved`,
        });
        ids.push(created.id);
      }
      return ids;
    },
    { actor: SYSTEM },
  );
  return written;
}

/**
 * Claim fields neither matching nor liveness reads: how much a claim counts, not what it says.
 * Status is among them only while the claim stays live (see stayedLive).
 */
const UNMATCHED_FIELDS: ReadonlySet<string> = new Set([
  "status",
  "rating",
  "ratingExplanation",
  "editorWeight",
  "reviewerId",
  "reviewedAt",
]);
const DEAD_STATUSES: ReadonlySet<string> = new Set(LIVE_CLAIM.status.notIn);

/** Whether the claim's latest revision changed its status between two live ones (VERIFIED to DISPUTED, say). */
async function stayedLive(db: Db, id: string): Promise<boolean> {
  const latest = await db.revision.findFirst({
    where: { entity: "claims", entityId: id },
    orderBy: { createdAt: "desc" },
    select: { changes: true },
  });
  const status = (latest?.changes as { status?: { before?: unknown; after?: unknown } } | null)?.status;
  const live = (s: unknown) => typeof s === "string" && !DEAD_STATUSES.has(s);
  return !!status && live(status.before) && live(status.after);
}

/**
 * Whether a write cannot have made a new contradiction: an UPDATE of fields matching does not read,
 * its claims public and live before and after (verifying or disputing a published claim, rating it).
 * A published claim was checked when it was created, edited or published through the service layer
 * (the seed and imports go through it too), and every claim saved since was checked against it;
 * re-checking cost each verify or dispute a neighbour scan. A candidate verified still is checked:
 * it may have been stored around the service layer.
 */
async function cannotContradictAnew(db: Db, event: CommitEvent, ids: readonly string[]): Promise<boolean> {
  if (event.action !== "UPDATE" || !event.inPlace || !event.fields.length) return false;
  if (!event.fields.every((f) => UNMATCHED_FIELDS.has(f))) return false;
  if (!event.fields.includes("status")) return true;
  for (const id of ids) if (!(await stayedLive(db, id))) return false;
  return true;
}

/** The claims resource's after-commit hook: every claim the write touched is checked, unless it cannot pair anew. */
export async function detectAfterClaimWrite({ db, result, event }: CommittedWrite): Promise<void> {
  const ids = idsOf(result);
  if (await cannotContradictAnew(db, event, ids)) return;
  for (const id of ids) await detectContradictionsOf(db, id);
}
