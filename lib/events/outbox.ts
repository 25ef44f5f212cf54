// The commit event of a write, made inside the write's transaction: what the transaction recorded
// (its revisions) becomes one CommitEvent row, and on PostgreSQL a pg_notify on the same transaction,
// which PostgreSQL delivers to every LISTENing process when (and only if) the transaction commits.
import { providerOfClient, type Tx } from "@/lib/db/client";
import type { ResourceDef } from "@/lib/resources/define";
import { processOrigin, type CommitEvent } from "./bus";

export const COMMIT_CHANNEL = "stackverdict_commit";
/** pg_notify refuses payloads from 8000 bytes; a larger event is sent as its id and read from the table. */
const MAX_PAYLOAD = 7_500;
/** Event rows kept: enough for a process that lost its connection for a while to catch up. */
export const EVENTS_KEPT = 10_000;
const PRUNE_EVERY = 500;

interface Change {
  def: ResourceDef;
  id: string;
  action: string;
  fields: string[];
  /** Whether the public site shows the record before or after the change (ResourceDef.shown). */
  shown: boolean;
  /** Whether the record existed and was shown both before and after the change. */
  shownThroughout: boolean;
}

/** The changes each open transaction has recorded so far (keyed by its transaction client). */
const open = new WeakMap<Tx, Change[]>();

/** Starts collecting a transaction's changes (lib/services transact does, for every write). */
export function openCommit(tx: Tx): void {
  open.set(tx, []);
}

/**
 * Notes one record's change in its transaction: called wherever a revision is recorded, which every
 * write through the service layer does. A transaction nobody opened (a script's raw write) is ignored.
 */
export function noteChange(tx: Tx, change: Change): void {
  open.get(tx)?.push(change);
}

/** Record ids in what a write returned: a row, rows, or ids. */
export function idsOf(result: unknown): string[] {
  const items = Array.isArray(result) ? result : [result];
  const ids = items.map((r) =>
    typeof r === "string" ? r : r && typeof r === "object" && "id" in r ? String((r as { id: unknown }).id) : null,
  );
  return ids.filter((id): id is string => !!id);
}

/**
 * Whether a write can change what the public site shows: some record it changed belongs to a
 * public-facing resource and is shown before or after the change (a claim merge also rewrites
 * citations: any such record touched makes the write public-facing). A write that recorded no
 * change goes by its resource's declaration.
 */
function isPublicFacing(def: ResourceDef, changes: readonly Change[]): boolean {
  if (changes.length === 0) return def.publicFacing;
  return changes.some((c) => c.def.publicFacing && c.shown);
}

/** The event a transaction's changes add up to (without its row id, which the insert gives). */
export function eventOf(def: ResourceDef, result: unknown, changes: readonly Change[]): Omit<CommitEvent, "id"> {
  const own = changes.filter((c) => c.def.name === def.name);
  const ids = own.length ? own.map((c) => c.id) : idsOf(result);
  return {
    resource: def.name,
    action: own[0]?.action ?? "WRITE",
    ids: [...new Set(ids)],
    fields: [...new Set(own.flatMap((c) => c.fields))].sort(),
    publicFacing: isPublicFacing(def, changes),
    // Other resources' records changed too (a merge moving citations): what they did is not in `fields`.
    inPlace:
      own.length > 0 && own.length === changes.length && own.every((c) => c.action === "UPDATE" && c.shownThroughout),
    origin: processOrigin(),
  };
}

/**
 * Writes the transaction's event row and, on PostgreSQL, notifies it: both inside the transaction,
 * so a rolled-back write leaves no row and sends nothing. Call as the transaction's last step.
 */
export async function closeCommit(tx: Tx, def: ResourceDef, result: unknown): Promise<CommitEvent> {
  const changes = open.get(tx) ?? [];
  open.delete(tx);
  const draft = eventOf(def, result, changes);
  const row = await tx.commitEvent.create({ data: draft, select: { id: true } });
  const event: CommitEvent = { id: row.id, ...draft };
  if (providerOfClient(tx) === "postgresql") {
    const full = JSON.stringify(event);
    const payload =
      full.length <= MAX_PAYLOAD ? full : JSON.stringify({ id: event.id, origin: event.origin, truncated: true });
    // $executeRaw: pg_notify returns void, which a query's result decoding would refuse.
    await tx.$executeRaw`SELECT pg_notify(${COMMIT_CHANNEL}, ${payload})`;
  }
  if (event.id % PRUNE_EVERY === 0) await tx.commitEvent.deleteMany({ where: { id: { lte: event.id - EVENTS_KEPT } } });
  return event;
}
