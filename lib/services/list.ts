// Lists: pagination, sort, free-text search and filters, all derived from the resource's fields.
// Follows react-admin's getList/getMany/getManyReference contract (data + total).
import { z } from "zod";
import { isStaff, type Actor } from "@/lib/auth/roles";
import { containsInsensitive, getDb, providerOfClient, type Db, type Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { findResource } from "@/lib/resources";
import { readableIds, scoped } from "@/lib/resources/access";
import { hasColumn } from "@/lib/resources/columns";
import { fieldNames, type ResourceDef, type Row } from "@/lib/resources/define";
import type { FieldDef } from "@/lib/resources/fields";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";
import { decodeCursor } from "@/lib/services/list-cursor";
import { claimLinkIds, COUNT_CAP, isClaimLink, listClaimIds, type Term } from "@/lib/services/list-sql";
import { leanClaimRows } from "@/lib/services/lean-claim-rows";
import { authorize, delegate, parseInput } from "./records";
import { redactRows } from "./redact";

export const listParamsSchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(1000).default(25),
  sort: z.string().max(64).optional(),
  order: z.enum(["ASC", "DESC"]).default("ASC"),
  // The object as sent, not a copy: zod's record copies key by key, and a "__proto__" key would
  // vanish on the way (silently ignored instead of refused as an unknown filter).
  /** From a previous page's `nextCursor`: continue after that row instead of counting rows to skip. */
  cursor: z.string().max(500).optional(),
  filter: z
    .custom<Record<string, unknown>>(
      (v) => v !== null && typeof v === "object" && !Array.isArray(v),
      "Use a JSON object of filters.",
    )
    .default({}),
});
export type ListParams = z.input<typeof listParamsSchema>;

/** Sortable on every model that has them, whether or not the resource lists them. */
const ALWAYS_SORTABLE = ["id", "createdAt", "updatedAt"];

function isSortable(def: ResourceDef, name: string): boolean {
  const listed = Object.hasOwn(def.fields, name) && def.fields[name].sortable === true;
  return (listed || ALWAYS_SORTABLE.includes(name)) && hasColumn(def.model, name);
}

/**
 * Filtering by a link to a row the actor may not read finds what filtering by a row that does not
 * exist finds: nothing. Otherwise a filter would confirm a link the record's view hides.
 */
async function visibleLinkIds(reference: string, actor: Actor, ids: string[], db: Db | Tx): Promise<string[]> {
  const target = findResource(reference);
  const visible = target ? await readableIds(target, actor, db, ids) : null;
  return visible ? ids.filter((id) => visible.has(id)) : ids;
}

/** A date a filter may compare with: one both databases store (as fieldSchema bounds dates), else null. */
function filterDate(value: Scalar): Date | null {
  const at = new Date(typeof value === "boolean" ? Number.NaN : value);
  const time = at.getTime();
  return time >= Date.UTC(1900, 0, 1) && time <= Date.UTC(9999, 11, 31, 23, 59, 59) ? at : null;
}

type Scalar = string | number | boolean;
/** A filter value and its alternatives: plain values only (an object is nothing Prisma should see). */
const MAX_FILTER_VALUES = 1000;
function scalars(raw: unknown): Scalar[] | null {
  const values = Array.isArray(raw) ? raw : [raw];
  const plain = values.every(
    (v) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)),
  );
  return plain && values.length <= MAX_FILTER_VALUES ? (values as Scalar[]) : null;
}

type Where = Record<string, unknown>;
/** One filter's condition, or what is wrong with it. */
type Condition = { term: Term } | { error: string };

/** A date-only value matches that whole day (UTC); a full timestamp matches exactly. */
function dateCondition(name: string, values: Scalar[]): Condition {
  const dates = values.map((v) => ({ raw: String(v), at: filterDate(v) }));
  const valid = dates.filter((d): d is { raw: string; at: Date } => d.at !== null);
  if (valid.length !== dates.length) return { error: "Use a valid date." };
  return {
    term: {
      type: "dates",
      column: name,
      values: valid.map(({ raw, at }) => ({ at, wholeDay: /^\d{4}-\d{2}-\d{2}$/.test(raw) })),
    },
  };
}

