// The serializable description of the resources an actor may see: what the admin screens are
// built from (no zod, no functions).
import type { Actor, Role } from "@/lib/auth/roles";
import type { FieldDef } from "./fields";
import type { ResourceDef, Verb } from "./define";
import { RESOURCES } from "./index";

export type FieldMeta = Omit<FieldDef, "schema" | "default"> & { name: string };

export interface ResourceMeta {
  name: string;
  label: string;
  titleField: string;
  softDelete: boolean;
  defaultSort: { field: string; order: "ASC" | "DESC" };
  can: Record<Verb, boolean>;
  fields: FieldMeta[];
  /** `appliesWhen`: the records it is offered on (a field's values), when not all. */
  actions: Array<{
    name: string;
    label: string;
    bulk: boolean;
    appliesWhen?: { field: string; in: readonly string[] };
  }>;
  /** Its records can have a public page (ask GET …/[id]/site for one record's). */
  onSite?: boolean;
}

export function describeResource(def: ResourceDef, role: Role): ResourceMeta {
  const can = Object.fromEntries(
    (["read", "create", "update", "delete"] as const).map((verb) => [
      verb,
      !(def.readOnly && verb !== "read") && def.access.roles[verb].includes(role),
    ]),
  ) as Record<Verb, boolean>;
  return {
    name: def.name,
    label: def.label,
    titleField: def.titleField,
    softDelete: def.softDelete,
    defaultSort: def.list.defaultSort,
    can,
    fields: Object.entries(def.fields).map(([name, field]) => {
      const {
        schema: _schema,
        default: _default,
        ...rest
      } = field as FieldDef & { schema?: unknown; default?: unknown };
      return { name, ...rest } as FieldMeta;
    }),
    actions: Object.entries(def.actions ?? {})
      .filter(([, a]) => a.roles.includes(role))
      .map(([name, a]) => ({
        name,
        label: a.label,
        bulk: !!a.bulk,
        ...(a.appliesWhen ? { appliesWhen: { field: a.appliesWhen.field, in: a.appliesWhen.in } } : {}),
      })),
    onSite: !!def.site,
  };
}

export function describeResources(actor: Actor): ResourceMeta[] {
  return RESOURCES.filter((r) => r.access.roles.read.includes(actor.role)).map((r) => describeResource(r, actor.role));
}
