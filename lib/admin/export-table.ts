// A list as a spreadsheet reads it: links by name ("Django; Flask", not an array of ids), choices
// and shared tags by label, key–value fields as "key: value" and rows of a JSON field one per line.
// The rows come from the list service, so links a reader may not see are already taken out
// (lib/services/redact.ts); the remaining ids are named as the admin names them.
import type { Db, Tx } from "@/lib/db/client";
import { delegateOf } from "@/lib/db/delegate";
import { findResource } from "@/lib/resources";
import type { ResourceDef } from "@/lib/resources/define";
import type { FieldDef, FormPart, JsonForm } from "@/lib/resources/fields";
import { fieldLabelOf, humanizeValue } from "@/lib/resources/fields";

export interface Table {
  header: string[];
  rows: unknown[][];
}

type Names = Map<string, string>;
/** Names per referenced resource and stored value (id or slug). */
type Lookup = (reference: string, by: "id" | "slug", value: string) => string;

const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).filter((v): v is string => typeof v === "string");

/** Every (resource, by, value) a table's cells link to. */
function wanted(def: ResourceDef, rows: ReadonlyArray<Record<string, unknown>>): Map<string, Set<string>> {
  const want = new Map<string, Set<string>>();
  const add = (reference: string, by: "id" | "slug", values: string[]) => {
    const key = `${reference}\u0000${by}`;
    const set = want.get(key) ?? new Set<string>();
    values.forEach((v) => set.add(v));
    want.set(key, set);
  };
  for (const [name, field] of Object.entries(def.fields)) {
    for (const row of rows) {
      const value = row[name];
      if (field.type === "reference" || field.type === "references") add(field.reference, "id", idsOf(value));
      else if (field.type === "json" && field.form)
        for (const [part, raw] of formReferences(field.form, value)) add(part.reference, part.by ?? "id", [raw]);
    }
  }
  return want;
}

/** The reference parts of a JSON value and the values they hold. */
function formReferences(form: JsonForm, value: unknown): Array<[FormPart & { type: "reference" }, string]> {
  const found: Array<[FormPart & { type: "reference" }, string]> = [];
  if (form.kind === "rows" && Array.isArray(value)) {
    for (const item of value) {
      if (!item || typeof item !== "object") continue;
      for (const [name, part] of Object.entries(form.parts)) {
        const v = (item as Record<string, unknown>)[name];
        if (part.type === "reference" && typeof v === "string") found.push([part, v]);
      }
    }
  } else if (form.kind === "keyValues" && form.key.type === "reference" && value && typeof value === "object") {
    for (const key of Object.keys(value)) found.push([form.key, key]);
  }
  return found;
}

async function loadNames(def: ResourceDef, rows: ReadonlyArray<Record<string, unknown>>, db: Db | Tx): Promise<Lookup> {
  const names = new Map<string, Names>();
  for (const [key, values] of wanted(def, rows)) {
    const [reference, by] = key.split("\u0000") as [string, "id" | "slug"];
    const target = findResource(reference);
    if (!target || values.size === 0) continue;
    const found: Names = new Map();
    const all = [...values];
    for (let i = 0; i < all.length; i += 500) {
      const slice = all.slice(i, i + 500);
      const model = delegateOf(db, target.model);
      const hits = await model.findMany({
        where: { [by]: { in: slice } },
        select: { [by]: true, [target.titleField]: true },
      });
      for (const hit of hits) found.set(String(hit[by]), String(hit[target.titleField]));
    }
    names.set(key, found);
  }
  return (reference, by, value) => names.get(`${reference}\u0000${by}`)?.get(value) ?? value;
}

function partText(part: FormPart, value: unknown, name: Lookup): string {
  if (value == null || value === "") return "";
  switch (part.type) {
    case "reference":
      return name(part.reference, part.by ?? "id", String(value));
    case "enum":
      return part.choices.find((c) => c.id === value)?.name ?? String(value);
    case "lines":
      return Array.isArray(value) ? value.join(" / ") : String(value);
    default:
      return String(value);
  }
}

function formText(form: JsonForm, value: unknown, name: Lookup): string {
  if (form.kind === "keyValues") {
    if (!value || typeof value !== "object") return "";
    return Object.entries(value)
      .map(([k, v]) => `${partText(form.key, k, name)}: ${partText(form.value, v, name)}`)
      .join("; ");
  }
  if (!Array.isArray(value)) return "";
  return value
    .map((item: Record<string, unknown>) =>
      Object.entries(form.parts)
        .map(([key, part]) => partText(part, item?.[key], name))
        .filter(Boolean)
        .join(", "),
    )
    .join("\n");
}

function cellText(field: FieldDef, value: unknown, name: Lookup): unknown {
  switch (field.type) {
    case "reference":
      return typeof value === "string" ? name(field.reference, "id", value) : value;
    case "references":
      return idsOf(value)
        .map((id) => name(field.reference, "id", id))
        .join("; ");
    case "enum":
      return typeof value === "string" ? humanizeValue(value) : value;
    case "tags": {
      const labelOf = (tag: string) => field.suggestions?.find((s) => s.id === tag)?.name ?? tag;
      return Array.isArray(value) ? value.map((v) => labelOf(String(v))).join("; ") : value;
    }
    case "json":
      return field.form ? formText(field.form, value, name) : value;
    default:
      return value;
  }
}

/** The export of `rows`: id, every field a reader may see (links by name, under their labels), version. */
export async function exportTable(
  def: ResourceDef,
  rows: ReadonlyArray<Record<string, unknown>>,
  db: Db | Tx,
): Promise<Table> {
  const fields = Object.entries(def.fields).filter(([name, field]) => !def.hidden?.includes(name) && !field.writeOnly);
  const name = await loadNames(def, rows, db);
  // Link columns hold names now, so "technologyIds" would mislead: they go by their label.
  const header = [
    "id",
    ...fields.map(([key, field]) =>
      field.type === "reference" || field.type === "references" ? fieldLabelOf(key, field) : key,
    ),
    "version",
  ];
  return {
    header,
    rows: rows.map((row) => [row.id, ...fields.map(([key, field]) => cellText(field, row[key], name)), row.version]),
  };
}
