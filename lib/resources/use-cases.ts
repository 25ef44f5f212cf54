import { TECHNOLOGY_KINDS } from "@/lib/resources/categories";
import { needsSchema } from "@/lib/verdicts/needs";
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
    category: {
      type: "enum",
      choices: TECHNOLOGY_KINDS,
      default: "framework",
      list: true,
      filter: true,
      sortable: true,
      label: "Technology category",
      help: "The kind of technology this use case picks among: the wizard ranks only technologies of this kind for it.",
    },
    needs: {
      type: "json",
      schema: needsSchema,
      default: [],
      label: "Needs",
      help: 'What this use case is chosen on: a claim counts for it only when it matches one, and each is a wizard question for its category. Each need: { "key": "needs-admin-ui", "label": "needs an admin UI" (readers see "counts because: needs an admin UI"), "terms": words a claim uses for it, "metrics": figures that measure it, such as "throughput" }. A key from the decision drivers also counts teams that ticked that driver. Empty: the defaults of the drivers the name and description mention.',
    },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "name", order: "ASC" } },
  access: editorial(),
  softDelete: true,
  publicFacing: true,
  site: { where: () => ({ deletedAt: null }), select: { slug: true }, path: (u) => `/use-cases/${String(u.slug)}` },
  prepare: (data, ctx) => ensureSlug("useCase", data, ctx, "name"),
});
