// The database side of the importer learning from editors (the learner itself is pure:
// lib/extract/learn.ts). A review-queue decision on a candidate claim is kept as a labelled example
// (ReviewExample), inside the decision's own transaction; the model is trained from the examples when
// asked for and cached until the next decision (the cache key is the examples' count and latest change,
// one small query, so every process sees another's decisions).
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { score, train, type Model } from "@/lib/extract/learn";
import { featuresOf, headingIndex, patternOf, type CandidateInput } from "@/lib/extract/learn-features";

export const DECISIONS = ["ACCEPTED", "EDITED", "MERGED", "REJECTED"] as const;
export type Decision = (typeof DECISIONS)[number];

/** Statuses that reject a candidate; every other status an editor gives it keeps it. */
export const REJECTING = new Set(["RETRACTED", "REFUTED"]);

const StoredInput = z.object({
  kind: z.string(),
  statement: z.string(),
  quote: z.string(),
  topic: z.string().nullable(),
  metric: z.string().nullable(),
  unit: z.string().nullable(),
  hasValue: z.boolean(),
  technologies: z.number(),
  names: z.array(z.string()),
  format: z.string().nullable(),
  heading: z.string().nullable(),
  conditions: z.record(z.string(), z.unknown()),
});

const stringsOf = (json: unknown): string[] =>
  Array.isArray(json) ? json.filter((a): a is string => typeof a === "string") : [];

/** The candidate as stored now (before the decision's change), as the learner reads it. */
async function candidateOf(tx: Tx, claimId: string): Promise<CandidateInput | null> {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    include: {
      technologies: { select: { name: true, aliases: true } },
      citations: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        take: 1,
        include: { article: { select: { format: true, text: true } } },
      },
    },
  });
  if (!claim) return null;
  const citation = claim.citations[0];
  const conditions =
    claim.conditions && typeof claim.conditions === "object" && !Array.isArray(claim.conditions)
      ? (claim.conditions as Record<string, unknown>)
      : {};
  return {
    kind: claim.kind.toLowerCase(),
    statement: claim.statement,
    quote: citation?.quote ?? claim.statement,
    topic: claim.topic,
    metric: claim.metric,
    unit: claim.unit,
    hasValue: claim.value != null,
    technologies: claim.technologies.length,
    names: claim.technologies.flatMap((t) => [t.name, ...stringsOf(t.aliases)]),
    format: citation?.article.format ?? null,
    heading: citation ? headingIndex(citation.article.text)(citation.start) : null,
    conditions,
  };
}

/**
 * Keeps an editor's decision on a candidate claim as a labelled example, in the decision's transaction.
 * Call it before the decision's change is written: the features are the candidate's as extracted. A
 * later decision on the same claim (edited, then rejected) replaces the outcome, not the features.
 */
export async function recordDecision(
  tx: Tx,
  claimId: string,
  decision: Decision,
  status: string,
  actorId: string | null,
): Promise<void> {
  const keep = decision !== "REJECTED";
  const existing = await tx.reviewExample.findUnique({ where: { claimId }, select: { decision: true } });
  if (existing) {
    // Accepting a candidate an editor edited first is still an edit.
    const next = existing.decision === "EDITED" && decision === "ACCEPTED" ? "EDITED" : decision;
    await tx.reviewExample.update({ where: { claimId }, data: { decision: next, keep, status, actorId } });
    return;
  }
  const input = await candidateOf(tx, claimId);
  if (!input) return;
  // An upsert, not a create: two decisions on one candidate can race (a bulk verify and an edit), and the
  // one that commits second then takes the outcome instead of failing the whole decision on the unique claim.
  await tx.reviewExample.upsert({
    where: { claimId },
    create: {
      claimId,
      decision,
      keep,
      status,
      kind: input.kind,
      pattern: patternOf(input).slice(0, 300),
      input: input as unknown as object,
      actorId,
    },
    update: { decision, keep, status, actorId },
  });
}

/** The decision a status change of a candidate is, or null when it is none (still a candidate). */
export function decisionOf(from: unknown, to: unknown, edited: boolean): Decision | null {
  if (from !== "CANDIDATE") return null;
  if (typeof to === "string" && REJECTING.has(to)) return "REJECTED";
  if (edited) return "EDITED";
  return typeof to === "string" && to !== "CANDIDATE" ? "ACCEPTED" : null;
}

export interface LabelledExample {
  features: string[];
  keep: boolean;
  pattern: string;
}

/**
 * The model learns from the latest decisions only: it follows how editors judge now (and the extractor
 * as it is now), and training stays well under a second of CPU (eval:learn prints the time it takes).
 */
export const MAX_EXAMPLES = 2000;

/** The latest MAX_EXAMPLES examples, in the order decisions were first made (the learner is deterministic in that order). */
export async function loadExamples(db: Db | Tx): Promise<LabelledExample[]> {
  const latest = await db.reviewExample.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_EXAMPLES,
    select: { input: true, keep: true, pattern: true },
  });
  return latest.reverse().flatMap((r) => {
    const input = StoredInput.safeParse(r.input);
    return input.success ? [{ features: featuresOf(input.data), keep: r.keep, pattern: r.pattern }] : [];
  });
}

let cached: { key: string; model: Model } | null = null;

/** The model trained on every decision so far; retrained only when a decision was added or changed. */
export async function learnedModel(db: Db | Tx): Promise<Model> {
  const stamp = await db.reviewExample.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  const key = `${stamp._count._all}|${stamp._max.updatedAt?.toISOString() ?? ""}`;
  if (cached?.key === key) return cached.model;
  const model = train(await loadExamples(db));
  cached = { key, model };
  return model;
}

/** A candidate's keep score and whether it is hidden as low-confidence. */
export function judge(model: Model, input: CandidateInput): { score: number; hidden: boolean } {
  const s = score(model, featuresOf(input));
  return { score: s, hidden: model.threshold !== null && s < model.threshold };
}
