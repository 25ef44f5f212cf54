// Lists: pagination, sort, free-text search and filters, all derived from the resource's fields.
// Follows react-admin's getList/getMany/getManyReference contract (data + total).
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { containsInsensitive, getDb, type Db, type Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { findResource } from "@/lib/resources";
import { readableIds, scoped } from "@/lib/resources/access";
import { hasColumn } from "@/lib/resources/columns";
import { fieldNames, type ResourceDef, type Row } from "@/lib/resources/define";
import type { FieldDef } from "@/lib/resources/fields";
import { relationInclude, serializeRow } from "@/lib/revisions/serialize";
import { authorize, delegate, parseInput } from "./records";
import { redactRows } from "./redact";

export const listParamsSchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(1000).default(25),
  sort: z.string().max(64).optional(),
  order: z.enum(["ASC", "DESC"]).default("ASC"),
  // The object as sent, not a copy: zod's record copies key by key, and a "__proto__" key would
  // vanish on the way (silently ignored instead of refused as an unknown filter).
  filter: z
    .custom<Record<string, unknown>>((v) => v !== null && typeof v === "object" && !Array.isArray(v), "Use a JSON object of filters.")
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
  const plain = values.every((v) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)));
  return plain && values.length <= MAX_FILTER_VALUES ? (values as Scalar[]) : null;
}

type Where = Record<string, unknown>;
/** One filter's condition, or what is wrong with it. */
type Condition = { where: Where } | { error: string };

/** A date-only value matches that whole day (UTC); a full timestamp matches exactly. */
function dateCondition(name: string, values: Scalar[]): Condition {
  const dates = values.map((v) => ({ raw: String(v), at: filterDate(v) }));
  const valid = dates.filter((d): d is { raw: string; at: Date } => d.at !== null);
  if (valid.length !== dates.length) return { error: "Use a valid date." };
  const day = (at: Date) => ({ gte: at, lt: new Date(at.getTime() + 86_400_000) });
  return { where: { OR: valid.map(({ raw, at }) => ({ [name]: /^\d{4}-\d{2}-\d{2}$/.test(raw) ? day(at) : at })) } };
}

/** The condition a filter on the field `name` puts on the list. */
async function fieldCondition(name: string, field: FieldDef, values: Scalar[], actor: Actor, db: Db | Tx): Promise<Condition> {
  const strings = values.map(String);
  switch (field.type) {
    case "references":
      return { where: { [field.relation]: { some: { id: { in: await visibleLinkIds(field.reference, actor, strings, db) } } } } };
    case "reference":
      return { where: { [name]: { in: field.shownWhenHidden ? strings : await visibleLinkIds(field.reference, actor, strings, db) } } };
    case "boolean":
      return { where: { [name]: values[0] === true || values[0] === "true" } };
    case "number": {
      const numbers = values.map(Number);
      return numbers.every(Number.isFinite) ? { where: { [name]: { in: numbers } } } : { error: "Use a number." };
    }
    case "date":
    case "datetime":
      return dateCondition(name, values);
    case "enum": {
      const bad = strings.filter((v) => !field.choices.includes(v));
      return bad.length ? { error: `Unknown value: ${bad.slice(0, 5).join(", ").slice(0, 200)}.` } : { where: { [name]: { in: strings } } };
    }
    default:
      return { where: strings.length === 1 ? { [name]: strings[0] } : { [name]: { in: strings } } };
  }
}

/** `field_gte` / `field_lte`: a bound on a date. */
function rangeCondition(name: string, bound: string, value: Scalar): Condition {
  const date = filterDate(value);
  return date ? { where: { [name]: { [bound]: date } } } : { error: "Use a valid date." };
}

export async function buildWhere(def: ResourceDef, filter: Record<string, unknown>, actor: Actor, db: Db | Tx = getDb()): Promise<Where> {
  const and: Where[] = [];
  // Keys are the user's ("__proto__" included): problems are collected in a Map.
  const problems = new Map<string, string[]>();
  const staff = actor.role === "ADMIN" || actor.role === "EDITOR";
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
      const searchable = fieldNames(def, "search");
      if (q && searchable.length) and.push({ OR: searchable.map((f) => ({ [f]: containsInsensitive(q) })) });
      continue;
    }
    if (key === "id") {
      and.push({ id: { in: values.map(String) } });
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
    const condition = range ? rangeCondition(name, range[2], values[0]) : await fieldCondition(name, field, values, actor, db);
    if ("error" in condition) problems.set(key, [condition.error]);
    else and.push(condition.where);
  }
  if (problems.size) throw new ValidationError(Object.fromEntries(problems), "Some filters are not valid.");
  if (def.softDelete && trash !== null) and.push({ deletedAt: trash ? { not: null } : null });
  return scoped(def, actor, and.length ? { AND: and } : {}, db);
}

export async function listRecords(
  def: ResourceDef,
  actor: Actor | null,
  params: ListParams,
  db: Db | Tx = getDb(),
): Promise<{ data: Row[]; total: number }> {
  const who = authorize(def, actor, "read");
  const { page, perPage, sort, order, filter } = parseInput(listParamsSchema, params);
  const sortField = sort ?? def.list.defaultSort.field;
  if (!isSortable(def, sortField)) {
    throw new ValidationError({ sort: [`Cannot sort by ${sortField}.`] });
  }
  const direction = (sort ? order : def.list.defaultSort.order).toLowerCase();
  const where = await buildWhere(def, filter, who, db);
  const model = delegate(db, def);
  const [rows, total] = await Promise.all([
    model.findMany({
      where,
      orderBy: [{ [sortField]: direction }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      include: relationInclude(def),
    }),
    model.count({ where }),
  ]);
  return { data: await redactRows(def, who, rows.map((r) => serializeRow(def, r)), db), total };
}
