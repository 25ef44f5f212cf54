// "A is SUPERSEDED by B" and "B supersedes A" are one fact seen from two decisions. Whichever side
// an editor changes, both decisions are updated in the same transaction: A gets its status and
// its `supersededById`, and both get a new version and a revision saying what happened, so
// neither history misses the change and a form open on the other side goes stale instead of
// silently overwriting it.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { Forbidden, ValidationError } from "@/lib/errors";
import type { ResourceDef, Row } from "@/lib/resources/define";
import { recordRevision } from "@/lib/revisions/service";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";

interface Context {
  tx: Tx;
  actor: Actor;
  def: ResourceDef;
  existing: Row | null;
}

const invalid = (field: string, message: string) => new ValidationError({ [field]: [message] }, message);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

async function loadOther(ctx: Context, id: string): Promise<Row> {
  const row = await ctx.tx.decision.findFirst({ where: { id, deletedAt: null, ...((await ctx.def.access.scope?.(ctx.actor, ctx.tx)) ?? {}) }, include: relationInclude(ctx.def) });
  if (!row) throw invalid("supersededById", `Decision ${id} does not exist.`);
  const record = serializeRow(ctx.def, row);
  if (ctx.def.access.canWrite && !(await ctx.def.access.canWrite(ctx.actor, record, ctx.tx))) {
    throw new Forbidden(`You cannot change "${String(record.title)}", so it cannot be linked to this decision.`);
  }
  return record;
}

/** Writes the other side's change with a version bump and a revision. */
async function writeOther(ctx: Context, before: Row, data: Record<string, unknown>, after: Partial<Row>, reason: string): Promise<void> {
  await ctx.tx.decision.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
  const next = { ...before, ...after, version: Number(before.version) + 1 } as Row;
  await recordRevision(ctx.tx, { def: ctx.def, action: "UPDATE", actor: ctx.actor, before, after: next, reason });
}

const withId = (list: string[], id: string) => [...new Set([...list, id])].sort();
const withoutId = (list: string[], id: string) => list.filter((x) => x !== id);

/**
 * Called from the decisions resource's prepare (inside the write's transaction), before the
 * decision itself is written. Adjusts `data` (status) and updates the decisions on the other side.
 */
export async function syncSupersession(data: Record<string, unknown>, ctx: Context): Promise<void> {
  const self = ctx.existing;
  if (!self && Array.isArray(data.supersedesIds) && data.supersedesIds.length) data.id ??= randomUUID();
  const selfId = String(self?.id ?? data.id ?? "");
  const title = String(data.title ?? self?.title ?? "this decision");

  // This decision's own "superseded by".
  if (data.supersededById !== undefined && (data.supersededById ?? null) !== (self?.supersededById ?? null)) {
    const next = data.supersededById ? String(data.supersededById) : null;
    const previous = self?.supersededById ? String(self.supersededById) : null;
    if (next && next === selfId) throw invalid("supersededById", "A decision cannot supersede itself.");
    if (next) {
      const other = await loadOther(ctx, next);
      if (other.supersededById && other.supersededById === selfId) throw invalid("supersededById", `"${String(other.title)}" is already superseded by this decision.`);
      data.status = "SUPERSEDED";
      if (self) await writeOther(ctx, other, {}, { supersedesIds: withId(ids(other.supersedesIds), selfId) }, `Supersedes "${title}"`);
    } else if ((data.status ?? self?.status) === "SUPERSEDED") {
      data.status = "ACCEPTED"; // no longer superseded: back to the accepted decision it was
    }
    if (previous) {
      const old = await loadOther(ctx, previous);
      await writeOther(ctx, old, {}, { supersedesIds: withoutId(ids(old.supersedesIds), selfId) }, `No longer supersedes "${title}"`);
    }
  }

  // The decisions this one supersedes.
  if (data.supersedesIds === undefined) return;
  const wanted = ids(data.supersedesIds);
  const had = ids(self?.supersedesIds);
  if (wanted.includes(selfId)) throw invalid("supersedesIds", "A decision cannot supersede itself.");
  const nextSupersededBy = String(data.supersededById ?? self?.supersededById ?? "");
  if (nextSupersededBy && wanted.includes(nextSupersededBy)) throw invalid("supersedesIds", "A decision cannot supersede the decision that supersedes it.");
  for (const id of wanted.filter((id) => !had.includes(id))) {
    const other = await loadOther(ctx, id);
    // The relation write of the decision itself sets supersededById (after it exists, on create).
    await writeOther(ctx, other, { status: "SUPERSEDED" }, { status: "SUPERSEDED", supersededById: selfId }, `Superseded by "${title}"`);
  }
  for (const id of had.filter((id) => !wanted.includes(id))) {
    const other = await loadOther(ctx, id);
    await writeOther(ctx, other, { status: "ACCEPTED", supersededById: null }, { status: "ACCEPTED", supersededById: null }, `No longer superseded by "${title}"`);
  }
}
