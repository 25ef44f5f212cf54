import { z } from "zod";
import { NOBODY, STAFF } from "./access";
import { defineResource } from "./define";

export const revisions = defineResource({
  name: "revisions",
  model: "revision",
  label: "Revisions",
  titleField: "action",
  fields: {
    entity: { type: "string", list: true, filter: true, sortable: true, editable: false },
    entityId: { type: "string", list: true, filter: true, editable: false, label: "Record" },
    action: { type: "enum", choices: ["CREATE", "UPDATE", "DELETE", "RESTORE", "REVERT", "MERGE"], list: true, filter: true, editable: false },
    userId: { type: "reference", reference: "users", relation: "user", list: true, filter: true, editable: false, label: "By" },
    changes: { type: "json", schema: z.record(z.string(), z.unknown()), default: {}, list: true, editable: false },
    snapshot: { type: "json", schema: z.record(z.string(), z.unknown()), default: {}, editable: false },
    reason: { type: "string", editable: false },
    createdAt: { type: "datetime", list: true, sortable: true, filter: true, editable: false, label: "When" },
  },
  list: { defaultSort: { field: "createdAt", order: "DESC" } },
  access: { roles: { read: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY } },
  softDelete: false,
  readOnly: true,
});
