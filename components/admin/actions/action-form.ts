// The form of a resource action, read from its input's JSON Schema (GET /api/admin/meta, made by
// lib/admin/action-forms.ts from the zod schema the server validates the input with): one input per
// property, in the schema's order. Pure, so a test can run it over every action in the registry.
import type { InputSchema } from "@/lib/admin/action-forms";
import { nameLabel } from "../fields/labels";

interface Common {
  name: string;
  label: string;
  help?: string;
  required: boolean;
}

export type ActionField =
  | (Common & { kind: "text" | "multiline"; minLength?: number; maxLength?: number })
  | (Common & { kind: "select"; choices: string[] })
  | (Common & { kind: "reference" | "references"; reference: string; filter?: Record<string, unknown> });

/** Text allowed to run past a few hundred characters (a reason, a summary) gets a box of several lines. */
const MULTILINE_FROM = 500;

/** A value that may also be null (zod's nullish): its non-null branch, keeping the outer label and help. */
function withoutNull(schema: InputSchema): InputSchema {
  const branches = schema.anyOf?.filter((branch) => branch.type !== "null") ?? [];
  if (!schema.anyOf || branches.length !== 1) return schema;
  const { anyOf: _anyOf, ...outer } = schema;
  return { ...branches[0], ...outer };
}

function fieldOf(name: string, schema: InputSchema, required: boolean): ActionField {
  const common: Common = {
    name,
    label: schema.title || nameLabel(name),
    required,
    ...(schema.description ? { help: schema.description } : {}),
  };
  const reference = schema["x-reference"];
  const filter = schema["x-filter"] ? { filter: schema["x-filter"] } : {};
  if (reference && schema.type === "array" && schema.items?.type === "string") {
    // An empty list passes a required key unless the schema asks for at least one.
    return { ...common, kind: "references", reference, ...filter, required: required && (schema.minItems ?? 0) > 0 };
  }
  if (reference && schema.type === "string") return { ...common, kind: "reference", reference, ...filter };
  if (schema.enum && schema.enum.every((v) => typeof v === "string"))
    return { ...common, kind: "select", choices: schema.enum as string[] };
  if (schema.type === "string") {
    const kind = (schema.maxLength ?? Infinity) > MULTILINE_FROM ? "multiline" : "text";
    return {
      ...common,
      kind,
      ...(schema.minLength ? { minLength: schema.minLength } : {}),
      ...(schema.maxLength ? { maxLength: schema.maxLength } : {}),
    };
  }
  // Loud on purpose: an input field the form cannot offer would make the action unusable from the admin.
  // (No action takes a number or a yes/no yet: their inputs are left out of the admin's first load
  // until one does; add them here and in ./ActionInputs.tsx then.)
  throw new Error(`The action input's field "${name}" has no form input (${JSON.stringify(schema)}).`);
}

/** The inputs of an action's form; none for an action without input (a plain confirmation). */
export function actionFields(schema: InputSchema | undefined): ActionField[] {
  if (!schema) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldOf(name, withoutNull(property), required.has(name)),
  );
}
