import { isStaff } from "@/lib/auth/roles";
import { EVERYONE } from "./access";
import { defineResource } from "./define";

export const outcomeReviews = defineResource({
  name: "outcomeReviews",
  model: "outcomeReview",
  label: "Outcome reviews",
  titleField: "result",
  fields: {
    decisionId: {
      type: "reference",
      reference: "decisions",
      relation: "decision",
      required: true,
      list: true,
      filter: true,
      label: "Decision",
    },
    date: { type: "date", required: true, list: true, sortable: true, filter: true },
    result: { type: "enum", choices: ["WORKED", "MIXED", "REGRETTED"], required: true, list: true, filter: true },
    wouldChooseAgain: { type: "boolean", required: true, list: true, filter: true },
    notes: { type: "text", max: 20_000, search: true, label: "What surprised us" },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true },
  },
  list: { defaultSort: { field: "date", order: "DESC" } },
  access: {
    roles: { read: EVERYONE, create: EVERYONE, update: EVERYONE, delete: EVERYONE },
    scope: (actor) =>
      isStaff(actor) ? null : { decision: { OR: [{ teamId: { in: actor.teamIds } }, { visibility: "PUBLIC" }] } },
    canWrite: async (actor, record, tx) => {
      if (isStaff(actor)) return true;
      const decision = await tx.decision.findFirst({
        where: { id: String(record.decisionId) },
        select: { teamId: true },
      });
      return !!decision && actor.teamIds.includes(decision.teamId);
    },
  },
  softDelete: true,
  publicFacing: true,
  prepare(data, ctx) {
    if (!ctx.existing && ctx.actor.id) data.authorId = ctx.actor.id;
  },
});
