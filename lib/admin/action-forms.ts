// Each resource action's input as JSON Schema, sent with the admin's meta (app/api/admin/meta): the
// action dialog builds its form from it (components/admin/actions/action-form.ts). The input is
// described once, as the zod schema the service validates with (lib/resources), its labels, help
// and references given there as zod metadata (`inputMeta`), so a field added to an input shows up in
// its form without a second description, and no zod reaches the browser.
import { z } from "zod";
import type { ResourceDef } from "@/lib/resources/define";

/**
 * The part of JSON Schema an action's input uses, plus two annotations of ours: `x-reference`, the
 * resource a field's ids point at (picked by name), and `x-filter`, which of its records are offered.
 */
export interface InputSchema {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, InputSchema>;
  required?: string[];
  enum?: ReadonlyArray<string | number | boolean | null>;
  items?: InputSchema;
  anyOf?: InputSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  default?: unknown;
  "x-reference"?: string;
  "x-filter"?: Record<string, unknown>;
}

/** The JSON Schema of what a client sends (zod's input side: defaults and nullish fields are optional). */
export function actionInputSchema(input: z.ZodType): InputSchema {
  // Unrepresentable parts become `{}`, which the form refuses loudly (a test runs every action).
  return z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as InputSchema;
}

type ActionMeta = { name: string };

/** A described resource's actions, each with its input schema (the actions this actor may run). */
export function withInputSchemas<A extends ActionMeta>(
  def: ResourceDef,
  actions: readonly A[],
): Array<A & { input: InputSchema }> {
  return actions.map((action) => {
    const declared = def.actions?.[action.name];
    if (!declared) throw new Error(`Resource "${def.name}" has no action "${action.name}".`);
    return { ...action, input: actionInputSchema(declared.input) };
  });
}
