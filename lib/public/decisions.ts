// Read side of /decisions, /decisions/[slug] and the decisions block of /compare/[pair]: teams'
// PUBLIC decisions only (publicDecisionWhere), with their outcome reviews and the public claims
// they cite. A team-only decision is never selected, so it cannot leak through a link either.
import { getDb, type Db } from "@/lib/db/client";
import { citedClaimWarning } from "@/lib/decisions/cited-claims";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { liveTechnologyWhere, publicClaimWhere, publicDecisionWhere } from "@/lib/resources/visibility";

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  date: true,
  revisitAt: true,
  chosenOption: true,
  options: true,
  team: { select: { name: true } },
  chosenTechnologies: { where: liveTechnologyWhere(), select: { slug: true, name: true }, orderBy: { name: "asc" } },
  outcomeReviews: {
    where: { deletedAt: null },
    orderBy: { date: "desc" },
    select: { date: true, result: true, wouldChooseAgain: true, notes: true },
  },
  claims: {
    where: publicClaimWhere(),
    select: { slug: true, statement: true, status: true },
    orderBy: { statement: "asc" },
  },
} satisfies Prisma.DecisionSelect;

type SummaryRow = Prisma.DecisionGetPayload<{ select: typeof summarySelect }>;

export interface ConsideredOption {
  name: string;
  technology: string | null;
  pros: string[];
  cons: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function optionsOf(value: unknown): ConsideredOption[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o) => {
    if (!o || typeof o !== "object" || typeof (o as { name?: unknown }).name !== "string") return [];
    const option = o as { name: string; technology?: unknown; pros?: unknown; cons?: unknown };
    return [
      {
        name: option.name,
        technology: typeof option.technology === "string" ? option.technology : null,
        pros: strings(option.pros),
        cons: strings(option.cons),
      },
    ];
  });
}

function summary(d: SummaryRow) {
  const { id: _id, options, ...rest } = d;
  return { ...rest, options: optionsOf(options), warning: citedClaimWarning(d.claims) };
}

export type PublicDecisionSummary = ReturnType<typeof summary>;

export async function listPublicDecisions(db: Db = getDb()): Promise<PublicDecisionSummary[]> {
  const rows = await db.decision.findMany({
    where: publicDecisionWhere(),
    orderBy: [{ date: "desc" }, { slug: "asc" }],
    take: 500,
    select: summarySelect,
  });
  return rows.map(summary);
}

export async function getPublicDecision(slug: string, db: Db = getDb()) {
  const row = await db.decision.findFirst({
    where: { AND: [publicDecisionWhere(), { slug }] },
    select: {
      ...summarySelect,
      decisionMakers: true,
      context: true,
      drivers: true,
      rationale: true,
      consequences: true,
      confirmation: true,
      supersededBy: { where: publicDecisionWhere(), select: { slug: true, title: true } },
      supersedes: { where: publicDecisionWhere(), select: { slug: true, title: true }, orderBy: { date: "asc" } },
    },
  });
  if (!row) return null;
  const { drivers, supersededBy, supersedes, decisionMakers, context, rationale, consequences, confirmation, ...base } =
    row;
  return {
    ...summary(base),
    drivers: strings(drivers),
    supersededBy,
    supersedes,
    decisionMakers,
    context,
    rationale,
    consequences,
    confirmation,
  };
}

/** Decisions still in force are reviewed when their team said they would be; others are not due. */
const IN_FORCE = new Set(["PROPOSED", "ACCEPTED"]);

/**
 * When a decision is to be looked at again, in words: "Revisit 1 Oct 2026", or, once that day has
 * passed with no outcome review since, "Review overdue since 1 Oct 2025" (flagged as overdue), or, when an
 * earlier outcome is on record, "Next review overdue since 1 Oct 2025 (last reviewed 15 Aug 2025)".
 * Worked out at render time (`now`), so a cached page's data never freezes it.
 */
export function revisitNote(
  d: { revisitAt: Date | null; status: string; outcomeReviews: { date: Date }[] },
  now: Date,
  formatDate: (date: Date) => string,
): { text: string; overdue: boolean } | null {
  if (!d.revisitAt || !IN_FORCE.has(d.status)) return null;
  const due = d.revisitAt;
  const reviewed = d.outcomeReviews.some((o) => o.date.getTime() >= due.getTime());
  if (due.getTime() > now.getTime() || reviewed)
    return reviewed ? null : { text: `Revisit ${formatDate(due)}`, overdue: false };
  // With an outcome on record, the warning says which review is due, so it does not read as if the outcome were missing.
  const last = latestReview(d.outcomeReviews);
  if (!last) return { text: `Review overdue since ${formatDate(due)}`, overdue: true };
  return { text: `Next review overdue since ${formatDate(due)} (last reviewed ${formatDate(last)})`, overdue: true };
}

function latestReview(reviews: { date: Date }[]): Date | null {
  return reviews.reduce<Date | null>((last, o) => (!last || o.date.getTime() > last.getTime() ? o.date : last), null);
}

export type PublicDecision = NonNullable<Awaited<ReturnType<typeof getPublicDecision>>>;

/**
 * Public decisions "between" some technologies: the team chose one of them and considered at
 * least one other (as an option or as a second chosen technology).
 */
export async function decisionsBetween(technologySlugs: string[], db: Db = getDb()): Promise<PublicDecisionSummary[]> {
  const rows = await db.decision.findMany({
    where: { AND: [publicDecisionWhere(), { chosenTechnologies: { some: { slug: { in: technologySlugs } } } }] },
    orderBy: [{ date: "desc" }, { slug: "asc" }],
    take: 200,
    select: summarySelect,
  });
  const wanted = new Set(technologySlugs);
  return rows
    .filter((d) => {
      const considered = new Set([
        ...d.chosenTechnologies.map((t) => t.slug),
        ...optionsOf(d.options).flatMap((o) => (o.technology ? [o.technology] : [])),
      ]);
      return [...considered].filter((slug) => wanted.has(slug)).length >= 2;
    })
    .slice(0, 20)
    .map(summary);
}
