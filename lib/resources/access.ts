import { isStaff, type Actor, type Role } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { delegateOf } from "@/lib/db/delegate";
import type { AccessRules, ResourceDef, Where } from "./define";

export const ADMIN_ONLY: readonly Role[] = ["ADMIN"];
export const STAFF: readonly Role[] = ["ADMIN", "EDITOR"];
export const EVERYONE: readonly Role[] = ["ADMIN", "EDITOR", "CONTRIBUTOR"];
export const NOBODY: readonly Role[] = [];

/** Editorial content: everyone signed in reads, editors and admins write. */
export const editorial = (read: readonly Role[] = EVERYONE): AccessRules => ({
  roles: { read, create: STAFF, update: STAFF, delete: STAFF },
});

export const canReadResource = (def: ResourceDef, actor: Actor): boolean => def.access.roles.read.includes(actor.role);

/** The row-level `where` for this actor, merged with a base `where`. */
export async function scoped(def: ResourceDef, actor: Actor, where: Where, db: Db | Tx): Promise<Where> {
  const scope = (await def.access.scope?.(actor, db)) ?? null;
  return scope ? { AND: [where, scope] } : where;
}

/** Whether staff see the trash: everyone else reads only records that are not deleted. */
export const seesTrash = (actor: Actor): boolean => isStaff(actor);

/**
 * The rows of `def` this actor may read, as reading one by id finds them: its row scope, and the
 * trash for staff only. Every lookup made on a user's behalf (by id, by slug, following a link)
 * goes through it, so "hidden" and "does not exist" can never be told apart.
 */
export function readableWhere(def: ResourceDef, actor: Actor, where: Where, db: Db | Tx): Promise<Where> {
  const trash = def.softDelete && !seesTrash(actor) ? { deletedAt: null } : {};
  return scoped(def, actor, { ...where, ...trash }, db);
}

/**
 * Every id of `def` this actor may read, or null when the role reads them all (no row rule, and
 * the trash too). Role rules are the caller's business.
 */
export async function readableIds(
  def: ResourceDef,
  actor: Actor,
  db: Db | Tx,
  among?: readonly string[],
): Promise<Set<string> | null> {
  const scope = (await def.access.scope?.(actor, db)) ?? null;
  if (!scope && (seesTrash(actor) || !def.softDelete)) return null;
  const where = await readableWhere(def, actor, among ? { id: { in: [...among] } } : {}, db);
  const rows = await delegateOf(db, def.model).findMany({ where, select: { id: true } });
  return new Set(rows.map((r) => String(r.id)));
}
