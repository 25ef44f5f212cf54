// What a reader is shown of a record's links. A record they may read can point at one they may
// not (team A's decision superseded by team B's private one): the id, the title in a revision's
// reason and the slug in an export would all name it. Links into resources the reader sees only in
// part (row rules) are checked against those rules, and the hidden ones are taken out of records,
// exports and history. Links into resources a role cannot open at all (user ids for editors) stay:
// they are bare ids, and who changed what is shown on purpose.
import type { Actor } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { findResource } from "@/lib/resources";
import { readableIds } from "@/lib/resources/access";
import type { ResourceDef, Row } from "@/lib/resources/define";

/** What a revision says when the change it records involves a record the reader cannot see. */
export const HIDDEN_LINK_REASON = "Changed a link to a record you cannot see.";

type Changes = Record<string, { before: unknown; after: unknown }>;
type IsHidden = (field: string, id: string) => boolean;

interface Link {
  field: string;
  target: ResourceDef;
}

function linksOf(def: ResourceDef): Link[] {
  const links: Link[] = [];
  for (const [field, spec] of Object.entries(def.fields)) {
    if (spec.type !== "reference" && spec.type !== "references") continue;
    if (spec.type === "reference" && spec.shownWhenHidden) continue;
    const target = findResource(spec.reference);
    if (target) links.push({ field, target });
  }
  return links;
}

const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");

/** One look per link field at which of the ids in `values` the actor may read. */
async function hiddenLinks(
  def: ResourceDef,
  actor: Actor,
  values: ReadonlyArray<Record<string, unknown>>,
  db: Db | Tx,
): Promise<IsHidden> {
  const visible = new Map<string, Set<string> | null>();
  for (const { field, target } of linksOf(def)) {
    const ids = [...new Set(values.flatMap((v) => idsIn(v[field])))];
    visible.set(field, ids.length ? await readableIds(target, actor, db, ids) : null);
  }
  return (field, id) => {
    const seen = visible.get(field);
    return !!seen && !seen.has(id);
  };
}

/** The value of a link field without the ids the reader may not see (a hidden single link is null). */
function withoutHidden(field: string, value: unknown, isHidden: IsHidden): unknown {
  if (Array.isArray(value)) return value.filter((id) => typeof id !== "string" || !isHidden(field, id));
  return typeof value === "string" && isHidden(field, value) ? null : value;
}

function redactRecord<T extends Record<string, unknown>>(def: ResourceDef, record: T, isHidden: IsHidden): T {
  const out: Record<string, unknown> = { ...record };
  for (const { field } of linksOf(def)) if (field in out) out[field] = withoutHidden(field, out[field], isHidden);
  return out as T;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A revision's field diff without hidden ids; a field whose visible value did not change is left out. */
function redactChanges(changes: Changes, isHidden: IsHidden): { changes: Changes; redacted: boolean } {
  const out: Changes = {};
  let redacted = false;
  for (const [field, change] of Object.entries(changes)) {
    const before = withoutHidden(field, change.before, isHidden);
    const after = withoutHidden(field, change.after, isHidden);
    const touched = !same(before, change.before) || !same(after, change.after);
    redacted ||= touched;
    if (!touched || !same(before, after)) out[field] = { before, after };
  }
  return { changes: out, redacted };
}

const changeValues = (changes: Changes): Array<Record<string, unknown>> => [
  Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, c.before])),
  Object.fromEntries(Object.entries(changes).map(([f, c]) => [f, c.after])),
];

/** History entries of one record of `def`, as `actor` may see them. */
export async function redactHistory<E extends { changes: Changes; reason: string | null }>(
  def: ResourceDef,
  actor: Actor,
  entries: E[],
  db: Db | Tx,
): Promise<E[]> {
  const isHidden = await hiddenLinks(
    def,
    actor,
    entries.flatMap((e) => changeValues(e.changes)),
    db,
  );
  return entries.map((entry) => {
    const { changes, redacted } = redactChanges(entry.changes, isHidden);
    // A reason may name the other side of a link ("Superseded by "…""): it goes with the link.
    return redacted ? { ...entry, changes, reason: HIDDEN_LINK_REASON } : entry;
  });
}

/** Revision rows (the revisions resource): each one's snapshot and diff as its record's readers see them. */
async function redactRevisionRows(actor: Actor, rows: Row[], db: Db | Tx): Promise<Row[]> {
  const out = [...rows];
  for (const entity of new Set(rows.map((r) => String(r.entity)))) {
    const def = findResource(entity);
    if (!def) continue;
    const mine = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.entity === entity);
    const values = mine.flatMap(({ row }) => [
      (row.snapshot ?? {}) as Record<string, unknown>,
      ...changeValues((row.changes ?? {}) as Changes),
    ]);
    const isHidden = await hiddenLinks(def, actor, values, db);
    for (const { row, i } of mine) {
      const { changes, redacted } = redactChanges((row.changes ?? {}) as Changes, isHidden);
      const snapshot = redactRecord(def, (row.snapshot ?? {}) as Record<string, unknown>, isHidden);
      out[i] = { ...row, changes, snapshot, reason: redacted ? HIDDEN_LINK_REASON : row.reason };
    }
  }
  return out;
}

/** Records of `def` as `actor` may see them: links to rows outside their read rules taken out. */
export async function redactRows(def: ResourceDef, actor: Actor, rows: Row[], db: Db | Tx): Promise<Row[]> {
  if (rows.length === 0) return rows;
  if (def.model === "revision") return redactRevisionRows(actor, rows, db);
  const isHidden = await hiddenLinks(def, actor, rows, db);
  return rows.map((row) => redactRecord(def, row, isHidden));
}

export async function redactRow(def: ResourceDef, actor: Actor, row: Row, db: Db | Tx): Promise<Row> {
  return (await redactRows(def, actor, [row], db))[0];
}
