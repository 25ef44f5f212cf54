import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { editorial, STAFF } from "./access";
import { defineAction, defineResource } from "./define";

export const CONTRADICTION_STATUSES = ["OPEN", "RESOLVED", "NOT_COMPARABLE"] as const;

export const contradictions = defineResource({
  name: "contradictions",
  model: "contradiction",
  label: "Contradictions",
  titleField: "reason",
  fields: {
    claimAId: { type: "reference", reference: "claims", relation: "claimA", required: true, list: true, filter: true, label: "Claim A" },
    claimBId: { type: "reference", reference: "claims", relation: "claimB", required: true, list: true, filter: true, label: "Claim B" },
    kind: { type: "enum", choices: ["VALUE", "DATE", "STANCE", "OTHER"], list: true, filter: true },
    status: { type: "enum", choices: CONTRADICTION_STATUSES, list: true, filter: true, sortable: true },
    reason: { type: "text", max: 2000, list: true, search: true },
    resolutionNote: { type: "text", max: 5000 },
    resolvedById: { type: "reference", reference: "users", relation: "resolvedBy", editable: false },
    resolvedAt: { type: "datetime", editable: false, sortable: true },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: editorial(STAFF),
  softDelete: true,
  validate(data) {
    if (data.claimAId && data.claimAId === data.claimBId) return { claimBId: ["A claim cannot contradict itself."] };
    return null;
  },
  actions: {
    resolve: defineAction({
      label: "Resolve",
      input: z.strictObject({
        status: z.enum(["RESOLVED", "NOT_COMPARABLE"]),
        resolutionNote: z.string().trim().min(3, "Say how it was resolved.").max(5000),
      }),
      roles: STAFF,
      bulk: true,
      run: (record, input, { actor }) => {
        if (record.status !== "OPEN") throw new ValidationError({ status: ["This contradiction is already resolved."] });
        return { ...input, resolvedById: actor.id || null, resolvedAt: new Date() };
      },
    }),
    reopen: defineAction({
      label: "Reopen",
      input: z.strictObject({}),
      roles: STAFF,
      run: () => ({ status: "OPEN", resolvedById: null, resolvedAt: null }),
    }),
  },
});
