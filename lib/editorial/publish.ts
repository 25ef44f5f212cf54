// Publishing a verdict against the engine's proposal. Whatever the editor does — publish the
// proposal as it is, adjust it, or override it — the proposal of that moment is stored with the
// verdict: it is the baseline later recomputations are compared with (see flag.ts), and it lets a
// reader of the history see what the engine said when a person decided otherwise.
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import type { Row } from "@/lib/resources/define";
import { proposeForUseCase, type Proposal } from "./proposal";

export const VERDICT_ORIGINS = ["ENGINE", "ADJUSTED", "OVERRIDDEN"] as const;
export type VerdictOrigin = (typeof VERDICT_ORIGINS)[number];

const reason = z.string().trim().min(3, "Say why (at least a few words).").max(2000);
// Forms send null for an empty box: null or missing means "keep what the verdict says".
const text = { title: z.string().trim().min(1).max(200).nullish(), summary: z.string().trim().min(1).max(2000).nullish(), rationale: z.string().trim().max(20_000).nullish() };
const ids = z.array(z.string().min(1).max(64)).max(20);

export const publishProposalInput = z.strictObject({ ...text, reason: reason.nullish() });
export const adjustInput = z.strictObject({ ...text, recommendedIds: ids.nullish(), reason });
export const overrideInput = z.strictObject({ ...text, recommendedIds: ids.min(1, "Pick at least one technology."), reason });

export type PublishInput = { title?: string | null; summary?: string | null; rationale?: string | null; recommendedIds?: string[] | null; reason?: string | null };

const invalid = (field: string, message: string) => new ValidationError({ [field]: [message] }, message);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The fields that mark a verdict published from (or against) the engine's proposal. The proposal's
 * explanation is about what is being published (see proposeForUseCase's explainIds); `reason` is the
 * editor's, kept beside it so readers see both.
 */
export function publicationFields(proposal: Proposal, origin: VerdictOrigin, now = new Date(), reason = ""): Record<string, unknown> {
  return {
    status: "PUBLISHED",
    publishedAt: now,
    origin,
    engineSnapshot: JSON.parse(JSON.stringify(proposal.verdict)),
    engineConfidence: proposal.verdict.confidence,
    engineScore: proposal.score,
    explanation: JSON.parse(JSON.stringify(proposal.explanation)),
    editorReason: origin === "ENGINE" ? "" : reason,
    needsReview: false,
    reviewReason: "",
    flaggedAt: null,
  };
}

function editedText(input: PublishInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ["title", "summary", "rationale"] as const) if (input[key] != null) out[key] = input[key];
  return out;
}

/**
 * What to write for a publication. ENGINE takes the proposal's recommendation; ADJUSTED edits the
 * text and may narrow or widen a hybrid but keeps the engine's pick; OVERRIDDEN replaces the pick.
 */
export async function publishAgainstProposal(tx: Tx, verdict: Row, origin: VerdictOrigin, input: PublishInput): Promise<Record<string, unknown>> {
  // An adjustment or override is explained by the evidence for what the editor picked.
  const proposal = await proposeForUseCase(tx, String(verdict.useCaseId), new Date(), origin === "ENGINE" ? null : input.recommendedIds);
  const winnerId = proposal.recommendedIds[0];
  if (origin !== "OVERRIDDEN" && !winnerId) {
    throw invalid("_", "The engine has no recommendation for this use case yet: override it with your own pick and a reason.");
  }
  let recommendedIds = proposal.recommendedIds;
  if (origin === "ADJUSTED" && input.recommendedIds?.length) {
    if (!input.recommendedIds.includes(winnerId)) {
      throw invalid("recommendedIds", "An adjustment keeps the engine's pick; to recommend something else, override it.");
    }
    recommendedIds = input.recommendedIds;
  }
  if (origin === "OVERRIDDEN") {
    recommendedIds = input.recommendedIds ?? [];
    if (sameSet(recommendedIds, proposal.recommendedIds)) {
      throw invalid("recommendedIds", "That is the engine's own recommendation: publish the proposal instead.");
    }
  }
  const found = await tx.technology.count({ where: { id: { in: recommendedIds }, deletedAt: null } });
  if (found !== recommendedIds.length) throw invalid("recommendedIds", "Some technologies do not exist.");
  return { ...editedText(input), recommendedIds, ...publicationFields(proposal, origin, new Date(), input.reason?.trim() ?? "") };
}
