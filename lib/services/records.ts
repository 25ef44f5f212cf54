// The one service layer every write goes through: validate (zod, unknown fields rejected),
// authorize (role, then row), apply in a transaction, check and bump `version`, record a Revision.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { delegateOf, type Delegate } from "@/lib/db/delegate";
import { Conflict, Forbidden, NotFound, Unauthenticated, ValidationError } from "@/lib/errors";
import { createSchema, updateSchema, type ResourceDef, type Row, type Verb } from "@/lib/resources/define";
import { recordRevision, lastRevision } from "@/lib/revisions/service";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";
import { findResource } from "@/lib/resources";
import { scoped, seesTrash } from "@/lib/resources/access";
import { transact } from "./after-commit";
import { redactRow } from "./redact";
import { checkReferences } from "./references";
import { assertStorableText, unstorableText } from "@/lib/text/unicode";
import { zodFieldErrors } from "./validation";

export function delegate(client: Db | Tx, def: ResourceDef): Delegate {
  return delegateOf(client, def.model);
}

export function authorize(def: ResourceDef, actor: Actor | null, verb: Verb): Actor {
  if (!actor) throw new Unauthenticated();
  if (def.readOnly && verb !== "read") throw new Forbidden(`${def.label} cannot be changed.`);
  if (!def.access.roles[verb].includes(actor.role)) {
    throw new Forbidden(`Your role (${actor.role.toLowerCase()}) cannot ${verb} ${def.label.toLowerCase()}.`);
  }
  return actor;
}

export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  assertStorableText(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  return parsed.data;
}

/** Validated input → Prisma data (m2m id arrays become relation writes). */
function toPrismaData(
  def: ResourceDef,
  input: Record<string, unknown>,
  mode: "create" | "update",
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const field = def.fields[key];
    if (field?.type === "references") {
      const ids = ((value as string[] | null) ?? []).map((id) => ({ id }));
      data[field.relation] = mode === "create" ? { connect: ids } : { set: ids };
    } else if ((field?.type === "json" || field?.type === "tags") && value === null) {
      if (field.default !== undefined) data[key] = field.default;
    } else {
      data[key] = value;
    }
  }
  if (mode === "create") {
    for (const [key, field] of Object.entries(def.fields)) {
      const isJson = field.type === "json" || field.type === "tags";
      if (isJson && data[key] === undefined && field.default !== undefined) data[key] = field.default;
    }
  }
  return data;
}

export async function loadRow(
  tx: Db | Tx,
  def: ResourceDef,
  actor: Actor,
  id: string,
  withDeleted = false,
): Promise<Row> {
  // An id no database can hold (a NUL, a lone surrogate, from the URL) names nothing; PostgreSQL would refuse the query.
  if (unstorableText(id)) throw new NotFound(`${def.label.replace(/s$/, "")} ${id.toWellFormed()}`);
  const where: Record<string, unknown> = { id };
  if (def.softDelete && !withDeleted) where.deletedAt = null;
  const row = await delegate(tx, def).findFirst({
    where: await scoped(def, actor, where, tx),
    include: relationInclude(def),
  });
  if (!row) throw new NotFound(`${def.label.replace(/s$/, "")} ${id}`);
  return serializeRow(def, row);
}

export async function checkRow(def: ResourceDef, actor: Actor, record: Row, tx: Tx): Promise<void> {
  if (def.access.canWrite && !(await def.access.canWrite(actor, record, tx))) {
    throw new Forbidden(`You cannot change this ${def.label.toLowerCase().replace(/s$/, "")}.`);
  }
}

export async function runValidate(
  def: ResourceDef,
  who: Actor,
  data: Record<string, unknown>,
  existing: Row | null,
  tx?: Tx,
  changed?: Record<string, unknown>,
): Promise<void> {
  const problems = def.validate?.(data, existing);
  if (problems && Object.keys(problems).length) throw new ValidationError(problems);
  if (tx && changed) await checkReferences(tx, def, changed, who, findResource);
}

export async function getRecord(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  db: Db | Tx = getDb(),
): Promise<Row> {
  const who = authorize(def, actor, "read");
  return redactRow(def, who, await loadRow(db, def, who, id, seesTrash(who)), db);
}

