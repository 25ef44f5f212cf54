import { publishedVerdictWhere } from "@/lib/resources/visibility";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { editorial, STAFF } from "./access";
import { defineAction, defineResource, inputMeta } from "./define";
import { labelled } from "./fields";
import { ensureSlug } from "./slugs";
import { VERDICT_ORIGINS, workflows } from "./workflows";

const reason = z.string().trim().min(3, "Say why (at least a few words).").max(2000);
const reasonMeta = inputMeta({ title: "Reason (recorded in the history)" });
// Forms send null for an empty box: null or missing means "keep what the verdict says".
const keep = (what: string) => inputMeta({ title: `${what} (leave empty to keep it)` });
const text = {
  title: z.string().trim().min(1).max(200).nullish().meta(keep("Title")),
  summary: z.string().trim().min(1).max(2000).nullish().meta(keep("Summary")),
  rationale: z.string().trim().max(20_000).nullish().meta(keep("Rationale")),
};
const ids = z.array(z.string().min(1).max(64)).max(20);
const recommended = (title: string) => inputMeta({ title, reference: "technologies" });

// Publishing against the engine's proposal (lib/editorial/publish.ts does the work). The labels are
// what the admin's action form shows (lib/admin/action-forms.ts).
export const publishProposalInput = z.strictObject({
  ...text,
  reason: reason.nullish().meta(inputMeta({ title: "Note (optional)" })),
});
// The order of the keys is the order of the form's inputs.
export const adjustInput = z.strictObject({
  recommendedIds: ids
    .nullish()
    .meta(recommended("Recommended (must keep the engine's pick; empty keeps the proposal)")),
  ...text,
  reason: reason.meta(reasonMeta),
});
export const overrideInput = z.strictObject({
  recommendedIds: ids.min(1, "Pick at least one technology.").meta(recommended("Recommend instead")),
  ...text,
  reason: reason.meta(reasonMeta),
});

const EVIDENCE_ROLES = ["SUPPORTS", "OPPOSES"] as const;

export const evidenceSchema = z
  .array(
    z.strictObject({
      claimId: z.string().min(1).max(64),
      weight: z.number().min(0).max(10).default(1),
      role: z.enum(EVIDENCE_ROLES).default("SUPPORTS"),
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
    useCaseId: {
      type: "reference",
      reference: "useCases",
      relation: "useCase",
      required: true,
      list: true,
      filter: true,
      label: "Use case",
    },
    recommendedIds: {
      type: "references",
      reference: "technologies",
      relation: "recommended",
      list: true,
      filter: true,
      label: "Recommended",
    },
    summary: { type: "text", required: true, max: 2000, search: true },
    rationale: { type: "text", max: 20_000 },
    evidence: {
      type: "json",
      schema: evidenceSchema,
      default: undefined,
      help: "Supporting and opposing claims, each with a weight.",
      form: {
        kind: "rows",
        item: "claim",
        parts: {
          claimId: { type: "reference", label: "Claim", reference: "claims", required: true },
          role: { type: "enum", label: "Role", choices: labelled(EVIDENCE_ROLES), default: "SUPPORTS" },
          weight: { type: "number", label: "Weight", min: 0, max: 10, default: 1 },
        },
      },
    },
    status: { type: "enum", choices: ["DRAFT", "PUBLISHED"], list: true, filter: true, sortable: true },
    publishedAt: { type: "datetime", editable: false, list: true, sortable: true },
    needsReview: { type: "boolean", editable: false, list: true, filter: true, sortable: true, label: "Needs review" },
    reviewReason: { type: "string", editable: false, label: "Why it needs review" },
    origin: {
      type: "enum",
      choices: VERDICT_ORIGINS,
      editable: false,
      filter: true,
      label: "Published from the engine's proposal",
    },
    editorReason: { type: "text", editable: false, label: "Editor's reason (adjusted or overridden)" },
    engineConfidence: { type: "number", editable: false, label: "Engine confidence at publication" },
    engineScore: { type: "number", editable: false, label: "Engine score at publication" },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: editorial(STAFF),
  softDelete: true,
  publicFacing: true,
  // A published verdict is read on its use case's page.
  site: {
    where: publishedVerdictWhere,
    select: { useCase: { select: { slug: true } } },
    path: (v) => `/use-cases/${String((v.useCase as { slug: string }).slug)}`,
  },
  include: { evidence: { select: { claimId: true, weight: true, role: true }, orderBy: { claimId: "asc" } } },
  async prepare(data, ctx) {
    await ensureSlug("verdict", data, ctx, "title");
    if (data.status === "PUBLISHED" && ctx.existing?.status !== "PUBLISHED") {
      // Any way of publishing stores the engine's proposal of the moment as the review baseline.
      Object.assign(
        data,
        await workflows().publicationBaseline(ctx.tx, String(data.useCaseId ?? ctx.existing?.useCaseId)),
      );
    }
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
      // As edited: allowed when it agrees with the engine; disagreeing is an override, which needs a reason.
      run: (record, _input, { tx }) => workflows().publishAsEdited(tx, record),
    }),
    publishProposal: defineAction({
      label: "Publish the engine's proposal",
      input: publishProposalInput,
      roles: STAFF,
      run: (record, input, { tx }) => workflows().publishAgainstProposal(tx, record, "ENGINE", input),
    }),
    adjust: defineAction({
      label: "Adjust and publish",
      input: adjustInput,
      roles: STAFF,
      run: (record, input, { tx }) => workflows().publishAgainstProposal(tx, record, "ADJUSTED", input),
    }),
    override: defineAction({
      label: "Override and publish",
      input: overrideInput,
      roles: STAFF,
      run: (record, input, { tx }) => workflows().publishAgainstProposal(tx, record, "OVERRIDDEN", input),
    }),
    unpublish: defineAction({
      label: "Unpublish",
      input: z.strictObject({}),
      roles: STAFF,
      bulk: true,
      appliesWhen: { field: "status", in: ["PUBLISHED"], why: "This verdict is not published." },
      // A draft is not shown to readers, so there is nothing left to review.
      run: () => ({ status: "DRAFT", needsReview: false, reviewReason: "", flaggedAt: null }),
    }),
  },
});
