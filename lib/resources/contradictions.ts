import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { editorial, STAFF } from "./access";
import { defineAction, defineResource, inputMeta } from "./define";
import { workflows } from "./workflows";

export const CONTRADICTION_STATUSES = ["OPEN", "RESOLVED", "NOT_COMPARABLE"] as const;
/**
 * What the two claims disagree on (lib/match/contradictions): opposite advice for one use case,
 * has vs lacks one capability, figures beyond tolerance (or not comparable across setups),
 * conflicting facts, a statement asserted and denied. DATE and OTHER: rows written before these kinds.
 */
export const CONTRADICTION_KINDS = [
  "RECOMMENDATION",
  "CAPABILITY",
  "VALUE",
  "FACT",
  "STANCE",
  "DATE",
  "OTHER",
] as const;

const idsOf = (result: unknown): string[] =>
  (Array.isArray(result) ? result : [result])
    .map((r) => (typeof r === "string" ? r : (r as { id?: unknown } | null)?.id))
    .filter((id): id is string => typeof id === "string");

export const contradictions = defineResource({
  name: "contradictions",
  model: "contradiction",
  label: "Contradictions",
  titleField: "reason",
  fields: {
    claimAId: {
      type: "reference",
      reference: "claims",
      relation: "claimA",
      required: true,
      list: true,
      filter: true,
      label: "Claim A",
    },
    claimBId: {
      type: "reference",
      reference: "claims",
      relation: "claimB",
      required: true,
      list: true,
      filter: true,
      label: "Claim B",
    },
    kind: {
      type: "enum",
      choices: CONTRADICTION_KINDS,
      list: true,
      filter: true,
      sortable: true,
      help: "RECOMMENDATION: opposite advice for one use case; CAPABILITY: has vs lacks; VALUE: figures; FACT: release year, version, owner, licence; STANCE: asserted vs denied.",
    },
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
  publicFacing: true,
  // An open contradiction (written, or reopened) puts the published verdicts citing either claim up for review.
  afterCommit: [
    ({ db, result }) =>
      workflows()
        .flagVerdictsForContradictions(db, idsOf(result))
        .then(() => undefined),
  ],
  validate(data) {
    if (data.claimAId && data.claimAId === data.claimBId) return { claimBId: ["A claim cannot contradict itself."] };
    return null;
  },
  actions: {
    resolve: defineAction({
      label: "Resolve",
      input: z.strictObject({
        status: z.enum(["RESOLVED", "NOT_COMPARABLE"]).meta(inputMeta({ title: "Status" })),
        resolutionNote: z
          .string()
          .trim()
          .min(3, "Say how it was resolved.")
          .max(5000)
          .meta(inputMeta({ title: "How it was resolved" })),
      }),
      roles: STAFF,
      bulk: true,
      appliesWhen: { field: "status", in: ["OPEN"], why: "This contradiction is already resolved." },
      run: (record, input, { actor }) => {
        if (record.status !== "OPEN")
          throw new ValidationError({ status: ["This contradiction is already resolved."] });
        return { ...input, resolvedById: actor.id || null, resolvedAt: new Date() };
      },
    }),
    reopen: defineAction({
      label: "Reopen",
      input: z.strictObject({}),
      roles: STAFF,
      appliesWhen: { field: "status", in: ["RESOLVED", "NOT_COMPARABLE"], why: "This contradiction is open already." },
      run: () => ({ status: "OPEN", resolvedById: null, resolvedAt: null }),
    }),
  },
});
