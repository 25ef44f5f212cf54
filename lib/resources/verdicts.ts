import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { editorial, STAFF } from "./access";
import { defineAction, defineResource } from "./define";
import { ensureSlug } from "./slugs";

export const evidenceSchema = z
  .array(
    z.strictObject({
      claimId: z.string().min(1).max(64),
      weight: z.number().min(0).max(10).default(1),
      role: z.enum(["SUPPORTS", "OPPOSES"]).default("SUPPORTS"),
    }),
  )
  .max(200)
  .refine((items) => new Set(items.map((i) => i.claimId)).size === items.length, "Each claim once.");
type Evidence = z.infer<typeof evidenceSchema>;

export const verdicts = defineResource({
  name: "verdicts",
  model: "verdict",
  label: "Verdicts",
  titleField: "title",
  fields: {
    title: { type: "string", required: true, max: 200, list: true, search: true, sortable: true },
    slug: { type: "slug" },
    useCaseId: { type: "reference", reference: "useCases", relation: "useCase", required: true, list: true, filter: true, label: "Use case" },
    recommendedIds: { type: "references", reference: "technologies", relation: "recommended", list: true, filter: true, label: "Recommended" },
    summary: { type: "text", required: true, max: 2000, search: true },
    rationale: { type: "text", max: 20_000 },
    evidence: { type: "json", schema: evidenceSchema, default: undefined, help: "Supporting and opposing claims, each with a weight." },
    status: { type: "enum", choices: ["DRAFT", "PUBLISHED"], list: true, filter: true, sortable: true },
    publishedAt: { type: "datetime", editable: false, list: true, sortable: true },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: editorial(STAFF),
  softDelete: true,
  include: { evidence: { select: { claimId: true, weight: true, role: true }, orderBy: { claimId: "asc" } } },
  async prepare(data, ctx) {
    await ensureSlug("verdict", data, ctx, "title");
    if (data.status === "PUBLISHED" && ctx.existing?.status !== "PUBLISHED") data.publishedAt = new Date();
    if (Array.isArray(data.evidence)) {
      const items = data.evidence as Evidence;
      const found = await ctx.tx.claim.count({ where: { id: { in: items.map((i) => i.claimId) } } });
      if (found !== items.length) throw new ValidationError({ evidence: ["Some cited claims do not exist."] });
      data.evidence = ctx.existing ? { deleteMany: {}, create: items } : { create: items };
    }
  },
  actions: {
    publish: defineAction({
      label: "Publish",
      input: z.strictObject({}),
      roles: STAFF,
      bulk: true,
      run: () => ({ status: "PUBLISHED", publishedAt: new Date() }),
    }),
    unpublish: defineAction({
      label: "Unpublish",
      input: z.strictObject({}),
      roles: STAFF,
      bulk: true,
      run: () => ({ status: "DRAFT" }),
    }),
  },
});
