import { z } from "zod";
import { editorial } from "./access";
import { defineResource } from "./define";
import { ensureSlug } from "./slugs";

export const technologies = defineResource({
  name: "technologies",
  model: "technology",
  label: "Technologies",
  titleField: "name",
  fields: {
    name: { type: "string", required: true, max: 120, list: true, sortable: true, search: true },
    slug: { type: "slug", list: true, sortable: true, search: true, help: "Leave empty to derive it from the name." },
    kind: { type: "enum", choices: ["framework", "language", "database", "library", "platform", "tool"], list: true, filter: true, sortable: true },
    aliases: { type: "tags", schema: z.array(z.string().trim().min(1).max(80)).max(30), default: [], help: "Other names the importer resolves to this technology." },
    homepage: { type: "url" },
    description: { type: "text", max: 5000 },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "name", order: "ASC" } },
  access: editorial(),
  softDelete: true,
  prepare: (data, ctx) => ensureSlug("technology", data, ctx, "name"),
});