export async function createRecord(
  def: ResourceDef,
  actor: Actor | null,
  input: unknown,
  db: Db | Tx = getDb(),
): Promise<Row> {
  const who = authorize(def, actor, "create");
  const values = parseInput(createSchema(def), input) as Record<string, unknown>;
  const created = await transact(
    db,
    def,
    async (tx) => {
      await def.prepare?.(values, { tx, actor: who, existing: null });
      await runValidate(def, who, values, null, tx, values);
      const created = await delegate(tx, def).create({
        data: toPrismaData(def, values, "create"),
        include: relationInclude(def),
      });
      const record = serializeRow(def, created);
      await checkRow(def, who, record, tx);
      await recordRevision(tx, { def, action: "CREATE", actor: who, before: null, after: record });
      return record;
    },
    { actor: who },
  );
  return redactRow(def, who, created, db);
}

/**
 * Writes `data` onto the record at `version`, in the caller's transaction. The version check and
 * bump happen in one conditional UPDATE, so of two concurrent writers exactly one wins.
 */
export async function applyUpdate(
  tx: Tx,
  def: ResourceDef,
  who: Actor,
  existing: Row,
  version: number,
  values: Record<string, unknown>,
  opts: {
    action?: "UPDATE" | "RESTORE" | "REVERT" | "MERGE" | "DELETE";
    reason?: string;
    prismaData?: Record<string, unknown>;
  } = {},
): Promise<Row> {
  const claimed = await delegate(tx, def).updateMany({
    where: { id: existing.id, version },
    data: { version: version + 1 },
  });
  if (claimed.count === 0) throw await staleError(tx, def, existing.id);
  const data = opts.prismaData ?? toPrismaData(def, values, "update");
  const updated = await delegate(tx, def).update({ where: { id: existing.id }, data, include: relationInclude(def) });
  const record = serializeRow(def, updated);
  await checkRow(def, who, record, tx);
  await recordRevision(tx, {
    def,
    action: opts.action ?? "UPDATE",
    actor: who,
    before: existing,
    after: record,
    reason: opts.reason,
  });
  return record;
}

export async function staleError(client: Db | Tx, def: ResourceDef, id: string): Promise<Conflict> {
  const current = await delegate(client, def).findFirst({ where: { id }, select: { version: true } });
  if (!current) return new Conflict(`This ${def.label.toLowerCase().replace(/s$/, "")} no longer exists.`);
  const last = await lastRevision(client, def.name, id);
  const who = last?.userName ?? "someone";
  const when = last?.createdAt ?? null;
  return new Conflict(
    `Changed by ${who}${when ? ` at ${when}` : ""} since you opened it. Your changes were not saved; reload to see theirs.`,
    { currentVersion: Number(current.version), changedBy: last?.userName ?? null, changedAt: when },
  );
}

export async function updateRecord(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  input: unknown,
  db: Db | Tx = getDb(),
): Promise<Row> {
  const who = authorize(def, actor, "update");
  const { version, ...values } = parseInput(updateSchema(def), input) as Record<string, unknown> & { version: number };
  const updated = await transact(
    db,
    def,
    async (tx) => {
      const existing = await loadRow(tx, def, who, id);
      await checkRow(def, who, existing, tx);
      if (existing.version !== version) throw await staleError(tx, def, id);
      await def.prepare?.(values, { tx, actor: who, existing });
      await runValidate(def, who, { ...existing, ...values }, existing, tx, values);
      return applyUpdate(tx, def, who, existing, version, values);
    },
    { actor: who },
  );
  return redactRow(def, who, updated, db);
}

/** Soft delete (to the trash) when the resource keeps editorial work, otherwise a real delete. */
export async function deleteRecord(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  version: number | null,
  db: Db | Tx = getDb(),
): Promise<Row> {
  const who = authorize(def, actor, "delete");
  return redactRow(
    def,
    who,
    await transact(db, def, (tx) => deleteInTx(tx, def, who, id, version), { actor: who }),
    db,
  );
}

export async function deleteInTx(
  tx: Tx,
  def: ResourceDef,
  who: Actor,
  id: string,
  version: number | null,
): Promise<Row> {
  const existing = await loadRow(tx, def, who, id);
  await checkRow(def, who, existing, tx);
  const expected = version ?? Number(existing.version);
  if (existing.version !== expected) throw await staleError(tx, def, id);
  if (def.softDelete) {
    return applyUpdate(
      tx,
      def,
      who,
      existing,
      expected,
      {},
      { action: "DELETE", prismaData: { deletedAt: new Date() } },
    );
  }
  await delegate(tx, def).delete({ where: { id } });
  await recordRevision(tx, { def, action: "DELETE", actor: who, before: existing, after: null });
  return existing;
}
