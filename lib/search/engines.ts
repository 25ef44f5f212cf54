// The two full-text engines behind lib/search: each finds (kind, id, score) of matching rows,
// best first. Visibility is not their business: lib/search filters what they return.
import type { Db } from "@/lib/db/client";
import { leanQuery } from "@/lib/db/lean";
import { Prisma } from "@/lib/generated/sqlite/client";
import { fts5Expression, tsQueryExpression, type Group } from "./query";

/** What the full-text indexes hold (technologies, use cases and comparisons are matched in memory). */
export const INDEXED_KINDS = ["claim", "article", "verdict", "decision"] as const;
export type IndexedKind = (typeof INDEXED_KINDS)[number];

export interface Match {
  kind: IndexedKind;
  id: string;
  /** Higher is better, comparable within one search. */
  score: number;
}

/**
 * An engine's matches as SQL, for lib/search/rows to read with the visible rows in the same statement
 * (one round trip): `ctes` (each `"name" AS (…)`) come first in its WITH, then `hits` yields
 * "kind", "id", "score" of the best `limit` matches.
 */
export interface HitsSql {
  ctes: Prisma.Sql[];
  hits: Prisma.Sql;
}

export interface Engine {
  hitsSql(groups: Group[], kinds: readonly IndexedKind[], limit: number): HitsSql;
  /** The matches alone (tests, tools): the same SQL, best first. */
  find(db: Db, groups: Group[], kinds: readonly IndexedKind[], limit: number): Promise<Match[]>;
}

async function findWith(
  engine: Pick<Engine, "hitsSql">,
  db: Db,
  groups: Group[],
  kinds: readonly IndexedKind[],
  limit: number,
) {
  if (kinds.length === 0) return [];
  const { ctes, hits } = engine.hitsSql(groups, kinds, limit);
  const rows = await leanQuery<{ kind: IndexedKind; id: string; score: number }>(
    db,
    Prisma.sql`${ctes.length ? Prisma.sql`WITH ${Prisma.join(ctes, ", ")} ` : Prisma.empty}${hits}`,
  );
  return rows.map((r) => ({ kind: r.kind, id: r.id, score: Number(r.score) }));
}

/**
 * Matches ranked per kind and search, at most. A common word matches tens of thousands of claims,
 * and ranking all of them (bm25 reads every match's positions, and first counts every document
 * holding each phrase; ts_rank reads every match's vector) costs more than a whole search may
 * take. Work per search is bounded by this window instead, and `limit` is taken from its best.
 */
export const RANKED_PER_KIND = 500;

// One FTS5 table per kind (migration …_search_per_kind), each yielding its matches newest first.
const FTS_TABLES: Record<IndexedKind, string> = {
  claim: "ClaimSearch",
  article: "ArticleSearch",
  verdict: "VerdictSearch",
  decision: "DecisionSearch",
};

/**
 * One kind's matches. FTS5 yields a MATCH in rowid order (the order rows were written) without
 * sorting, so the newest RANKED_PER_KIND are found for the cost of reading them. When they are all
 * the kind's matches, bm25 ranks them (titles weighted 4:1). When there are more, bm25 would first
 * count every document holding each phrase (~10 ms for a phrase in 20,000 claims): the newest come
 * first instead, with score 0 (below any ranked match) and their place among the newest, so that
 * several such kinds share the `limit` evenly. The bm25 branch is then cut off by a rowid bound
 * FTS5 applies before reading any row.
 */
function ftsBranch(kind: IndexedKind, expression: string, limit: number): { cte: Prisma.Sql; select: Prisma.Sql } {
  const table = Prisma.raw(`"${FTS_TABLES[kind]}"`);
  const newest = Prisma.raw(`"${kind}Newest"`);
  const label = Prisma.raw(`'${kind}'`);
  const ranked = Prisma.raw(String(RANKED_PER_KIND));
  return {
    cte: Prisma.sql`${newest} AS MATERIALIZED (SELECT rowid AS "at", "id" FROM ${table} WHERE ${table} MATCH ${expression} ORDER BY rowid DESC LIMIT ${ranked})`,
    select: Prisma.sql`SELECT * FROM (
               SELECT ${label} AS "kind", "id", -bm25(${table}, 0.0, 4.0, 1.0) AS "score", 0 AS "place" FROM ${table}
                WHERE ${table} MATCH ${expression} AND rowid <= (SELECT CASE WHEN count(*) >= ${ranked} THEN 0 ELSE 9223372036854775807 END FROM ${newest})
                ORDER BY "score" DESC LIMIT ${limit})
             UNION ALL
             SELECT * FROM (
               SELECT ${label} AS "kind", "id", 0.0 AS "score", row_number() OVER (ORDER BY "at" DESC) AS "place" FROM ${newest}
                WHERE (SELECT count(*) FROM ${newest}) >= ${ranked} ORDER BY "at" DESC LIMIT ${limit})`,
  };
}

/**
 * SQLite FTS5: each kind's matches, ranked by bm25 or newest first (ftsBranch), the best `limit` of all.
 * On the lean reader (lib/db/lean) like the rows read with them: through Prisma, compiling and
 * interpreting the raw query cost as much as FTS5 took to run it.
 */
export const sqliteEngine: Engine = {
  hitsSql(groups, kinds, limit) {
    const expression = fts5Expression(groups);
    const branches = kinds.map((kind) => ftsBranch(kind, expression, limit));
    return {
      ctes: branches.map((b) => b.cte),
      hits: Prisma.sql`SELECT "kind", "id", "score" FROM (${Prisma.join(
        branches.map((b) => b.select),
        " UNION ALL ",
      )}) ORDER BY "score" DESC, "place" ASC LIMIT ${limit}`,
    };
  },
  find(db, groups, kinds, limit) {
    return findWith(this, db, groups, kinds, limit);
  },
};

// Each indexed table's stored vector (migration …_search_per_kind): titles weight A, the rest B.
const PG_TABLES: Record<IndexedKind, string> = {
  claim: "Claim",
  article: "Article",
  verdict: "Verdict",
  decision: "Decision",
};

/**
 * PostgreSQL full-text search over the stored vectors' GIN indexes: per kind, the first
 * RANKED_PER_KIND matches (LIMIT inside, so no more rows are read) ranked by ts_rank. On the lean
 * reader (lib/db/lean): one prepared statement, parsed once per connection, no Prisma in between.
 */
export const postgresEngine: Engine = {
  hitsSql(groups, kinds, limit) {
    const expression = tsQueryExpression(groups);
    const query = () => Prisma.sql`to_tsquery('simple'::regconfig, ${expression})`;
    const selects = kinds.map(
      (
        kind,
      ) => Prisma.sql`SELECT ${Prisma.raw(`'${kind}'`)} AS "kind", "id", ts_rank("searchVector", ${query()}) AS "score"
                   FROM (SELECT "id", "searchVector" FROM ${Prisma.raw(`"${PG_TABLES[kind]}"`)} WHERE "searchVector" @@ ${query()} LIMIT ${Prisma.raw(String(RANKED_PER_KIND))}) AS ${Prisma.raw(`"${kind}"`)}`,
    );
    return {
      ctes: [],
      hits: Prisma.sql`
      SELECT "kind", "id", "score" FROM (${Prisma.join(selects, " UNION ALL ")}) AS hits ORDER BY "score" DESC, "id" ASC LIMIT ${limit}`,
    };
  },
  find(db, groups, kinds, limit) {
    return findWith(this, db, groups, kinds, limit);
  },
};
