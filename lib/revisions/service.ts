// Revisions: the history and audit log. Written inside the transaction of the change they record.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/rows";
import { noteChange } from "@/lib/events/outbox";
import type { Revision } from "@/lib/generated/sqlite/client";
import type { ResourceDef, Row } from "@/lib/resources/define";
import { diffSnapshots } from "./diff";

export type RevisionActionName = "CREATE" | "UPDATE" | "DELETE" | "RESTORE" | "REVERT" | "MERGE";

export interface RevisionEntry {
  def: ResourceDef;
  action: RevisionActionName;
  actor: Actor;
  before: Row | null;
  after: Row | null;
  reason?: string;
}

/** The revision row for a change, without id and time; null when there is no record to attach it to. */
function revisionData({
  def,
  action,
  actor,
  before,
  after,
  reason,
}: RevisionEntry): Omit<Revision, "id" | "createdAt"> | null {
  const entityId = (after ?? before)?.id;
  if (!entityId) return null;
  return {
    entity: def.name,
    entityId: String(entityId),
    action,
    userId: actor.id || null,
    changes: diffSnapshots(before, after) as object,
    snapshot: (after ?? before ?? {}) as object,
    reason: reason ?? null,
  };
}

/** The change a revision records also goes into its transaction's commit event (lib/events). */
function note(tx: Tx, entry: RevisionEntry, data: Omit<Revision, "id" | "createdAt">): void {
  const { def, before, after } = entry;
  // A record the site shows neither before nor after the write (a draft claim) changes nothing public.
  const shown = !def.shown || [before, after].some((row) => row !== null && def.shown?.(row));
  const visible = (row: Row | null) => row !== null && !row.deletedAt && (def.shown?.(row) ?? true);
  noteChange(tx, {
    def,
    id: data.entityId,
    action: data.action,
    fields: Object.keys(data.changes as object),
    shown,
    shownThroughout: visible(before) && visible(after),
  });
}

export async function recordRevision(tx: Tx, args: RevisionEntry): Promise<void> {
  const data = revisionData(args);
  if (!data) return;
  await tx.revision.create({ data: { ...data, changes: data.changes as object, snapshot: data.snapshot as object } });
  note(tx, args, data);
}

// Random bytes drawn 4 KB at a time: one system call per 512 ids rather than one per id (bulk inserts make thousands).
let pool = Buffer.alloc(0);
let used = 0;

/** A cuid-shaped id (what @default(cuid()) would give: "c", the time, 64 random bits), for rows inserted without the Prisma client. */
export function newRowId(): string {
  if (used + 8 > pool.length) {
    pool = randomBytes(4096);
    used = 0;
  }
  used += 8;
  return `c${Date.now().toString(36)}${pool.toString("hex", used - 8, used)}`;
}

/**
 * The revisions of many changes in one multi-row insert (bulk writes such as the importer): the same
 * rows recordRevision writes one by one, all timed `at` (the transaction's time).
 */
export async function recordRevisions(
  tx: Tx,
  entries: readonly RevisionEntry[],
  at: Date = new Date(),
): Promise<number> {
  const rows: Revision[] = [];
  for (const entry of entries) {
    const data = revisionData(entry);
    if (!data) continue;
    rows.push({ id: newRowId(), ...data, createdAt: at });
    note(tx, entry, data);
  }
  await insertRows(tx, "Revision", rows, ["changes", "snapshot"]);
  return rows.length;
}

/**
 * Who made a change, as every view names it: the user's name, or "System" for changes made by the
 * app itself (seeding, the engine); never an id. A removed user's changes keep no link (SetNull).
 */
export const actorName = (user: { name: string } | null | undefined): string => user?.name || "System";

export async function lastRevision(
  client: Db | Tx,
  entity: string,
  entityId: string,
): Promise<{ userName: string | null; createdAt: string } | null> {
  const rev = await client.revision.findFirst({
    where: { entity, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { user: { select: { name: true, email: true } } },
  });
  if (!rev) return null;
  return { userName: actorName(rev.user), createdAt: rev.createdAt.toISOString() };
}
