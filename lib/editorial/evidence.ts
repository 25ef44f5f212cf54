// The evidence of a few claims or decisions, read exactly the way lib/editorial/load.ts reads all of
// them (same filters, same selection, same mapping), so the cached engine can be updated one record
// at a time. Ids missing from the answer no longer count as evidence (deleted, merged, or a decision
// without outcomes) and are removed.
import type { Db } from "@/lib/db/client";
import {
  CLAIM_EVIDENCE_SELECT,
  COUNTED_DECISION,
  DECISION_EVIDENCE_SELECT,
  LIVE_CLAIM,
  toDecisionEvidence,
  toEvidenceClaim,
} from "@/lib/editorial/load";
import type { DecisionEvidence, EvidenceClaim } from "@/lib/verdicts";

export async function loadClaimEvidence(db: Db, ids: string[]): Promise<EvidenceClaim[]> {
  const rows = await db.claim.findMany({ where: { id: { in: ids }, ...LIVE_CLAIM }, select: CLAIM_EVIDENCE_SELECT });
  return rows.map(toEvidenceClaim);
}

export async function loadDecisionEvidence(db: Db, ids: string[]): Promise<DecisionEvidence[]> {
  const rows = await db.decision.findMany({
    where: { id: { in: ids }, ...COUNTED_DECISION },
    select: DECISION_EVIDENCE_SELECT,
  });
  return rows.map(toDecisionEvidence);
}
