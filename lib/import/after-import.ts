// What follows a committed import, outside its transactions: advice to editors and upkeep, never a
// reason to roll an import back.
import { providerOfClient, type Db } from "@/lib/db/client";
import { optimizeStatistics } from "@/lib/db/statistics";
import { flagVerdictsForContradictions } from "@/lib/editorial/flag";
import type { ContradictionReport, ImportReport } from "./report";

export async function afterImport(db: Db, report: ImportReport): Promise<void> {
  await flagVerdictsCitingRaised(db, report.contradictions);
  // New rows move SQLite's planner statistics: refresh the tables that changed enough to matter.
  await optimizeStatistics(db, providerOfClient(db));
}

/**
 * An import's contradictions flag the published verdicts citing either side, as the same contradiction
 * written through the service layer does. Runs after the documents have committed: a flag is advice to
 * editors, not part of the import, so it never rolls an import back.
 */
async function flagVerdictsCitingRaised(db: Db, raised: ContradictionReport[]): Promise<void> {
  const slugs = new Set(raised.flatMap((c) => [c.a, c.b]));
  if (!slugs.size || !(await db.verdict.count({ where: { deletedAt: null, status: "PUBLISHED" }, take: 1 }))) return;
  const ids: string[] = [];
  // In slices: a large import raises thousands of contradictions, beyond a query's parameter limit.
  const all = [...slugs];
  for (let from = 0; from < all.length; from += FLAG_SLICE) {
    const rows = await db.contradiction.findMany({
      where: { deletedAt: null, status: "OPEN", claimA: { slug: { in: all.slice(from, from + FLAG_SLICE) } } },
      select: { id: true, claimB: { select: { slug: true } } },
    });
    for (const row of rows) if (slugs.has(row.claimB.slug)) ids.push(row.id);
  }
  for (let from = 0; from < ids.length; from += FLAG_SLICE)
    await flagVerdictsForContradictions(db, ids.slice(from, from + FLAG_SLICE));
}
const FLAG_SLICE = 500;
