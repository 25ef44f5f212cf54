// Writes over many records at once (bulk delete, restore and edit, named actions): each still one
// transaction through the same validate → authorize → version → revision path as a single write.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { Forbidden, NotFound, Unauthenticated, ValidationError } from "@/lib/errors";
import { actionApplies, updateSchema, type ResourceDef, type Row } from "@/lib/resources/define";
import { transact } from "./after-commit";
import { redactRows } from "./redact";
import {
  applyUpdate,
  authorize,
  checkRow,
  deleteInTx,
  getRecord,
  loadRow,
  parseInput,
  runValidate,
  staleError,
} from "./records";

/** Brings soft-deleted records back from the trash (whoever may delete them), in one transaction. */
export async function restoreMany(
  def: ResourceDef,
  actor: Actor | null,
  ids: string[],
  db: Db | Tx = getDb(),
): Promise<string[]> {
  const who = authorize(def, actor, "delete");
  if (!def.softDelete) throw new Forbidden(`${def.label} are deleted for good; there is nothing to restore.`);
  return transact(
    db,
    def,
    async (tx) => {
      for (const id of ids) {
        const existing = await loadRow(tx, def, who, id, true);
        if (!existing.deletedAt) continue;
        await checkRow(def, who, existing, tx);
        await applyUpdate(
          tx,
          def,
          who,
          existing,
          Number(existing.version),
          {},
          { action: "RESTORE", prismaData: { deletedAt: null } },
        );
      }
      return ids;
    },
    { retryOnConflict: true, actor: who },
  );
}

export async function restoreRecord(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  db: Db | Tx = getDb(),
): Promise<Row> {
  await restoreMany(def, actor, [id], db);
  return getRecord(def, actor, id, db);
}

export async function deleteMany(
  def: ResourceDef,
  actor: Actor | null,
  ids: string[],
  db: Db | Tx = getDb(),
): Promise<string[]> {
  const who = authorize(def, actor, "delete");
  return transact(
    db,
    def,
    async (tx) => {
      for (const id of ids) await deleteInTx(tx, def, who, id, null);
      return ids;
    },
    { retryOnConflict: true, actor: who },
  );
}

export async function updateMany(
  def: ResourceDef,
  actor: Actor | null,
  ids: string[],
  input: unknown,
  db: Db | Tx = getDb(),
): Promise<string[]> {
  const who = authorize(def, actor, "update");
  const { version: _ignored, ...values } = parseInput(updateSchema(def).partial(), input) as Record<string, unknown>;
  return transact(
    db,
    def,
    async (tx) => {
      for (const id of ids) {
        const existing = await loadRow(tx, def, who, id);
        await checkRow(def, who, existing, tx);
        await def.prepare?.(values, { tx, actor: who, existing });
        await runValidate(def, who, { ...existing, ...values }, existing, tx, values);
        await applyUpdate(tx, def, who, existing, Number(existing.version), values);
      }
      return ids;
    },
    { retryOnConflict: true, actor: who },
  );
}

/** The revision's reason: the action, and the editor's own words when the action asks for them. */
function actionReason(label: string, input: unknown): string {
  const why = (input as { reason?: unknown } | null)?.reason;
  return typeof why === "string" && why.trim() ? `${label}: ${why.trim()}` : label;
}

/**
 * Runs a named action (see ResourceDef.actions) on one or many records in one transaction.
 * With `versions`, each record must still be at the version the client saw.
 */
export async function runAction(
  def: ResourceDef,
  actor: Actor | null,
  name: string,
  ids: string[],
  input: unknown,
  versions: Record<string, number> | null = null,
  db: Db | Tx = getDb(),
): Promise<Row[]> {
  // Only the resource's own actions: "constructor" or "toString" must not find Object's.
  const action = def.actions && Object.hasOwn(def.actions, name) ? def.actions[name] : undefined;
  if (!action) throw new NotFound(`Action "${name}" on ${def.label.toLowerCase()}`);
  if (!actor) throw new Unauthenticated();
  if (!action.roles.includes(actor.role)) throw new Forbidden(`Your role cannot ${action.label.toLowerCase()}.`);
  if (ids.length === 0) throw new ValidationError({ ids: ["Select at least one record."] });
  const parsed = parseInput(action.input, input ?? {});
  const updated = await transact(
    db,
    def,
    async (tx) => {
      const results: Row[] = [];
      for (const id of ids) {
        const existing = await loadRow(tx, def, actor, id);
        await checkRow(def, actor, existing, tx);
        const version = versions?.[id] ?? Number(existing.version);
        if (existing.version !== version) throw await staleError(tx, def, id);
        // A record the action means nothing for (unpublishing a draft) is left as it is, unrecorded.
        if (!actionApplies(action.appliesWhen, existing)) continue;
        const values = await action.run(existing, parsed, { tx, actor });
        results.push(
          await applyUpdate(tx, def, actor, existing, version, values, {
            action: "UPDATE",
            reason: actionReason(action.label, parsed),
          }),
        );
      }
      if (results.length === 0 && action.appliesWhen)
        throw new ValidationError({ [action.appliesWhen.field]: [action.appliesWhen.why] });
      return results;
    },
    { timeout: 30_000, retryOnConflict: versions === null, actor },
  );
  return redactRows(def, actor, updated, db);
}
