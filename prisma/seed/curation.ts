// The demo editors' first curation pass over the imported claims, through the same bulk action
// the review queue uses: benchmark figures and feature facts are checked against their quotes and
// verified, except where an open contradiction says two sources disagree: those stay DISPUTED
// until an editor resolves it. So the public compare pages have figures to chart, with their
// conditions, and a visible dispute. A feature claim is verified only when it names a feature of
// the catalogue (lib/extract/features): the importer can read a sentence as a feature ("Express runs
// some of the busiest APIs on the web" as a feature called "runs"), and an editor checking it against
// its quote would not publish that; it stays in the review queue.
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { FEATURES } from "@/lib/extract/features";
import { claims } from "@/lib/resources";
import { runAction } from "@/lib/services/bulk";

export async function curateImportedClaims(db: Db, editor: Actor): Promise<{ verified: number; disputed: number }> {
  const open = await db.contradiction.findMany({
    where: { status: "OPEN", deletedAt: null },
    select: { claimAId: true, claimBId: true },
  });
  const inDispute = new Set(open.flatMap((c) => [c.claimAId, c.claimBId]));
  const checked = await db.claim.findMany({
    where: {
      deletedAt: null,
      mergedIntoId: null,
      status: "CANDIDATE",
      kind: { in: ["PERFORMANCE", "FEATURE", "RECOMMENDATION"] },
    },
    select: { id: true, kind: true, topic: true, statement: true },
    orderBy: { createdAt: "asc" },
  });
  const catalogued = new Set(FEATURES.map((f) => f.topic));
  const verify = checked
    .filter((c) => checkedAgainstQuote(c, catalogued))
    .map((c) => c.id)
    .filter((id) => !inDispute.has(id));
  const dispute = [...inDispute];
  if (verify.length) await runAction(claims, editor, "setStatus", verify, { status: "VERIFIED" }, null, db);
  if (dispute.length) await runAction(claims, editor, "setStatus", dispute, { status: "DISPUTED" }, null, db);
  return { verified: verify.length, disputed: dispute.length };
}

/**
 * What the first pass verifies: figures; features of the catalogue; and a source's own explicit
 * advice, "Use X when …" / "Avoid X for …" (review finding 17: so verdicts can cite what the sources
 * themselves advise). Other recommendations the importer read ("X is the pick for …" from a list
 * of picks) wait in the review queue for an editor's reading.
 */
function checkedAgainstQuote(
  c: { kind: string; topic: string | null; statement: string },
  catalogued: ReadonlySet<string>,
): boolean {
  if (c.kind === "FEATURE") return catalogued.has(c.topic ?? "");
  if (c.kind === "RECOMMENDATION") return /^(?:Use|Avoid) /.test(c.statement);
  return true;
}
