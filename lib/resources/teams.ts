import { ADMIN_ONLY, EVERYONE, STAFF } from "./access";
import { defineResource } from "./define";
import { ensureSlug } from "./slugs";

export const teams = defineResource({
  name: "teams",
  model: "team",
  label: "Teams",
  titleField: "name",
  fields: {
    name: { type: "string", required: true, max: 120, list: true, sortable: true, search: true },
    slug: { type: "slug", list: true },
    description: { type: "text", max: 5000 },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true },
  },
  list: { defaultSort: { field: "name", order: "ASC" } },
  access: {
    roles: { read: EVERYONE, create: ADMIN_ONLY, update: ADMIN_ONLY, delete: ADMIN_ONLY },
    // Contributors see the teams they belong to.
    scope: (actor) => (STAFF.includes(actor.role) ? null : { id: { in: actor.teamIds } }),
  },
  softDelete: true,
  publicFacing: false,
  prepare: (data, ctx) => ensureSlug("team", data, ctx, "name"),
});
