// What a published verdict recommends, as its pages name it. Editors may publish a verdict for a
// technology that has no public page (one the importer proposed and no editor has confirmed yet, or
// one archived since): the verdict still says what it recommends, by name, without a link; only a
// deleted technology drops out. The arrow line is never left empty.
import type { Prisma } from "@/lib/generated/sqlite/client";
import { liveTechnologyWhere } from "@/lib/resources/visibility";

/** The `recommended` relation as every public verdict list reads it. */
export const recommendedSelect = {
  where: { deletedAt: null },
  select: { slug: true, name: true, status: true },
  orderBy: { name: "asc" },
} satisfies Prisma.Verdict$recommendedArgs;

export interface VerdictPick {
  slug: string;
  name: string;
  /** The technology's public page; null when it has none (not confirmed, or archived). */
  href: string | null;
}

const LIVE_STATUS = liveTechnologyWhere().status;

export function verdictPicks(recommended: Array<{ slug: string; name: string; status: string }>): VerdictPick[] {
  return recommended.map((t) => ({
    slug: t.slug,
    name: t.name,
    href: t.status === LIVE_STATUS ? `/technologies/${t.slug}` : null,
  }));
}
