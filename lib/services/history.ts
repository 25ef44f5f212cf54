// Per-record history and "restore this version" (itself recorded as a revision).
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { NotFound, ValidationError } from "@/lib/errors";
import type { ResourceDef } from "@/lib/resources/define";
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

export async function getHistory(def: ResourceDef, actor: Actor | null, id: string, db: Db | Tx = getDb()): Promise<HistoryEntry[]> {
  const who = authorize(def, actor, "read");
  await getRecord(def, who, id, db); // read permission and row scope on the record itself
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

const revertInput = z.strictObject({ revisionId: z.string().min(1).max(64), version: z.number().int().min(1) });

/** Puts the record's editable fields back as they were after `revisionId`. */
export async function revertToRevision(def: ResourceDef, actor: Actor | null, id: string, input: unknown, db: Db | Tx = getDb()) {
  const who = authorize(def, actor, "update");
  const { revisionId, version } = parseInput(revertInput, input);
  const reverted = await transact(db, def, async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, entity: def.name, entityId: id } });
    if (!revision) throw new NotFound(`Revision ${revisionId} of this record`);
    const existing = await loadRow(tx, def, who, id);
    if (existing.version !== version) throw await staleError(tx, def, id);
    const snapshot = revision.snapshot as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(def.fields)) {
      if (field.editable === false || !(name in snapshot)) continue;
      values[name] = field.type === "datetime" || field.type === "date" ? (snapshot[name] ? new Date(String(snapshot[name])) : null) : snapshot[name];
    }
    if (Object.keys(values).length === 0) throw new ValidationError({ revisionId: ["This revision has nothing to restore."] });
    await def.prepare?.(values, { tx, actor: who, existing });
    return applyUpdate(tx, def, who, existing, version, values, {
      action: "REVERT",
      reason: `Restored the version of ${revision.createdAt.toISOString()}`,
    });
  });
  return redactRow(def, who, reverted, db);
}
