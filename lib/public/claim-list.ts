// The public claim list (/api/v1/claims): the page with each claim's live technologies as one SQL
// statement, and the total. An uncached request used to pay for two Prisma queries plus the relation
// load (three statements, each through the client engine's query compilation and result mapping),
// which cost more than the SQL itself; the statements run on the lean read path (lib/db/lean.ts):
// prepared once, straight on the driver. The count is kept between writes that change it
// (countOf). The conditions are those of publicClaimWhere and
// liveTechnologyWhere (lib/public/visibility.ts), written out here as SQL: the test
// tests/lib/public/claim-list.test.ts holds this list to the Prisma rendering on both databases.
import { getDb, providerOfClient, type Db } from "@/lib/db/client";
import { leanQuery } from "@/lib/db/lean";
import { databaseUrl, type Provider } from "@/lib/db/provider";
import { cachedPublicData } from "@/lib/cache/data";
import { SHAPE, STANDING } from "@/lib/cache/tags";
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

/** What the driver hands back: SQLite gives dates and JSON as text. */
type RawRow = Omit<PublicClaimRow, "reviewedAt" | "updatedAt" | "technologies"> & {
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

/** How many public claims match `filter`: one count over the index of public claims. */
async function countPublicClaims(db: Db, filter: PublicClaimFilter): Promise<number> {
  const [row] = await leanQuery<{ total: bigint | number | string }>(
    db,
    Prisma.sql`SELECT count(*) AS "total" FROM "Claim" WHERE ${conditionsSql(filter)}`,
  );
  return Number(row?.total ?? 0);
}

/**
 * The count, for the app's own client inside the server, kept until a write changes which claims
 * are public or how they are filed (status, kind, topic, technologies, deletion, merge: SHAPE in
 * lib/cache). It was most of an uncached list's SQL time (a count walks every public claim, so it
 * grows with the database; the page reads 20 rows off the index) and no content edit changes it.
 */
const memoisedCount = cachedPublicData(
  "public-claim-count",
  (_database: string, kind?: string, status?: string, topic?: string, technology?: string) =>
    countPublicClaims(getDb(), { kind, status, topic, technology }),
  { tags: () => [SHAPE, STANDING] },
);

const countOf = (db: Db, f: PublicClaimFilter): Promise<number> =>
  db === getDb() ? memoisedCount(databaseUrl(), f.kind, f.status, f.topic, f.technology) : countPublicClaims(db, f);

/**
 * One page of public claims, most recently updated first (ties by id), and how many match: the page
 * as one statement (its claims with their live technologies), the count beside it (countOf).
 */
export async function listPublicClaims(
  db: Db,
  filter: PublicClaimFilter,
  page: number,
  perPage: number,
): Promise<PublicClaimPage> {
  const provider = providerOfClient(db);
  const where = conditionsSql(filter);
  const [raw, total] = await Promise.all([
    leanQuery<RawRow>(
      db,
      Prisma.sql`
    SELECT "slug", "statement", "kind", "status", "topic", "rating", "metric", "value", "unit", "conditions", "reviewedAt", "updatedAt",
           ${technologiesSql(provider)} AS "technologies"
    FROM (SELECT "id", "slug", "statement", "kind", "status", "topic", "rating", "metric", "value", "unit", "conditions", "reviewedAt", "updatedAt"
          FROM "Claim" WHERE ${where}
          ORDER BY "updatedAt" DESC, "id" ASC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}) AS "page"
    ORDER BY "page"."updatedAt" DESC, "page"."id" ASC`,
    ),
    countOf(db, filter),
  ]);
  const rows = raw.map((r) => ({
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
