import { editorial } from "./access";
import { defineResource } from "./define";
import { ensureSlug } from "./slugs";

export const useCases = defineResource({
  name: "useCases",
  model: "useCase",
  label: "Use cases",
  titleField: "name",
  fields: {
    name: { type: "string", required: true, max: 160, list: true, sortable: true, search: true },
    slug: { type: "slug", list: true, search: true },
    description: { type: "text", max: 5000, search: true },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "name", order: "ASC" } },
  access: editorial(),
  softDelete: true,
  site: { where: () => ({ deletedAt: null }), select: { slug: true }, path: (u) => `/use-cases/${String(u.slug)}` },
  prepare: (data, ctx) => ensureSlug("useCase", data, ctx, "name"),
});
