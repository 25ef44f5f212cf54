// Merging a duplicate claim into the one that stays, inside the merge action's transaction (the
// claims resource declares the action; lib/services runs it, bumps the claim's version and records
// its revision). The duplicate's citations move to the surviving claim, each with its own MERGE
// revision and version bump; a citation the survivor already has for the same span is retired
// instead (soft-deleted, with its revision), so no history is lost.
import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { Conflict, ValidationError } from "@/lib/errors";
import { decisionOf, recordDecision } from "@/lib/import/learned";
import { citations } from "@/lib/resources";
import { reviewStamp } from "@/lib/resources/claims";
import type { Row } from "@/lib/resources/define";
import { recordRevision } from "@/lib/revisions/service";
import { serializeRow } from "@/lib/revisions/serialize";

/** A candidate decided on (accepted, edited, merged, rejected) is kept as an example the importer learns from. */
export async function keepClaimDecision(
  tx: Tx,
  existing: Record<string, unknown>,
  to: unknown,
  edited: boolean,
  actorId: string,
  merged = false,
): Promise<void> {
  const decision = merged && existing.status === "CANDIDATE" ? "MERGED" : decisionOf(existing.status, to, edited);
  if (decision) await recordDecision(tx, String(existing.id), decision, String(to ?? existing.status), actorId || null);
}

/** Moves one citation of the duplicate to `intoId` (or retires it when the survivor cites the same span), with its revision. */
async function moveCitation(
  tx: Tx,
  actor: Actor,
  citation: Awaited<ReturnType<Tx["citation"]["findMany"]>>[number],
  intoId: string,
): Promise<void> {
  const clash = await tx.citation.findFirst({
    where: { claimId: intoId, articleId: citation.articleId, start: citation.start, end: citation.end },
  });
  const before = serializeRow(citations, citation);
  const updated = clash
    ? await tx.citation.update({
        where: { id: citation.id },
        data: { deletedAt: new Date(), version: { increment: 1 } },
      })
    : await tx.citation.update({ where: { id: citation.id }, data: { claimId: intoId, version: { increment: 1 } } });
  await recordRevision(tx, { def: citations, action: "MERGE", actor, before, after: serializeRow(citations, updated) });
}

/** Merges `record` into the claim `intoId`; returns the duplicate's new fields (retracted, pointing at the survivor). */
export async function mergeClaim(tx: Tx, actor: Actor, record: Row, intoId: string): Promise<Record<string, unknown>> {
  if (intoId === record.id) throw new ValidationError({ intoId: ["A claim cannot be merged into itself."] });
  const target = await tx.claim.findFirst({ where: { id: intoId, deletedAt: null } });
  if (!target) throw new ValidationError({ intoId: ["The claim to merge into does not exist."] });
  if (target.mergedIntoId) throw new Conflict("The target claim was itself merged; merge into the claim it points to.");
  await keepClaimDecision(tx, record, "RETRACTED", false, actor.id, true);
  const moving = await tx.citation.findMany({ where: { claimId: String(record.id), deletedAt: null } });
  for (const citation of moving) await moveCitation(tx, actor, citation, intoId);
  return { mergedIntoId: intoId, status: "RETRACTED", ...reviewStamp("RETRACTED", actor.id) };
}
