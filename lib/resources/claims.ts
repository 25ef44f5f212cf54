import { isPublicClaimStatus, publicClaimWhere } from "@/lib/resources/visibility";
import { z } from "zod";
import { deriveDirections, DIRECTIONS } from "@/lib/extract/direction";
import type { Tx } from "@/lib/db/client";
import { normalizeStatement } from "@/lib/text/normalize";
import { editorial, STAFF } from "./access";
import { defineAction, defineResource, inputMeta } from "./define";
import { labelled } from "./fields";
import { ensureSlug } from "./slugs";
import { workflows } from "./workflows";

export const CLAIM_KINDS = ["PERFORMANCE", "FEATURE", "RECOMMENDATION", "FACT", "OPINION"] as const;
export const CLAIM_STATUSES = [
  "CANDIDATE",
  "DRAFT",
  "IN_REVIEW",
  "VERIFIED",
  "DISPUTED",
  "REFUTED",
  "RETRACTED",
] as const;
/** Statuses that record who reviewed the claim and when. */
const REVIEWED = new Set(["VERIFIED", "DISPUTED", "REFUTED", "RETRACTED"]);

/** Conditions under which a figure was measured: hardware, workers, server, database, endpoint… */
export const conditionsSchema = z
  .record(z.string().max(60), z.union([z.string().max(300), z.number(), z.boolean()]))
  .refine((c) => Object.keys(c).length <= 30, "At most 30 conditions.");

/** What the claim says about each technology it names, by technology slug: supports, against, neutral, or "rank" (a figure). */
export const directionsSchema = z
  .record(z.string().trim().min(1).max(120), z.enum(DIRECTIONS))
  .refine((d) => Object.keys(d).length <= 50, "At most 50 technologies.");

/** A new claim's directions, read from its statement when the writer gave none. */
async function defaultDirections(tx: Tx, data: Record<string, unknown>): Promise<Record<string, string>> {
  const ids = Array.isArray(data.technologyIds) ? (data.technologyIds as string[]) : [];
  const techs = ids.length
    ? await tx.technology.findMany({ where: { id: { in: ids } }, select: { slug: true, name: true, aliases: true } })
    : [];
  return deriveDirections({
    kind: String(data.kind ?? ""),
    statement: String(data.statement ?? ""),
    technologies: techs.map((t) => ({
      slug: t.slug,
      names: [t.name, ...(Array.isArray(t.aliases) ? t.aliases.filter((a): a is string => typeof a === "string") : [])],
    })),
  });
}

/** Fields whose change makes a decision on a candidate an edit. */
const EDITABLE = ["statement", "kind", "topic", "metric", "value", "unit"] as const;

/** A candidate decided on (accepted, edited, rejected) is kept as an example the importer learns from (lib/import/learned.ts). */
const keepDecision = (
  tx: Tx,
  existing: Record<string, unknown>,
  to: unknown,
  edited: boolean,
  actorId: string,
): Promise<void> => workflows().keepClaimDecision(tx, existing, to, edited, actorId);

export function reviewStamp(status: unknown, actorId: string): Record<string, unknown> {
  return typeof status === "string" && REVIEWED.has(status)
    ? { reviewerId: actorId || null, reviewedAt: new Date() }
    : {};
}

