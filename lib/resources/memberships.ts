import { ADMIN_ONLY, STAFF } from "./access";
import { defineResource } from "./define";

export const memberships = defineResource({
  name: "memberships",
  model: "membership",
  label: "Memberships",
  titleField: "role",
  fields: {
    userId: {
      type: "reference",
      reference: "users",
      relation: "user",
      required: true,
      list: true,
      filter: true,
      label: "User",
    },
    teamId: {
      type: "reference",
      reference: "teams",
      relation: "team",
      required: true,
      list: true,
      filter: true,
      label: "Team",
    },
    role: { type: "enum", choices: ["LEAD", "MEMBER"], list: true, filter: true },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true },
  },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: { roles: { read: STAFF, create: ADMIN_ONLY, update: ADMIN_ONLY, delete: ADMIN_ONLY } },
  softDelete: false,
  publicFacing: false,
});