/** The condition a filter on the field `name` puts on the list. */
async function fieldCondition(
  name: string,
  field: FieldDef,
  values: Scalar[],
  actor: Actor,
  db: Db | Tx,
): Promise<Condition> {
  const strings = values.map(String);
  switch (field.type) {
    case "references":
      return {
        term: {
          type: "link",
          relation: field.relation,
          ids: await visibleLinkIds(field.reference, actor, strings, db),
        },
      };
    case "reference":
      return {
        term: {
          type: "in",
          column: name,
          values: field.shownWhenHidden ? strings : await visibleLinkIds(field.reference, actor, strings, db),
        },
      };
    case "boolean":
      return { term: { type: "eq", column: name, value: values[0] === true || values[0] === "true" } };
    case "number": {
      const numbers = values.map(Number);
      return numbers.every(Number.isFinite)
        ? { term: { type: "in", column: name, values: numbers } }
        : { error: "Use a number." };
    }
    case "date":
    case "datetime":
      return dateCondition(name, values);
    case "enum": {
      const bad = strings.filter((v) => !field.choices.includes(v));
      return bad.length
        ? { error: `Unknown value: ${bad.slice(0, 5).join(", ").slice(0, 200)}.` }
        : { term: { type: "in", column: name, values: strings } };
    }
    default:
      return { term: { type: "in", column: name, values: strings } };
  }
}

/** `field_gte` / `field_lte`: a bound on a date. */
function rangeCondition(name: string, bound: "gte" | "lte", value: Scalar): Condition {
  const date = filterDate(value);
  return date ? { term: { type: "range", column: name, bound, at: date } } : { error: "Use a valid date." };
}

/**
 * A list's filter as terms (validated: unknown filters and bad values are a ValidationError), and
 * whether trashed records are in (soft-deleted resources only). Row rules are not terms: see `scoped`.
 */
export async function filterTerms(
  def: ResourceDef,
  filter: Record<string, unknown>,
  actor: Actor,
  db: Db | Tx = getDb(),
): Promise<Term[]> {
  const terms: Term[] = [];
  // Keys are the user's ("__proto__" included): problems are collected in a Map.
  const problems = new Map<string, string[]>();
  const staff = isStaff(actor);
  let trash: boolean | null = false;
  for (const [key, raw] of Object.entries(filter)) {
    if (raw === undefined || raw === "" || raw === null) continue;
    const values = scalars(raw);
    if (!values) {
      problems.set(key, [`Use a value or a list of at most ${MAX_FILTER_VALUES} values.`]);
      continue;
    }
    if (key === "q") {
      const q = String(values[0]).trim().slice(0, 200);
      if (q && fieldNames(def, "search").length) terms.push({ type: "q", text: q });
      continue;
    }
    if (key === "id") {
      terms.push({ type: "in", column: "id", values: values.map(String) });
      // Fetching by id (references, getMany) finds trashed records too for staff, so a link to a
      // record in the trash still shows its title.
      if (staff) trash = null;
      continue;
    }
    if (key === "deleted" && def.softDelete) {
      trash = raw === true || raw === "true";
      if (trash && !staff) problems.set("deleted", ["Only editors and admins see the trash."]);
      continue;
    }
    const range = /^(.*)_(gte|lte)$/.exec(key);
    const name = range ? range[1] : key;
    const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
    if (!field || (!field.filter && field.type !== "reference")) {
      problems.set(key, ["Unknown filter."]);
      continue;
    }
    const condition = range
      ? rangeCondition(name, range[2] as "gte" | "lte", values[0])
      : await fieldCondition(name, field, values, actor, db);
    if ("error" in condition) problems.set(key, [condition.error]);
    else terms.push(condition.term);
  }
  if (problems.size) throw new ValidationError(Object.fromEntries(problems), "Some filters are not valid.");
  if (def.softDelete && trash !== null) terms.push({ type: "deleted", trash });
  return terms;
}

/** A term as a Prisma where clause (q: a case-insensitive substring of any searchable field). */
function termWhere(def: ResourceDef, term: Term): Where {
  switch (term.type) {
    case "q":
      return { OR: fieldNames(def, "search").map((f) => ({ [f]: containsInsensitive(term.text) })) };
    case "in":
      return term.values.length === 1 && term.column !== "id"
        ? { [term.column]: term.values[0] }
        : { [term.column]: { in: term.values } };
    case "eq":
      return { [term.column]: term.value };
    case "unset":
      return { [term.column]: null };
    case "link":
      return { [term.relation]: { some: { id: { in: term.ids } } } };
    case "dates": {
      const day = (at: Date) => ({ gte: at, lt: new Date(at.getTime() + 86_400_000) });
      return { OR: term.values.map(({ at, wholeDay }) => ({ [term.column]: wholeDay ? day(at) : at })) };
    }
    case "range":
      return { [term.column]: { [term.bound]: term.at } };
    case "deleted":
      return { deletedAt: term.trash ? { not: null } : null };
  }
}

export async function buildWhere(
  def: ResourceDef,
  filter: Record<string, unknown>,
  actor: Actor,
  db: Db | Tx = getDb(),
): Promise<Where> {
  const terms = await filterTerms(def, filter, actor, db);
  return scoped(def, actor, terms.length ? { AND: terms.map((t) => termWhere(def, t)) } : {}, db);
}