export const claims = defineResource({
  name: "claims",
  model: "claim",
  label: "Claims",
  titleField: "statement",
  fields: {
    statement: { type: "text", required: true, min: 3, max: 1000, list: true, search: true },
    slug: { type: "slug", search: true },
    kind: { type: "enum", choices: CLAIM_KINDS, required: true, list: true, filter: true, sortable: true },
    status: { type: "enum", choices: CLAIM_STATUSES, list: true, filter: true, sortable: true },
    technologyIds: {
      type: "references",
      reference: "technologies",
      relation: "technologies",
      list: true,
      filter: true,
      label: "Technologies",
    },
    topic: { type: "string", max: 80, list: true, filter: true, sortable: true, search: true, machineKey: true },
    metric: { type: "string", max: 60, filter: true, help: "For figures: throughput, latency_p95, release_year…" },
    value: { type: "number" },
    unit: { type: "string", max: 30 },
    conditions: {
      type: "json",
      schema: conditionsSchema,
      default: {},
      form: {
        kind: "keyValues",
        key: { type: "string", label: "Condition", required: true },
        value: { type: "scalar", label: "Value" },
        suggestKeys: true,
      },
      help: "What the figure was measured under: hardware, workers, server, database, endpoint…",
    },
    directions: {
      type: "json",
      schema: directionsSchema,
      default: undefined,
      label: "Direction per technology",
      form: {
        kind: "keyValues",
        key: { type: "reference", label: "Technology", reference: "technologies", by: "slug", required: true },
        value: { type: "enum", label: "Direction", choices: labelled(DIRECTIONS), default: "supports" },
      },
      help: "What the claim says about each technology. Neutral does not count; Rank (figures) counts by its rank among figures with the same metric, unit and conditions. Filled in from the statement when the claim is created.",
    },
    rating: {
      type: "enum",
      choices: ["Accurate", "Mostly accurate", "Needs context", "Misleading", "Inaccurate", "Unproven"],
      filter: true,
    },
    ratingExplanation: { type: "text", max: 5000 },
    editorWeight: { type: "number", min: 0, max: 5, help: "How much this claim counts in verdicts (1 = normal)." },
    reviewerId: { type: "reference", reference: "users", relation: "reviewer", editable: false },
    reviewedAt: { type: "datetime", editable: false, sortable: true, filter: true },
    mergedIntoId: { type: "reference", reference: "claims", relation: "mergedInto", editable: false },
    createdAt: { type: "datetime", editable: false, sortable: true, filter: true },
    updatedAt: { type: "datetime", editable: false, list: true, sortable: true, filter: true },
  },
  list: { defaultSort: { field: "updatedAt", order: "DESC" } },
  access: editorial(),
  softDelete: true,
  publicFacing: true,
  // CANDIDATE, DRAFT, IN_REVIEW, RETRACTED, deleted or merged claims are on no public page: the
  // importer's candidates and editors' drafts drop no cached page until a claim is (or was) public.
  shown: (row) => isPublicClaimStatus(String(row.status)) && !row.deletedAt && !row.mergedIntoId,
  site: { where: publicClaimWhere, select: { slug: true }, path: (c) => `/claims/${String(c.slug)}` },
  // In pickers (a verdict's evidence) a claim is told apart by where it comes from.
  choice: {
    select: {
      citations: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { article: { select: { title: true } } },
      },
    },
    detail: (row) => {
      const first = (row.citations as Array<{ article: { title: string } }> | undefined)?.[0];
      return first ? [`From ${first.article.title}`] : ["No source"];
    },
  },
  // A claim written (created, edited, status changed, restored) is checked for contradictions.
  afterCommit: [(write) => workflows().detectAfterClaimWrite(write)],
  async prepare(data, ctx) {
    await ensureSlug("claim", data, ctx, "statement");
    if (!ctx.existing && data.directions == null) data.directions = await defaultDirections(ctx.tx, data);
    if (typeof data.statement === "string") data.normalized = normalizeStatement(data.statement);
    if (data.status && data.status !== ctx.existing?.status)
      Object.assign(data, reviewStamp(data.status, ctx.actor.id));
    const existing = ctx.existing;
    if (existing)
      await keepDecision(
        ctx.tx,
        existing,
        data.status ?? existing.status,
        EDITABLE.some((f) => f in data && (data[f] ?? "") !== (existing[f] ?? "")),
        ctx.actor.id,
      );
  },
  validate(data) {
    if (data.kind === "PERFORMANCE" && data.value != null && !data.unit) return { unit: ["A figure needs its unit."] };
    return null;
  },
  actions: {
    setStatus: defineAction({
      label: "Change status",
      input: z.strictObject({ status: z.enum(CLAIM_STATUSES).meta(inputMeta({ title: "Status" })) }),
      roles: STAFF,
      bulk: true,
      async run(record, { status }, { tx, actor }) {
        await keepDecision(tx, record, status, false, actor.id);
        return { status, ...reviewStamp(status, actor.id) };
      },
    }),
    merge: defineAction({
      label: "Merge into another claim",
      input: z.strictObject({
        intoId: z
          .string()
          .min(1)
          .max(64)
          .meta(inputMeta({ title: "Merge into claim", reference: "claims" })),
      }),
      roles: STAFF,
      bulk: true,
      // The duplicate's citations move to the surviving claim (lib/editorial/merge.ts); the duplicate is
      // retracted and points at it, so its URL can redirect and its history stays.
      run: (record, { intoId }, { tx, actor }) => workflows().mergeClaim(tx, actor, record, intoId),
    }),
  },
});
