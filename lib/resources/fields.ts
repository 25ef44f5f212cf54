// Field descriptions: the one place a resource's fields are described. The zod input schemas, the
// admin API's filters and sorts, and the react-admin screens are all derived from these.
import { z } from "zod";

interface FieldBase {
  /** Shown in the admin. */
  label?: string;
  /** Required on create (defaults to false). */
  required?: boolean;
  /** Accepted in create/update input (false for computed or system-managed fields). */
  editable?: boolean;
  /** A column in the admin list. */
  list?: boolean;
  /** Offered as a sort in lists. */
  sortable?: boolean;
  /** Offered as a filter in lists. */
  filter?: boolean;
  /** Searched by the list's free-text `q`. */
  search?: boolean;
  /** Help text under the input. */
  help?: string;
  /** Accepted on writes but never read back (a password): no show or list screen has it. */
  writeOnly?: boolean;
}

export interface StringField extends FieldBase {
  type: "string" | "text" | "url" | "email" | "slug";
  max?: number;
  min?: number;
  /** A key machines match on (a claim's topic, a record id), not words for a reader: a list column and filter, never a caption. */
  machineKey?: boolean;
}
export interface NumberField extends FieldBase {
  type: "number";
  int?: boolean;
  min?: number;
  max?: number;
}
export interface BooleanField extends FieldBase {
  type: "boolean";
}
export interface DateField extends FieldBase {
  type: "datetime" | "date";
}
export interface EnumField extends FieldBase {
  type: "enum";
  choices: readonly string[];
}
/** A foreign key `xId` pointing at another resource. */
export interface ReferenceField extends FieldBase {
  type: "reference";
  reference: string;
  /** The Prisma relation name, e.g. `team` for `teamId`. */
  relation: string;
  /**
   * Shown (and filterable) even to readers who cannot open the linked row. Links to rows outside a
   * reader's row rules are otherwise taken out of what they see (lib/services/redact.ts).
   */
  shownWhenHidden?: boolean;
}
/** A many-to-many relation, exposed as an array of ids (`technologyIds`). */
export interface ReferencesField extends FieldBase {
  type: "references";
  reference: string;
  relation: string;
}
/**
 * One part of a JSON field's form: a reference (a picker showing the record's name and details,
 * storing its id or slug), a number, a choice, a line of text, a list of lines, or a scalar typed
 * as text (numbers and true/false are stored as such).
 */
export type FormPart =
  | { type: "reference"; label: string; reference: string; by?: "id" | "slug"; required?: boolean }
  | { type: "number"; label: string; min?: number; max?: number; default?: number }
  | { type: "enum"; label: string; choices: ReadonlyArray<{ id: string; name: string }>; default?: string }
  | { type: "string"; label: string; required?: boolean }
  | { type: "lines"; label: string }
  | { type: "scalar"; label: string };

/**
 * How the admin edits a JSON field as a form (never as raw JSON): a list of rows with one input per
 * property (a verdict's evidence, a decision's options), or labelled key–value rows (a claim's
 * conditions; `suggestKeys`: keys already used on other records are offered).
 */
export type JsonForm =
  | { kind: "rows"; item: string; parts: Readonly<Record<string, FormPart>> }
  | { kind: "keyValues"; key: FormPart & { type: "reference" | "string" }; value: FormPart; suggestKeys?: boolean };

/** Structured JSON, validated by its own zod schema. */
export interface JsonField extends FieldBase {
  type: "json" | "tags";
  schema: z.ZodType;
  default: unknown;
  /** Tags: values offered from a shared list (free text is still allowed). */
  suggestions?: ReadonlyArray<{ id: string; name: string }>;
  /** JSON: the form that edits it. */
  form?: JsonForm;
}

export type FieldDef =
  StringField | NumberField | BooleanField | DateField | EnumField | ReferenceField | ReferencesField | JsonField;

export type Fields = Record<string, FieldDef>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The zod schema for one field's input value (before `required`/optional is applied). */
export function fieldSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case "string":
    case "text": {
      let s = z.string().trim();
      if (field.min !== undefined) s = s.min(field.min);
      else if (field.required) s = s.min(1, "Required.");
      return s.max(field.max ?? (field.type === "text" ? 100_000 : 500));
    }
    case "url":
      return z.url({ protocol: /^https?$/ }).max(2000);
    case "email":
      return z
        .email()
        .max(320)
        .transform((v) => v.toLowerCase());
    case "slug":
      return z.string().trim().max(120).regex(SLUG, "Use lower-case letters, digits and single dashes.");
    case "number": {
      let n = field.int ? z.number().int() : z.number().finite();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n;
    }
    case "boolean":
      return z.boolean();
    case "datetime":
    case "date":
      // Bounded to what both databases store (and what makes sense for this product).
      return z.coerce
        .date({ error: "Use a valid date." })
        .min(new Date("1900-01-01T00:00:00Z"), "Use a valid date.")
        .max(new Date("9999-12-31T23:59:59Z"), "Use a valid date.");
    case "enum":
      return z.enum(field.choices as [string, ...string[]]);
    case "reference":
      return z.string().min(1).max(64);
    case "references":
      return z
        .array(z.string().min(1).max(64))
        .max(200)
        .transform((ids) => [...new Set(ids)]);
    case "json":
    case "tags":
      return field.schema;
  }
}

/** "IN_REVIEW" -> "In review": an enum value as people read it. */
export function humanizeValue(value: string): string {
  const words = value.replace(/[_-]/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's label: its own, or its name in words ("reviewerId" -> "Reviewer"). */
export function fieldLabelOf(name: string, field: FieldDef): string {
  if (field.label) return field.label;
  const words = name
    .replace(/Ids?$/, "")
    .replace(/([A-Z])/g, " $1")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Enum values as picker choices, labelled. */
export const labelled = (values: readonly string[]): Array<{ id: string; name: string }> =>
  values.map((id) => ({ id, name: humanizeValue(id) }));

export const tagsSchema = z.array(z.string().trim().min(1).max(60)).max(50);
