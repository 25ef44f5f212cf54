// What the admin's verdict screen shows next to the published verdict: the engine's proposal now,
// with the baseline it was published with. Read permission is the verdict's own.
import type { Actor } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/client";
import { verdicts } from "@/lib/resources/verdicts";
import { getRecord } from "@/lib/services/records";
import type { RecommendationExplanation, Verdict as EngineVerdict } from "@/lib/verdicts";
import { proposeForUseCase, type Proposal } from "./proposal";

export interface VerdictProposalView {
  proposal: Proposal;
  /** What the engine proposed when the verdict was last published (null if never published from it). */
  publishedSnapshot: EngineVerdict | null;
  /** The verdict's recommendation equals the engine's current one. */
  agrees: boolean;
  /**
   * What readers are shown for the published verdict: the reasons for the technologies actually
   * published, the engine's own pick beside them, and the editor's reason (null if never published
   * since explanations were stored).
   */
  published: (RecommendationExplanation & { editorReason: string }) | null;
}

export async function getVerdictProposal(
  actor: Actor | null,
  verdictId: string,
  db: Db = getDb(),
): Promise<VerdictProposalView> {
  const verdict = await getRecord(verdicts, actor, verdictId, db);
  const proposal = await proposeForUseCase(db, String(verdict.useCaseId));
  const mine = (verdict.recommendedIds as string[] | undefined) ?? [];
  return {
    proposal,
    publishedSnapshot: (verdict.engineSnapshot as EngineVerdict | null) ?? null,
    agrees: mine.length === proposal.recommendedIds.length && mine.every((id) => proposal.recommendedIds.includes(id)),
    published:
      verdict.explanation && typeof verdict.explanation === "object"
        ? {
            ...(verdict.explanation as unknown as RecommendationExplanation),
            editorReason: String(verdict.editorReason ?? ""),
          }
        : null,
  };
}