export interface ListResult {
  data: Row[];
  /** Exact up to COUNT_CAP; COUNT_CAP when there are more, and then `totalCapped`. */
  total: number;
  totalCapped?: true;
  /** Send back as `cursor` with the next page number to continue after this page (keyset paging). */
  nextCursor?: string;
}

/** Whether the actor reads this resource under a row rule (then only the Prisma rendering applies). */
const hasScope = async (def: ResourceDef, actor: Actor, db: Db | Tx) =>
  ((await def.access.scope?.(actor, db)) ?? null) !== null;

/**
 * The claims of one list page, in the order of `ids`, read on the lean path: the rows (leanClaimRows)
 * and their links (claimLinkIds, put where Prisma's include would: `[{ id }]`). Prisma reads them
 * when another include is asked for or a stored value needs its interpretation.
 */
async function loadClaimRows(def: ResourceDef, ids: string[], db: Db | Tx): Promise<Record<string, unknown>[]> {
  if (!ids.length) return [];
  const include: Record<string, unknown> = { ...relationInclude(def) };
  const leanLinks = Object.keys(include).filter(isClaimLink);
  for (const relation of leanLinks) delete include[relation];
  // Claims read on the lean path when nothing else is included (see leanClaimRows), else by Prisma.
  // Rows and links asked for at once: on PostgreSQL two connections of the pool answer together,
  // one round trip's wait instead of two (a busy server makes each wait longer than the query).
  const readRows = async () => (Object.keys(include).length ? null : leanClaimRows(db, providerOfClient(db), ids));
  const readLinks = async (relation: string) =>
    [relation, (await claimLinkIds(db, relation, ids)) ?? new Map<string, string[]>()] as const;
  let lean: Record<string, unknown>[] | null;
  let linked: Array<readonly [string, Map<string, string[]>]>;
  if ("$transaction" in db) {
    [lean, linked] = await Promise.all([readRows(), Promise.all(leanLinks.map(readLinks))]);
  } else {
    // Inside a transaction (one connection) one after the other: the driver would queue them anyway.
    lean = await readRows();
    linked = [];
    for (const relation of leanLinks) linked.push(await readLinks(relation));
  }
  const links = new Map(linked);
  const rows =
    lean ??
    (await delegate(db, def).findMany({
      where: { id: { in: ids } },
      ...(Object.keys(include).length ? { include } : {}),
    }));
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    for (const [relation, byClaim] of links) row[relation] = (byClaim.get(id) ?? []).map((other) => ({ id: other }));
    return [row];
  });
}

export async function listRecords(
  def: ResourceDef,
  actor: Actor | null,
  params: ListParams,
  db: Db | Tx = getDb(),
): Promise<ListResult> {
  const who = authorize(def, actor, "read");
  const { page, perPage, sort, order, filter, cursor } = parseInput(listParamsSchema, params);
  const sortField = sort ?? def.list.defaultSort.field;
  if (!isSortable(def, sortField)) {
    throw new ValidationError({ sort: [`Cannot sort by ${sortField}.`] });
  }
  const descending = (sort ? order : def.list.defaultSort.order) === "DESC";
  const terms = await filterTerms(def, filter, who, db);
  const provider = providerOfClient(db);
  // Claims are the table that grows (100,000+): listed through index-friendly SQL (lib/services/list-sql).
  if (def.model === "claim" && !(await hasScope(def, who, db))) {
    const found = await listClaimIds(db, provider, {
      terms,
      sort: sortField,
      descending,
      page,
      perPage,
      cursor: cursor ? decodeCursor(cursor) : null,
    });
    if (found) {
      const rows = await loadClaimRows(def, found.ids, db);
      const data = await redactRows(
        def,
        who,
        rows.map((r) => serializeRow(def, r)),
        db,
      );
      return {
        data,
        total: found.total,
        ...(found.capped ? { totalCapped: true as const } : {}),
        ...(found.nextCursor ? { nextCursor: found.nextCursor } : {}),
      };
    }
  }
  const where = await scoped(def, who, terms.length ? { AND: terms.map((t) => termWhere(def, t)) } : {}, db);
  const model = delegate(db, def);
  const direction = descending ? "desc" : "asc";
  // One after the other: on SQLite the driver is synchronous, so "in parallel" only meant serially.
  const rows = await model.findMany({
    where,
    // Ties broken by id in the sort's own direction, so one index (column, id) serves both.
    orderBy: [{ [sortField]: direction }, { id: direction }],
    skip: (page - 1) * perPage,
    take: perPage,
    include: relationInclude(def),
  });
  const counted = await model.count({ where, take: COUNT_CAP + 1 });
  const total = Math.min(counted, COUNT_CAP);
  const data = await redactRows(
    def,
    who,
    rows.map((r) => serializeRow(def, r)),
    db,
  );
  return { data, total, ...(counted > COUNT_CAP ? { totalCapped: true as const } : {}) };
}
