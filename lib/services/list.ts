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

export async function buildWhere(def: ResourceDef, filter: Record<string, unknown>, actor: Actor, db: Db | Tx = getDb()): Promise<Record<string, unknown>> {
  const and: Record<string, unknown>[] = [];
  // Keys are the user's ("__proto__" included): errors are collected in a Map.
  const problems = new Map<string, string[]>();
  const errors = { set: (key: string, message: string) => problems.set(key, [message]) };
  const staff = actor.role === "ADMIN" || actor.role === "EDITOR";
  let trash: boolean | null = false;
  for (const [key, raw] of Object.entries(filter)) {
    if (raw === undefined || raw === "" || raw === null) continue;
    const values = scalars(raw);
    if (!values) {
      errors.set(key, `Use a value or a list of at most ${MAX_FILTER_VALUES} values.`);
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
      if (trash && !staff) errors.set("deleted", "Only editors and admins see the trash.");
      continue;
    }
    const range = /^(.*)_(gte|lte)$/.exec(key);
    const name = range ? range[1] : key;
    const field = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
    if (!field || (!field.filter && field.type !== "reference")) {
      errors.set(key, "Unknown filter.");
      continue;
    }
    if (range) {
      const date = filterDate(values[0]);
      if (!date) errors.set(key, "Use a valid date.");
      else and.push({ [name]: { [range[2]]: date } });
      continue;
    }
    switch (field.type) {
      case "references":
        and.push({ [field.relation]: { some: { id: { in: await visibleLinkIds(field.reference, actor, values.map(String), db) } } } });
        break;
      case "reference": {
        const ids = values.map(String);
        and.push({ [name]: { in: field.shownWhenHidden ? ids : await visibleLinkIds(field.reference, actor, ids, db) } });
        break;
      }
      case "boolean":
        and.push({ [name]: values[0] === true || values[0] === "true" });
        break;
      case "number": {
        const numbers = values.map(Number);
        if (numbers.some((n) => !Number.isFinite(n))) errors.set(key, "Use a number.");
        else and.push({ [name]: { in: numbers } });
        break;
      }
      case "date":
      case "datetime": {
        // A date without a time matches that whole day (UTC); a full timestamp matches exactly.
        const dates = values.map((v) => ({ raw: String(v), at: filterDate(v) }));
        const valid = dates.filter((d): d is { raw: string; at: Date } => d.at !== null);
        if (valid.length !== dates.length) {
          errors.set(key, "Use a valid date.");
          break;
        }
        and.push({
          OR: valid.map(({ raw, at }) =>
            /^\d{4}-\d{2}-\d{2}$/.test(raw) ? { [name]: { gte: at, lt: new Date(at.getTime() + 86_400_000) } } : { [name]: at },
          ),
        });
        break;
      }
      case "enum": {
        const bad = values.filter((v) => !field.choices.includes(String(v)));
        if (bad.length) errors.set(key, `Unknown value: ${bad.slice(0, 5).join(", ").slice(0, 200)}.`);
        else and.push({ [name]: { in: values.map(String) } });
        break;
      }
      default:
        and.push(values.length === 1 ? { [name]: String(values[0]) } : { [name]: { in: values.map(String) } });
    }
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
