// The shape of GET /api/admin/meta, shared by every generated screen (types only: no lib code
// reaches the browser bundle).
import type { InputSchema } from "@/lib/admin/action-forms";
import type { FieldDef } from "@/lib/resources/fields";
import type { ResourceMeta as ServerResourceMeta } from "@/lib/resources/meta";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One field as the API describes it (a discriminated union on `type`). */
export type FieldMeta = DistributiveOmit<FieldDef, "schema" | "default"> & { name: string };
/** A resource action; `input` is its input's JSON Schema, which its dialog's form is built from. */
export type ActionMeta = ServerResourceMeta["actions"][number] & { input?: InputSchema };
export type ResourceMeta = Omit<ServerResourceMeta, "fields" | "actions"> & {
  fields: FieldMeta[];
  actions: ActionMeta[];
  /** The resource has a row rule (a contributor writes only their own teams' decisions): ask per record. */
  rowRules?: boolean;
};

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "EDITOR" | "CONTRIBUTOR";
}

export interface AdminMeta {
  user: AdminUser;
  resources: ResourceMeta[];
}

/** Fields that are never sent on writes: the server manages them. */
export const SYSTEM_FIELDS = new Set(["id", "version", "createdAt", "updatedAt", "deletedAt"]);

/** Fields a screen shows (a write-only one, a password, has nothing to show). */
export function readableFields(resource: ResourceMeta): FieldMeta[] {
  return resource.fields.filter((f) => !f.writeOnly);
}

export function editableFields(resource: ResourceMeta): FieldMeta[] {
  return resource.fields.filter((f) => f.editable !== false);
}
