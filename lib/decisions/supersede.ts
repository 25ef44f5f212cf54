// "A is SUPERSEDED by B" and "B supersedes A" are one fact seen from two decisions. Whichever side
// an editor changes, both decisions are updated in the same transaction: A gets its status and
// its `supersededById`, and both get a new version and a revision saying what happened, so
// neither history misses the change and a form open on the other side goes stale instead of
// silently overwriting it.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { Forbidden, ValidationError } from "@/lib/errors";
import { readableWhere } from "@/lib/resources/access";
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

/** The other decision, as the actor may see it (null when it does not exist or is hidden from them). */
async function findOther(ctx: Context, id: string): Promise<Row | null> {
  const where = await readableWhere(ctx.def, ctx.actor, { id, deletedAt: null }, ctx.tx);
  const row = await ctx.tx.decision.findFirst({ where, include: relationInclude(ctx.def) });
  return row ? serializeRow(ctx.def, row) : null;
}

/**
 * The other decision, which the actor must be able to see and change. Hidden and missing are one
 * answer, which names no id: the id may not be the user's own (a restored snapshot carries them).
 */
async function loadOther(ctx: Context, id: string, field: string): Promise<Row> {
  const record = await findOther(ctx, id);
  if (!record) throw invalid(field, "The decision to link does not exist.");
  if (ctx.def.access.canWrite && !(await ctx.def.access.canWrite(ctx.actor, record, ctx.tx))) {
    throw new Forbidden(`You cannot change "${String(record.title)}", so it cannot be linked to this decision.`);
  }
  return record;
}

/** Writes the other side's change with a version bump and a revision. */
async function writeOther(
  ctx: Context,
  before: Row,
  data: Record<string, unknown>,
  after: Partial<Row>,
  reason: string,
): Promise<void> {
  await ctx.tx.decision.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
  const next = { ...before, ...after, version: Number(before.version) + 1 } as Row;
  await recordRevision(ctx.tx, { def: ctx.def, action: "UPDATE", actor: ctx.actor, before, after: next, reason });
}

const withId = (list: string[], id: string) => [...new Set([...list, id])].sort();
const withoutId = (list: string[], id: string) => list.filter((x) => x !== id);

/** Of these linked decisions, the ones the actor cannot read (what lib/services/redact hides from them). */
async function hiddenOf(ctx: Context, linked: string[]): Promise<string[]> {
  if (linked.length === 0) return [];
  const where = await readableWhere(ctx.def, ctx.actor, { id: { in: linked } }, ctx.tx);
  const readable = new Set((await ctx.tx.decision.findMany({ where, select: { id: true } })).map((d) => d.id));
  return linked.filter((id) => !readable.has(id));
}

const notYours = (field: string) =>
  invalid(field, "This decision is linked to a decision you cannot see; ask an editor to change that link.");

/**
 * A reader is shown a decision without its links to decisions they cannot see (lib/services/redact),
 * so what they send back cannot mean to remove those links: they are kept. Replacing a hidden
 * "superseded by" with another decision would rewrite the hidden one, which is refused.
 */
async function keepHiddenLinks(data: Record<string, unknown>, self: Row | null, ctx: Context): Promise<void> {
  if (!self) return;
  const previous = self.supersededById ? String(self.supersededById) : null;
  if (
    previous &&
    data.supersededById !== undefined &&
    (data.supersededById ?? null) !== previous &&
    (await hiddenOf(ctx, [previous])).length
  ) {
    if (data.supersededById) throw notYours("supersededById");
    delete data.supersededById;
  }
  if (Array.isArray(data.supersedesIds)) {
    const hidden = await hiddenOf(
      ctx,
      ids(self.supersedesIds).filter((id) => !ids(data.supersedesIds).includes(id)),
    );
    if (hidden.length) data.supersedesIds = [...ids(data.supersedesIds), ...hidden].sort();
  }
}

/**
 * Called from the decisions resource's prepare (inside the write's transaction), before the
 * decision itself is written. Adjusts `data` (status) and updates the decisions on the other side.
 */
export async function syncSupersession(data: Record<string, unknown>, ctx: Context): Promise<void> {
  const self = ctx.existing;
  await keepHiddenLinks(data, self, ctx);
  if (!self && Array.isArray(data.supersedesIds) && data.supersedesIds.length) data.id ??= randomUUID();
  const selfId = String(self?.id ?? data.id ?? "");
  const title = String(data.title ?? self?.title ?? "this decision");

  // This decision's own "superseded by".
  if (data.supersededById !== undefined && (data.supersededById ?? null) !== (self?.supersededById ?? null)) {
    const next = data.supersededById ? String(data.supersededById) : null;
    const previous = self?.supersededById ? String(self.supersededById) : null;
    if (next && next === selfId) throw invalid("supersededById", "A decision cannot supersede itself.");
    if (next) {
      const other = await loadOther(ctx, next, "supersededById");
      if (other.supersededById && other.supersededById === selfId)
        throw invalid("supersededById", `"${String(other.title)}" is already superseded by this decision.`);
      data.status = "SUPERSEDED";
      if (self)
        await writeOther(
          ctx,
          other,
          {},
          { supersedesIds: withId(ids(other.supersedesIds), selfId) },
          `Supersedes "${title}"`,
        );
    } else if ((data.status ?? self?.status) === "SUPERSEDED") {
      data.status = "ACCEPTED"; // no longer superseded: back to the accepted decision it was
    }
    if (previous) {
      const old = await loadOther(ctx, previous, "supersededById");
      await writeOther(
        ctx,
        old,
        {},
        { supersedesIds: withoutId(ids(old.supersedesIds), selfId) },
        `No longer supersedes "${title}"`,
      );
    }
  }

  // The decisions this one supersedes.
  if (data.supersedesIds === undefined) return;
  const wanted = ids(data.supersedesIds);
  const had = ids(self?.supersedesIds);
  if (wanted.includes(selfId)) throw invalid("supersedesIds", "A decision cannot supersede itself.");
  const nextSupersededBy = String(data.supersededById ?? self?.supersededById ?? "");
  if (nextSupersededBy && wanted.includes(nextSupersededBy))
    throw invalid("supersedesIds", "A decision cannot supersede the decision that supersedes it.");
  for (const id of wanted.filter((id) => !had.includes(id))) {
    const other = await loadOther(ctx, id, "supersedesIds");
    // The relation write of the decision itself sets supersededById (after it exists, on create).
    await writeOther(
      ctx,
      other,
      { status: "SUPERSEDED" },
      { status: "SUPERSEDED", supersededById: selfId },
      `Superseded by "${title}"`,
    );
  }
  for (const id of had.filter((id) => !wanted.includes(id))) {
    const other = await loadOther(ctx, id, "supersedesIds");
    await writeOther(
      ctx,
      other,
      { status: "ACCEPTED", supersededById: null },
      { status: "ACCEPTED", supersededById: null },
      `No longer superseded by "${title}"`,
    );
  }
}
