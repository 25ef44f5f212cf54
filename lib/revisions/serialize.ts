// Turning Prisma rows into plain JSON records (what the API sends and revisions store).
import type { ResourceDef, Row } from "@/lib/resources/define";

export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** Prisma include that brings the ids of every many-to-many field. */
export function relationInclude(def: ResourceDef): Record<string, unknown> | undefined {
  const include: Record<string, unknown> = { ...def.include };
  for (const field of Object.values(def.fields)) {
    if (field.type === "references") include[field.relation] = { select: { id: true } };
  }
  return Object.keys(include).length ? include : undefined;
}

/** A row as clients and revisions see it: m2m relations as id arrays, dates as ISO strings. */
export function serializeRow(def: ResourceDef, row: Record<string, unknown>): Row {
  const out: Record<string, unknown> = {};
  const relationToField = new Map<string, string>();
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.type === "references") relationToField.set(field.relation, name);
  }
  for (const [key, value] of Object.entries(row)) {
    if (def.hidden?.includes(key)) continue;
    const idsField = relationToField.get(key);
    if (idsField) {
      out[idsField] = (value as Array<{ id: string }>).map((r) => r.id).sort();
      continue;
    }
    out[key] = toJsonValue(value);
  }
  return (def.present ? def.present(out) : out) as Row;
}
