import { publicDecisionWhere } from "@/lib/resources/visibility";
import { z } from "zod";
import { isStaff, type Actor } from "@/lib/auth/roles";
import { EVERYONE } from "./access";
import { defineResource, type ResourceDef, type Row } from "./define";
import { DRIVERS } from "@/lib/verdicts/drivers";
import { ensureSlug } from "./slugs";
import { workflows } from "./workflows";

export const DECISION_STATUSES = ["PROPOSED", "ACCEPTED", "REJECTED", "DEPRECATED", "SUPERSEDED"] as const;
export const DECISION_VISIBILITIES = ["TEAM", "PENDING", "PUBLIC"] as const;

// Forms send null for an empty box: it means "not given".
const unlessNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema);

export const optionSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  technology: unlessNull(z.string().trim().max(80).optional()),
  pros: unlessNull(z.array(z.string().trim().min(1).max(500)).max(20).default([])),
  cons: unlessNull(z.array(z.string().trim().min(1).max(500)).max(20).default([])),
});

/** Contributors see their own teams' decisions and public ones; staff see all. */
export function decisionScope(actor: Actor): Record<string, unknown> | null {
  if (isStaff(actor)) return null;
  return { OR: [{ teamId: { in: actor.teamIds } }, { visibility: "PUBLIC" }] };
}

/**
 * Moderation: a decision goes public only by an editor's hand. A contributor who makes one Public
 * (on creation, or from Team) leaves it Pending: their team sees it, the public site does not, and
 * the editors' dashboard lists it until one of them sets Public.
 */
function moderateVisibility(data: Record<string, unknown>, actor: Actor, existing: Row | null | undefined): void {
  if (isStaff(actor) || data.visibility !== "PUBLIC" || existing?.visibility === "PUBLIC") return;
  data.visibility = "PENDING";
}

export const decisions: ResourceDef = defineResource({
  name: "decisions",
  model: "decision",
  label: "Decisions",
  titleField: "title",
  fields: {
    title: { type: "string", required: true, max: 200, list: true, search: true, sortable: true },
    slug: { type: "slug" },
    // The team of a public decision is public (its page names it), though contributors of other teams cannot open it.
    teamId: {
      type: "reference",
      reference: "teams",
      relation: "team",
      required: true,
      list: true,
      filter: true,
      label: "Team",
      shownWhenHidden: true,
    },
    status: { type: "enum", choices: DECISION_STATUSES, list: true, filter: true, sortable: true },
    date: { type: "date", required: true, list: true, sortable: true, filter: true },
    visibility: {
      type: "enum",
      choices: DECISION_VISIBILITIES,
      list: true,
      filter: true,
      help: "A contributor's Public waits as Pending until an editor approves it by setting Public.",
    },
    decisionMakers: { type: "string", max: 500 },
    context: { type: "text", required: true, max: 20_000, search: true, label: "Context and problem" },
    drivers: {
      type: "tags",
      schema: z.array(z.string().trim().min(1).max(300)).max(40),
      default: [],
      label: "Decision drivers",
      suggestions: DRIVERS.map((d) => ({ id: d.key, name: d.label })),
      help: "Pick from the shared list (these feed the verdict engine) or type your own.",
    },
    options: {
      type: "json",
      schema: z.array(optionSchema).max(15),
      default: [],
      label: "Considered options",
      form: {
        kind: "rows",
        item: "option",
        parts: {
          name: { type: "string", label: "Option", required: true },
          technology: { type: "reference", label: "Technology", reference: "technologies", by: "slug" },
          pros: { type: "lines", label: "Pros" },
          cons: { type: "lines", label: "Cons" },
        },
      },
    },
    chosenOption: { type: "string", required: true, max: 200, search: true },
    chosenTechnologyIds: {
      type: "references",
      reference: "technologies",
      relation: "chosenTechnologies",
      filter: true,
      label: "Chosen technologies",
    },
    rationale: { type: "text", max: 20_000 },
    consequences: { type: "text", max: 20_000 },
    confirmation: { type: "text", max: 5000, label: "How compliance is confirmed" },
    revisitAt: { type: "date", sortable: true, filter: true, label: "Revisit on" },
    claimIds: { type: "references", reference: "claims", relation: "claims", label: "Cited claims" },
    supersededById: { type: "reference", reference: "decisions", relation: "supersededBy", label: "Superseded by" },
    supersedesIds: { type: "references", reference: "decisions", relation: "supersedes", label: "Supersedes" },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "date", order: "DESC" } },
  access: {
    roles: { read: EVERYONE, create: EVERYONE, update: EVERYONE, delete: EVERYONE },
    scope: decisionScope,
    // Contributors write only their own teams' decisions (checked before and after the change,
    // so a decision cannot be moved to a team they are not in).
    canWrite: async (actor: Actor, record: Row) => isStaff(actor) || actor.teamIds.includes(String(record.teamId)),
  },
  softDelete: true,
  publicFacing: true,
  site: { where: publicDecisionWhere, select: { slug: true }, path: (d) => `/decisions/${String(d.slug)}` },
  async prepare(data, ctx) {
    await ensureSlug("decision", data, ctx, "title");
    if (!ctx.existing && ctx.actor.id) data.createdById = ctx.actor.id;
    moderateVisibility(data, ctx.actor, ctx.existing);
    await workflows().syncSupersession(data, { ...ctx, def: decisions });
  },
  validate(data) {
    if (data.supersededById && data.supersededById === data.id)
      return { supersededById: ["A decision cannot supersede itself."] };
    return null;
  },
});
