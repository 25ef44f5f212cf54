// Publishing a verdict against the engine's proposal. Whatever the editor does — publish the
// proposal as it is, adjust it, or override it — the proposal of that moment is stored with the
// verdict: it is the baseline later recomputations are compared with (see flag.ts), and it lets a
// reader of the history see what the engine said when a person decided otherwise.
// The verdicts resource (lib/resources/verdicts.ts) declares the actions and their inputs; these are
// the workflows its actions hand the write to (installed by lib/events/workflows.ts).
import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import type { Row } from "@/lib/resources/define";
import type { PublishInput, VerdictOrigin } from "@/lib/resources/workflows";
import { proposeForUseCase, type Proposal } from "./proposal";

const invalid = (field: string, message: string) => new ValidationError({ [field]: [message] }, message);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The fields that mark a verdict published from (or against) the engine's proposal. The proposal's
 * explanation is about what is being published (see proposeForUseCase's explainIds); `reason` is the
 * editor's, kept beside it so readers see both.
 */
export function publicationFields(
  proposal: Proposal,
  origin: VerdictOrigin,
  now = new Date(),
  reason = "",
): Record<string, unknown> {
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
export async function publishAgainstProposal(
  tx: Tx,
  verdict: Row,
  origin: VerdictOrigin,
  input: PublishInput,
): Promise<Record<string, unknown>> {
  // An adjustment or override is explained by the evidence for what the editor picked.
  const proposal = await proposeForUseCase(
    tx,
    String(verdict.useCaseId),
    new Date(),
    origin === "ENGINE" ? null : input.recommendedIds,
  );
  const winnerId = proposal.recommendedIds[0];
  if (origin !== "OVERRIDDEN" && !winnerId) {
    throw invalid(
      "_",
      "The engine has no recommendation for this use case yet: override it with your own pick and a reason.",
    );
  }
  let recommendedIds = proposal.recommendedIds;
  if (origin === "ADJUSTED" && input.recommendedIds?.length) {
    if (!input.recommendedIds.includes(winnerId)) {
      throw invalid(
        "recommendedIds",
        "An adjustment keeps the engine's pick; to recommend something else, override it.",
      );
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
  return {
    ...editedText(input),
    recommendedIds,
    ...publicationFields(proposal, origin, new Date(), input.reason?.trim() ?? ""),
  };
}

/** A verdict becoming PUBLISHED by any path stores the engine's proposal of the moment as its review baseline. */
export async function publicationBaseline(tx: Tx, useCaseId: string): Promise<Record<string, unknown>> {
  return { ...publicationFields(await proposeForUseCase(tx, useCaseId), "ENGINE"), origin: null };
}

/**
 * Publishing a verdict as edited: allowed when it agrees with the engine (or the engine has nothing
 * to say); disagreeing with the engine is an override, which needs a reason.
 */
export async function publishAsEdited(tx: Tx, record: Row): Promise<Record<string, unknown>> {
  const proposal = await proposeForUseCase(tx, String(record.useCaseId));
  const mine = (record.recommendedIds as string[] | undefined) ?? [];
  const agrees =
    mine.length === proposal.recommendedIds.length && mine.every((id) => proposal.recommendedIds.includes(id));
  if (proposal.verdict.winner && !agrees) {
    const message = `"${String(record.title)}" recommends something other than the engine (${proposal.verdict.label}): publish the proposal, or override it with a reason.`;
    throw new ValidationError({ _: [message] }, message);
  }
  return { ...publicationFields(proposal, "ENGINE"), origin: proposal.verdict.winner ? "ENGINE" : null };
}
