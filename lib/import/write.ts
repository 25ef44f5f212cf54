// Batched writes for one imported document, inside its one transaction: a handful of queries per
// document instead of ~6 per claim. Every created record still gets its CREATE Revision (same
// snapshot and changes recordRevision would write), inserted with one createMany.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { ResourceDef } from "@/lib/resources/define";
import { citations, claims, contradictions } from "@/lib/resources";
import { diffSnapshots } from "@/lib/revisions/diff";
import { serializeRow } from "@/lib/revisions/serialize";
import { normalizeStatement } from "@/lib/text/normalize";
import { slugify } from "@/lib/text/slug";

/** A cuid-shaped id made here, so related rows can be inserted in one batch without a round trip. */
export const newId = (): string => `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;

export interface NewClaim {
  statement: string;
  kind: string;
  topic: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: Record<string, unknown>;
  technologyIds: string[];
}

export interface NewCitation { claimId: string; quote: string; start: number; end: number; stance: string }
export interface NewContradiction { claimAId: string; claimBId: string; kind: string; status: string; reason: string }

export type RevisionRow = { entity: string; entityId: string; action: "CREATE"; userId: string | null; changes: object; snapshot: object; reason: string | null };

/** What recordRevision writes for a CREATE, as a row for createMany. */
export function createRevision(def: ResourceDef, row: Record<string, unknown>, actor: Actor, reason?: string): RevisionRow {
  const after = serializeRow(def, row);
  return { entity: def.name, entityId: String(after.id), action: "CREATE", userId: actor.id || null, changes: diffSnapshots(null, after) as object, snapshot: after as object, reason: reason ?? null };
}

/**
 * Slugs for many statements with one query: the plain slug when it is free (and not used earlier in
 * the batch), otherwise the slug with a random suffix.
 */
export async function uniqueSlugs(tx: Tx, statements: string[]): Promise<string[]> {
  const roots = statements.map((s) => slugify(s));
  const taken = new Set((await tx.claim.findMany({ where: { slug: { in: [...new Set(roots)] } }, select: { slug: true } })).map((r) => r.slug));
  const out: string[] = [];
  for (const root of roots) {
    if (!taken.has(root)) { taken.add(root); out.push(root); continue; }
    out.push(`${root.slice(0, 68)}-${randomBytes(5).toString("hex")}`);
  }
  // 40 random bits: a clash is practically impossible, and the unique index would roll the document back.
  if (new Set(out).size !== out.length) throw new Error("Could not find free claim slugs; try the import again.");
  return out;
}

/** Inserts the claims (+ technology links); returns their ids and slugs in order, and their CREATE revisions to insert. */
export async function insertClaims(tx: Tx, actor: Actor, items: NewClaim[], reason: string): Promise<{ created: Array<{ id: string; slug: string }>; revisions: RevisionRow[] }> {
  if (!items.length) return { created: [], revisions: [] };
  const slugs = await uniqueSlugs(tx, items.map((c) => c.statement));
  const rows = await tx.claim.createManyAndReturn({
    data: items.map((c, i) => ({
      id: newId(), slug: slugs[i], statement: c.statement, normalized: normalizeStatement(c.statement), kind: c.kind.toUpperCase() as "FACT", topic: c.topic, metric: c.metric,
      value: c.value, unit: c.unit, conditions: c.conditions as object, status: "CANDIDATE" as const,
    })),
  });
  const links = rows.flatMap((r, i) => [...new Set(items[i].technologyIds)].map((t) => Prisma.sql`(${r.id}, ${t})`));
  // Implicit many-to-many join table (A = Claim, B = Technology): one parameterized insert per document.
  if (links.length) await tx.$executeRaw`INSERT INTO "_ClaimToTechnology" ("A", "B") VALUES ${Prisma.join(links)}`;
  return {
    created: rows.map((r) => ({ id: r.id, slug: r.slug })),
    revisions: rows.map((r, i) => createRevision(claims, { ...r, technologies: [...new Set(items[i].technologyIds)].map((id) => ({ id })) }, actor, reason)),
  };
}

/** Inserts the citations (once per claim and span); returns their CREATE revisions to insert. */
export async function insertCitations(tx: Tx, actor: Actor, articleId: string, items: NewCitation[]): Promise<RevisionRow[]> {
  const seen = new Set<string>();
  // The article is new in this transaction: the only possible duplicates are within this batch.
  const unique = items.filter((c) => { const key = `${c.claimId}|${c.start}|${c.end}`; if (seen.has(key)) return false; seen.add(key); return true; });
  if (!unique.length) return [];
  const rows = await tx.citation.createManyAndReturn({
    data: unique.map((c) => ({ id: newId(), claimId: c.claimId, articleId, quote: c.quote, start: c.start, end: c.end, stance: c.stance as "SUPPORTS" })),
  });
  return rows.map((r) => createRevision(citations, r, actor));
}

/**
 * Inserts the contradictions not already recorded (either direction); returns the ones inserted and
 * their CREATE revisions. `freshIds`: claims created in this transaction, which cannot have any yet.
 */
export async function insertContradictions<T extends NewContradiction>(tx: Tx, actor: Actor, items: T[], freshIds: Set<string>): Promise<{ added: T[]; revisions: RevisionRow[] }> {
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const ids = [...new Set(items.flatMap((x) => [x.claimAId, x.claimBId]))];
  const mayExist = items.some((x) => !freshIds.has(x.claimAId) && !freshIds.has(x.claimBId));
  const existing = mayExist ? await tx.contradiction.findMany({ where: { claimAId: { in: ids }, claimBId: { in: ids } }, select: { claimAId: true, claimBId: true } }) : [];
  const seen = new Set(existing.map((x) => pairKey(x.claimAId, x.claimBId)));
  const fresh = items.filter((x) => { const key = pairKey(x.claimAId, x.claimBId); if (seen.has(key)) return false; seen.add(key); return true; });
  if (!fresh.length) return { added: [], revisions: [] };
  const rows = await tx.contradiction.createManyAndReturn({
    data: fresh.map((x) => ({ id: newId(), claimAId: x.claimAId, claimBId: x.claimBId, kind: x.kind as "VALUE", status: x.status as "OPEN", reason: x.reason.slice(0, 2000) })),
  });
  return { added: fresh, revisions: rows.map((r) => createRevision(contradictions, r, actor)) };
}
