// Per-record history and "restore this version" (itself recorded as a revision).
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { Forbidden, NotFound, ValidationError } from "@/lib/errors";
import { revisions } from "@/lib/resources";
import { canReadResource } from "@/lib/resources/access";
import type { ResourceDef, Row } from "@/lib/resources/define";
import { fieldLabelOf } from "@/lib/resources/fields";
import { transact } from "./after-commit";
import { applyUpdate, authorize, getRecord, loadRow, parseInput, staleError } from "./records";
import { redactHistory, redactRow } from "./redact";

export interface HistoryEntry {
  id: string;
  action: string;
  createdAt: string;
  user: { id: string; name: string } | null;
  changes: Record<string, { before: unknown; after: unknown }>;
  reason: string | null;
}

/**
 * Who may see a record's history. Revisions are whole snapshots (every field of every past version),
 * so staff see them through the revisions' own rule (README, "Roles") on any record they may read, or
 * change to restore it; anyone else only on a record they may change themselves (a contributor's own
 * team's decision), never on one they may only read, such as a claim. Every view of a history goes
 * through here: the list of changes, a comparison, a restore and its preview. Returns the actor and
 * the record as the actor may see it.
 */
export async function authorizeHistory(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  verb: "read" | "update",
  db: Db | Tx,
): Promise<{ who: Actor; record: Row }> {
  const staff = actor !== null && canReadResource(revisions, actor);
  const who = authorize(def, actor, staff ? verb : "update");
  const record = staff && verb === "read" ? await getRecord(def, who, id, db) : await loadRow(db, def, who, id);
  if (!staff && def.access.canWrite && !(await def.access.canWrite(who, record, db as Tx))) {
    throw new Forbidden(
      `Only staff and those who may change this ${def.label.toLowerCase().replace(/s$/, "")} see its history.`,
    );
  }
  return { who, record };
}

export async function getHistory(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  db: Db | Tx = getDb(),
): Promise<HistoryEntry[]> {
  const { who } = await authorizeHistory(def, actor, id, "read", db);
  const rows = await db.revision.findMany({
    where: { entity: def.name, entityId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    include: { user: { select: { id: true, name: true } } },
  });
  const entries = rows.map((r) => ({
    id: r.id,
    action: r.action,
    createdAt: r.createdAt.toISOString(),
    user: r.user,
    changes: r.changes as HistoryEntry["changes"],
    reason: r.reason,
  }));
  return redactHistory(def, who, entries, db);
}

const revertInput = z.strictObject({
  revisionId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  /** Only these fields (restore one field from a past version); every editable field when absent. */
  fields: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
});

/**
 * The values restoring a version puts back: the editable fields the version recorded, or only the
 * named ones. A named field that cannot be restored is refused rather than silently skipped.
 */
export function restorableValues(
  def: ResourceDef,
  snapshot: Record<string, unknown>,
  fields?: readonly string[],
): Record<string, unknown> {
  const problems = (fields ?? []).filter(
    (name) => !def.fields[name] || def.fields[name].editable === false || !(name in snapshot),
  );
  if (problems.length)
    throw new ValidationError({
      fields: problems.map(
        (name) =>
          `${def.fields[name] ? fieldLabelOf(name, def.fields[name]) : name} cannot be restored from this version.`,
      ),
    });
  const wanted = fields ? new Set(fields) : null;
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.editable === false || !(name in snapshot) || (wanted && !wanted.has(name))) continue;
    values[name] = snapshot[name];
  }
  return values;
}

/** Stored JSON back to what Prisma writes: dates as Date. */
function toWriteValues(def: ResourceDef, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const type = def.fields[name].type;
      return [name, type === "datetime" || type === "date" ? (value ? new Date(String(value)) : null) : value];
    }),
  );
}

/** Puts the record's editable fields (or only `fields`) back as they were after `revisionId`. */
export async function revertToRevision(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  input: unknown,
  db: Db | Tx = getDb(),
) {
  const { who } = await authorizeHistory(def, actor, id, "update", db);
  const { revisionId, version, fields } = parseInput(revertInput, input);
  const reverted = await transact(db, def, async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, entity: def.name, entityId: id } });
    if (!revision) throw new NotFound(`Revision ${revisionId} of this record`);
    const existing = await loadRow(tx, def, who, id);
    if (existing.version !== version) throw await staleError(tx, def, id);
    const values = toWriteValues(def, restorableValues(def, revision.snapshot as Record<string, unknown>, fields));
    if (Object.keys(values).length === 0)
      throw new ValidationError({ revisionId: ["This revision has nothing to restore."] });
    await def.prepare?.(values, { tx, actor: who, existing });
    // The reason keeps the ISO time: every view shows it in the reader's own zone (localMomentsIn).
    const what = fields ? fields.map((name) => fieldLabelOf(name, def.fields[name])).join(", ") : "the version";
    return applyUpdate(tx, def, who, existing, version, values, {
      action: "REVERT",
      reason: fields
        ? `Restored ${what} from the version of ${revision.createdAt.toISOString()}`
        : `Restored the version of ${revision.createdAt.toISOString()}`,
    });
  });
  return redactRow(def, who, reverted, db);
}
