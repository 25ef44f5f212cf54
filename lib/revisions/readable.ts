// History a person can read and act on safely: the titles of the records a revision links to
// (names, not ids), and what restoring an earlier version would change before it is done, with its
// public consequence called out ("this claim will leave the public site").
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { delegateOf } from "@/lib/db/delegate";
import { NotFound } from "@/lib/errors";
import { isPublicClaimStatus } from "@/lib/resources/visibility";
import { findResource } from "@/lib/resources";
import { canReadResource, readableWhere } from "@/lib/resources/access";
import type { ResourceDef, Row } from "@/lib/resources/define";
import { authorizeHistory, restorableValues } from "@/lib/services/history";
import { redactHistory } from "@/lib/services/redact";
import { diffSnapshots, type Changes } from "./diff";
import { actorName } from "./service";

/** id → title of every record the given revisions' link fields point at that the reader may see. */
export type ReferenceNames = Record<string, string>;

const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v.length > 0);

/**
 * Titles for the ids in these changes' link fields. People's names (a claim's reviewer) are given to
 * anyone who may read the history, since the history already names who made each change; any other
 * record only when the reader may open it (role and row rules), so a title never leaks a record.
 */
export async function referenceNames(
  def: ResourceDef,
  actor: Actor,
  changes: ReadonlyArray<Changes>,
  db: Db | Tx = getDb(),
): Promise<ReferenceNames> {
  const wanted = new Map<ResourceDef, Set<string>>();
  for (const [field, spec] of Object.entries(def.fields)) {
    if (spec.type !== "reference" && spec.type !== "references") continue;
    const target = findResource(spec.reference);
    if (!target) continue;
    const ids = wanted.get(target) ?? new Set<string>();
    for (const change of changes) {
      const value = change[field];
      if (value) for (const id of [...idsIn(value.before), ...idsIn(value.after)]) ids.add(id);
    }
    if (ids.size) wanted.set(target, ids);
  }
  const names: ReferenceNames = {};
  for (const [target, ids] of wanted) {
    const people = target.name === "users";
    if (!people && !canReadResource(target, actor)) continue;
    const base = { id: { in: [...ids].slice(0, 500) } };
    const where = people ? base : await readableWhere(target, actor, base, db);
    const rows = await delegateOf(db, target.model).findMany({
      where,
      select: { id: true, [target.titleField]: true },
    });
    for (const row of rows) names[String(row.id)] = String(row[target.titleField] ?? row.id);
  }
  return names;
}

/** A change of what the public site shows, said as the reader of that site will notice it. */
export function publicConsequences(
  resource: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const rule = PUBLIC_RULES[resource];
  if (!rule) return [];
  const was = rule.isPublic(before);
  const willBe = rule.isPublic({ ...before, ...after });
  if (was === willBe) return [];
  return [
    was
      ? `This ${rule.noun} will leave the public site: its page will no longer be found.`
      : `This ${rule.noun} will appear on the public site.`,
  ];
}

// The same conditions as lib/resources/visibility.ts, on a record's fields.
const PUBLIC_RULES: Record<string, { noun: string; isPublic: (r: Record<string, unknown>) => boolean }> = {
  claims: { noun: "claim", isPublic: (r) => !r.deletedAt && !r.mergedIntoId && isPublicClaimStatus(String(r.status)) },
  verdicts: { noun: "verdict", isPublic: (r) => !r.deletedAt && r.status === "PUBLISHED" },
  decisions: { noun: "decision", isPublic: (r) => !r.deletedAt && r.visibility === "PUBLIC" },
  technologies: { noun: "technology", isPublic: (r) => !r.deletedAt && r.status === "ACTIVE" },
};

export interface RestorePreview {
  revisionId: string;
  /** When the version being restored was made. */
  versionOf: string;
  /** Field by field, from the record as it is now to the record as it will be. */
  changes: Changes;
  consequences: string[];
  names: ReferenceNames;
}

/** What `revertToRevision` (lib/services/history.ts) would do to the record now (all fields, or only `fields`): nothing is written. */
export async function previewRestore(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  revisionId: string,
  db: Db | Tx = getDb(),
  fields?: readonly string[],
): Promise<RestorePreview> {
  const { who, record: current } = await authorizeHistory(def, actor, id, "update", db);
  const revision = await db.revision.findFirst({ where: { id: revisionId, entity: def.name, entityId: id } });
  if (!revision) throw new NotFound(`Revision ${revisionId} of this record`);
  // The fields revertToRevision puts back: the editable ones the version recorded (or the named ones).
  const restored: Row = { ...current, ...restorableValues(def, revision.snapshot as Record<string, unknown>, fields) };
  const editable = (row: Row) =>
    Object.fromEntries(Object.entries(row).filter(([name]) => def.fields[name] && def.fields[name].editable !== false));
  const changes = diffSnapshots(editable(current), editable(restored));
  return {
    revisionId,
    versionOf: revision.createdAt.toISOString(),
    changes,
    consequences: publicConsequences(def.name, current, restored),
    names: await referenceNames(def, who, [changes], db),
  };
}

/** One side of a comparison: which version, when, and who made it. */
export interface VersionRef {
  revisionId: string;
  action: string;
  createdAt: string;
  user: string;
}

export interface VersionComparison {
  from: VersionRef;
  to: VersionRef;
  /** Field by field, from the record as it was after `from` to the record as it was after `to`. */
  changes: Changes;
  names: ReferenceNames;
}

/**
 * Any two versions of a record side by side: the fields the resource describes (never bookkeeping
 * such as normalized search text), with links the reader may not see taken out as in the history.
 */
export async function compareVersions(
  def: ResourceDef,
  actor: Actor | null,
  id: string,
  fromId: string,
  toId: string,
  db: Db | Tx = getDb(),
): Promise<VersionComparison> {
  const { who } = await authorizeHistory(def, actor, id, "read", db);
  const rows = await db.revision.findMany({
    where: { id: { in: [fromId, toId] }, entity: def.name, entityId: id },
    include: { user: { select: { name: true } } },
  });
  const find = (revisionId: string) => {
    const row = rows.find((r) => r.id === revisionId);
    if (!row) throw new NotFound(`Revision ${revisionId} of this record`);
    return row;
  };
  const from = find(fromId);
  const to = find(toId);
  const described = (snapshot: unknown) =>
    Object.fromEntries(
      Object.entries((snapshot ?? {}) as Record<string, unknown>).filter(
        ([name]) => name in def.fields || name === "deletedAt",
      ),
    );
  const [visible] = await redactHistory(
    def,
    who,
    [{ changes: diffSnapshots(described(from.snapshot), described(to.snapshot)), reason: null }],
    db,
  );
  const ref = (row: typeof from): VersionRef => ({
    revisionId: row.id,
    action: row.action,
    createdAt: row.createdAt.toISOString(),
    user: actorName(row.user),
  });
  return {
    from: ref(from),
    to: ref(to),
    changes: visible.changes,
    names: await referenceNames(def, who, [visible.changes], db),
  };
}
