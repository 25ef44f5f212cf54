// What the admin's pickers offer: records of a resource found by a few typed words (or the ones a
// form already holds), each with its name and what tells it apart (status, a claim's source), never
// a bare id. Read through the resource's own read rules, so a picker offers only what its user may
// open; the trash is never offered.
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { containsInsensitive, getDb, type Db, type Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { readableWhere } from "@/lib/resources/access";
import { hasColumn } from "@/lib/resources/columns";
import { fieldNames, type ResourceDef } from "@/lib/resources/define";
import { humanizeValue } from "@/lib/resources/fields";
import { authorize, delegate, parseInput } from "@/lib/services/records";

export interface Choice {
  id: string;
  /** What a form stores: the id, or the slug for `by: "slug"` pickers. */
  value: string;
  title: string;
  /** Short facts shown under the title ("Verified", "From Django vs Flask in 2026"). */
  detail: string[];
}

export const choiceParamsSchema = z.strictObject({
  q: z.string().max(200).optional(),
  /** Values a form holds already: their choices, to show them by name. */
  value: z.array(z.string().min(1).max(200)).max(200).optional(),
  by: z.enum(["id", "slug"]).default("id"),
});
export type ChoiceParams = z.input<typeof choiceParamsSchema>;

const MAX_CHOICES = 20;

function detailOf(def: ResourceDef, row: Record<string, unknown>): string[] {
  const status =
    def.fields.status?.type === "enum" && typeof row.status === "string" ? [humanizeValue(row.status)] : [];
  return [...status, ...(def.choice?.detail(row) ?? [])];
}

export async function listChoices(
  def: ResourceDef,
  actor: Actor | null,
  params: ChoiceParams,
  db: Db | Tx = getDb(),
): Promise<Choice[]> {
  const who = authorize(def, actor, "read");
  const { q, value, by } = parseInput(choiceParamsSchema, params);
  if (by === "slug" && !hasColumn(def.model, "slug")) throw new ValidationError({ by: [`${def.label} have no slug.`] });
  const base: Record<string, unknown> = def.softDelete ? { deletedAt: null } : {};
  const text = q?.trim();
  if (value) base[by] = { in: value };
  else if (text) base.OR = fieldNames(def, "search").map((f) => ({ [f]: containsInsensitive(text) }));
  const where = await readableWhere(def, who, base, db);
  const sort = def.list.defaultSort;
  const rows = await delegate(db, def).findMany({
    where,
    orderBy: hasColumn(def.model, sort.field)
      ? [{ [sort.field]: sort.order === "DESC" ? "desc" : "asc" }, { id: "asc" }]
      : [{ id: "asc" }],
    take: value ? value.length : MAX_CHOICES,
    select: {
      id: true,
      [def.titleField]: true,
      ...(by === "slug" ? { slug: true } : {}),
      ...(def.fields.status?.type === "enum" ? { status: true } : {}),
      ...def.choice?.select,
    },
  });
  return rows.map((row) => ({
    id: String(row.id),
    value: String(row[by]),
    title: String(row[def.titleField] ?? row.id),
    detail: detailOf(def, row),
  }));
}
