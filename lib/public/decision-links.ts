// A counted team decision as a reason links it wherever it is counted (verdict pages and the
// wizard alike): its page, its title, and what the team wrote when it last reviewed how it turned
// out (review 5, R16; review 9, R9). PUBLIC decisions only.
import type { Db } from "@/lib/db/client";
import { publicDecisionWhere } from "@/lib/resources/visibility";

export interface DecisionLink {
  slug: string;
  title: string;
  /** The latest outcome review's notes; null when no words were recorded. */
  outcomeNote: string | null;
}

/** The public decisions among `ids`, by id, each with its latest outcome note. */
export async function decisionLinks(db: Db, ids: readonly string[]): Promise<Map<string, DecisionLink>> {
  if (ids.length === 0) return new Map();
  const rows = await db.decision.findMany({
    where: { AND: [publicDecisionWhere(), { id: { in: [...new Set(ids)] } }] },
    select: {
      id: true,
      slug: true,
      title: true,
      outcomeReviews: { where: { deletedAt: null }, orderBy: { date: "desc" }, take: 1, select: { notes: true } },
    },
  });
  return new Map(
    rows.map((d) => [d.id, { slug: d.slug, title: d.title, outcomeNote: d.outcomeReviews[0]?.notes.trim() || null }]),
  );
}
