// The public claim list (/api/v1/claims) as one SQL statement: the page, each claim's live
// technologies and the total in a single round trip. An uncached request used to pay for two Prisma
// queries plus the relation load (three statements, each through the client engine's query
// compilation and result mapping), which cost more than the SQL itself; a typed raw query goes
// straight to the driver adapter. The conditions are those of publicClaimWhere and
// liveTechnologyWhere (lib/public/visibility.ts), written out here as SQL: the test
// tests/lib/public/claim-list.test.ts holds this list to the Prisma rendering on both databases.
import type { Db } from "@/lib/db/client";
import { providerOfClient } from "@/lib/db/client";
import type { Provider } from "@/lib/db/provider";
import { Prisma } from "@/lib/generated/sqlite/client";
import { PUBLIC_CLAIM_STATUSES } from "@/lib/resources/visibility";

export interface PublicClaimFilter {
  kind?: string;
  status?: string;
  topic?: string;
  /** A technology's slug: claims linked to that (not deleted) technology. */
  technology?: string;
}

export interface PublicClaimRow {
  slug: string;
  statement: string;
  kind: string;
  status: string;
  topic: string | null;
  rating: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  conditions: unknown;
  reviewedAt: Date | null;
  updatedAt: Date;
  /** Slugs of the claim's live (active, not deleted) technologies, in slug order. */
  technologies: string[];
}

export interface PublicClaimPage {
  rows: PublicClaimRow[];
  total: number;
}

/** What the driver hands back: SQLite gives dates and JSON as text, counts as bigint. */
type RawRow = Omit<PublicClaimRow, "slug" | "reviewedAt" | "updatedAt" | "technologies"> & {
  total: bigint | number;
  slug: string | null;
  reviewedAt: Date | string | null;
  updatedAt: Date | string;
  technologies: unknown;
};

function conditionsSql(filter: PublicClaimFilter): Prisma.Sql {
  const terms: Prisma.Sql[] = [
    Prisma.sql`"deletedAt" IS NULL AND "mergedIntoId" IS NULL AND "status" IN (${Prisma.join([...PUBLIC_CLAIM_STATUSES])})`,
  ];
  if (filter.kind) terms.push(Prisma.sql`"kind" = ${filter.kind}`);
  if (filter.status) terms.push(Prisma.sql`"status" = ${filter.status}`);
  if (filter.topic) terms.push(Prisma.sql`"topic" = ${filter.topic}`);
  if (filter.technology) {
    terms.push(Prisma.sql`"id" IN (SELECT "link"."A" FROM "_ClaimToTechnology" AS "link" JOIN "Technology" AS "t" ON "t"."id" = "link"."B"
                                   WHERE "t"."slug" = ${filter.technology} AND "t"."deletedAt" IS NULL)`);
  }
  return Prisma.join(terms, " AND ");
}

/** The page's claims' live technologies as one value per claim, in slug order. */
function technologiesSql(provider: Provider): Prisma.Sql {
  const from = Prisma.sql`FROM "_ClaimToTechnology" AS "link" JOIN "Technology" AS "t" ON "t"."id" = "link"."B"
    WHERE "link"."A" = "page"."id" AND "t"."deletedAt" IS NULL AND "t"."status" = 'ACTIVE'`;
  return provider === "postgresql"
    ? Prisma.sql`(SELECT coalesce(array_agg("t"."slug" ORDER BY "t"."slug"), ARRAY[]::text[]) ${from})`
    : Prisma.sql`(SELECT json_group_array("t"."slug" ORDER BY "t"."slug") ${from})`;
}

const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

function slugList(value: unknown): string[] {
  const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.map(String) : [];
}

/**
 * One page of public claims, most recently updated first (ties by id), and how many match.
 * The count is a one-row subquery joined to the page, so a page past the end still says the total.
 */
export async function listPublicClaims(db: Db, filter: PublicClaimFilter, page: number, perPage: number): Promise<PublicClaimPage> {
  const provider = providerOfClient(db);
  const where = conditionsSql(filter);
  const columns = Prisma.sql`"id", "slug", "statement", "kind", "status", "topic", "rating", "metric", "value", "unit", "conditions", "reviewedAt", "updatedAt"`;
  const raw = await db.$queryRaw<RawRow[]>`
    SELECT "counted"."total", "page"."slug", "page"."statement", "page"."kind", "page"."status", "page"."topic", "page"."rating",
           "page"."metric", "page"."value", "page"."unit", "page"."conditions", "page"."reviewedAt", "page"."updatedAt",
           ${technologiesSql(provider)} AS "technologies"
    FROM (SELECT count(*) AS "total" FROM "Claim" WHERE ${where}) AS "counted"
    LEFT JOIN (SELECT ${columns} FROM "Claim" WHERE ${where}
               ORDER BY "updatedAt" DESC, "id" ASC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}) AS "page" ON 1 = 1
    ORDER BY "page"."updatedAt" DESC, "page"."id" ASC`;
  const total = Number(raw[0]?.total ?? 0);
  const rows = raw
    .filter((r): r is RawRow & { slug: string } => r.slug !== null)
    .map((r) => ({
      slug: r.slug,
      statement: r.statement,
      kind: r.kind,
      status: r.status,
      topic: r.topic,
      rating: r.rating,
      metric: r.metric,
      value: r.value === null ? null : Number(r.value),
      unit: r.unit,
      conditions: typeof r.conditions === "string" ? (JSON.parse(r.conditions) as unknown) : r.conditions,
      reviewedAt: r.reviewedAt === null ? null : asDate(r.reviewedAt),
      updatedAt: asDate(r.updatedAt),
      technologies: slugList(r.technologies),
    }));
  return { rows, total };
}
