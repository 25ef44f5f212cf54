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
  /** A hand-made input for this field (components/admin/fields/FieldInput.tsx WIDGETS), instead of the type's default. */
  widget?: "decision-options";
}

export interface StringField extends FieldBase {
  type: "string" | "text" | "url" | "email" | "slug";
  max?: number;
  min?: number;
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
/** Structured JSON, validated by its own zod schema. */
export interface JsonField extends FieldBase {
  type: "json" | "tags";
  schema: z.ZodType;
  default: unknown;
  /** Tags: values offered from a shared list (free text is still allowed). */
  suggestions?: ReadonlyArray<{ id: string; name: string }>;
}

export type FieldDef =
  | StringField
  | NumberField
  | BooleanField
  | DateField
  | EnumField
  | ReferenceField
  | ReferencesField
  | JsonField;

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
      return z.email().max(320).transform((v) => v.toLowerCase());
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
      return z.array(z.string().min(1).max(64)).max(200).transform((ids) => [...new Set(ids)]);
    case "json":
    case "tags":
      return field.schema;
  }
}

export const tagsSchema = z.array(z.string().trim().min(1).max(60)).max(50);
