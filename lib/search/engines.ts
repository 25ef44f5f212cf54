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

export interface Engine {
  /** The best `limit` matches, best first. */
  find(db: Db, groups: Group[], kinds: readonly IndexedKind[], limit: number): Promise<Match[]>;
}

/**
 * Matches ranked per kind and search, at most. A common word matches tens of thousands of claims,
 * and ranking all of them (bm25 reads every match's positions, and first counts every document
 * holding each phrase; ts_rank reads every match's vector) costs more than a whole search may
 * take. Work per search is bounded by this window instead, and `limit` is taken from its best.
 */
export const RANKED_PER_KIND = 500;

/**
 * One FTS5 table per kind (migration …_search_per_kind), each yielding its matches newest first.
 * The claims' index is contentless (migration …_claim_search_keys): its rowid is the claim's key in
 * "ClaimSearchKey", where the id is read; the others keep the id in the index itself. `weights`
 * are bm25's per column of the table: titles 4, the rest 1 (an id column counts for nothing).
 */
const FTS_TABLES: Record<IndexedKind, { table: string; ids: string | null; weights: string }> = {
  claim: { table: "ClaimSearch", ids: "ClaimSearchKey", weights: "4.0, 1.0" },
  article: { table: "ArticleSearch", ids: null, weights: "0.0, 4.0, 1.0" },
  verdict: { table: "VerdictSearch", ids: null, weights: "0.0, 4.0, 1.0" },
  decision: { table: "DecisionSearch", ids: null, weights: "0.0, 4.0, 1.0" },
};

/** A match and its place among its kind's newest (0 when ranked by bm25). */
type Placed = Match & { place: number };

/**
 * The id of each of `inner`'s rows, in `inner`'s order. `inner` selects "rowid", "score", "place"
 * and, from an index that holds it, "id" (`idColumn`); a claim's id is looked up by its key.
 */
function withIds(kind: IndexedKind, inner: (idColumn: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  const { ids } = FTS_TABLES[kind];
  return ids
    ? Prisma.sql`SELECT "k"."id" AS "id", "m"."score" AS "score" FROM (${inner(Prisma.empty)}) AS "m"
                 CROSS JOIN ${Prisma.raw(`"${ids}"`)} AS "k" ON "k"."key" = "m"."rowid" ORDER BY "m"."place"`
    : Prisma.sql`SELECT "id", "score" FROM (${inner(Prisma.sql`, "id"`)}) ORDER BY "place"`;
}

/**
 * One kind's matches. FTS5 yields a MATCH in rowid order (the order rows were written) without
 * sorting, so the newest RANKED_PER_KIND are found for the cost of reading them. When they are all
 * the kind's matches, bm25 ranks them (titles weighted 4:1). When there are more, bm25 would first
 * count every document holding each phrase (~10 ms for a phrase in 20,000 claims): the newest come
 * first instead, with score 0 (below any ranked match: bm25 never scores 0) and their place among
 * the newest, so that several such kinds share the `limit` evenly. Matches are found by rowid and
 * only the `limit` kept are turned into ids (withIds).
 */
async function ftsMatches(db: Db, kind: IndexedKind, expression: string, limit: number): Promise<Placed[]> {
  const table = Prisma.raw(`"${FTS_TABLES[kind].table}"`);
  const max = Prisma.raw(String(limit));
  // Counted up to the window by rowid alone (reading each match's id costs as much as finding it).
  const [{ matches }] = await leanQuery<{ matches: number }>(
    db,
    Prisma.sql`SELECT count(*) AS "matches" FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ${expression}
                ORDER BY rowid DESC LIMIT ${Prisma.raw(String(RANKED_PER_KIND))})`,
  );
  if (Number(matches) === 0) return [];
  if (Number(matches) >= RANKED_PER_KIND) {
    const newest = await leanQuery<{ id: string }>(
      db,
      withIds(
        kind,
        (id) => Prisma.sql`SELECT rowid AS "rowid", 0 AS "score", -rowid AS "place"${id} FROM ${table}
                           WHERE ${table} MATCH ${expression} ORDER BY rowid DESC LIMIT ${max}`,
      ),
    );
    return newest.map((row, at) => ({ kind, id: row.id, score: 0, place: at + 1 }));
  }
  const ranked = await leanQuery<{ id: string; score: number }>(
    db,
    withIds(
      kind,
      (id) => Prisma.sql`SELECT "rowid", "score", -"score" AS "place"${id} FROM (
                           SELECT rowid AS "rowid", -bm25(${table}, ${Prisma.raw(FTS_TABLES[kind].weights)}) AS "score"${id}
                           FROM ${table} WHERE ${table} MATCH ${expression} ORDER BY "score" DESC LIMIT ${max})`,
    ),
  );
  return ranked.map((row) => ({ kind, id: row.id, score: Number(row.score), place: 0 }));
}

/**
 * SQLite FTS5: each kind's matches, ranked by bm25 or newest first (ftsMatches), the best `limit` of
 * all. A few small statements, each on the lean reader (lib/db/lean): SQLite answers in this process,
 * so there is no round trip to save by asking in one statement, and one statement doing it all (each
 * kind's newest as a CTE, counted, numbered and unioned) cost twice as much as these.
 */
export const sqliteEngine: Engine = {
  async find(db, groups, kinds, limit) {
    const expression = fts5Expression(groups);
    const found: Placed[] = [];
    for (const kind of kinds) found.push(...(await ftsMatches(db, kind, expression, limit)));
    // Stable: ties keep the kinds' order, and each kind's own.
    found.sort((a, b) => b.score - a.score || a.place - b.place);
    return found.slice(0, limit).map(({ kind, id, score }) => ({ kind, id, score }));
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
export const postgresEngine: Engine & {
  /**
   * The matches as SQL yielding "kind", "id", "score" of the best `limit`, for lib/search/rows to read
   * with the visible rows in the same statement (one round trip).
   */
  hitsSql(groups: Group[], kinds: readonly IndexedKind[], limit: number): Prisma.Sql;
} = {
  hitsSql(groups, kinds, limit) {
    const expression = tsQueryExpression(groups);
    const query = () => Prisma.sql`to_tsquery('simple'::regconfig, ${expression})`;
    const selects = kinds.map(
      (
        kind,
      ) => Prisma.sql`SELECT ${Prisma.raw(`'${kind}'`)} AS "kind", "id", ts_rank("searchVector", ${query()}) AS "score"
                   FROM (SELECT "id", "searchVector" FROM ${Prisma.raw(`"${PG_TABLES[kind]}"`)} WHERE "searchVector" @@ ${query()} LIMIT ${Prisma.raw(String(RANKED_PER_KIND))}) AS ${Prisma.raw(`"${kind}"`)}`,
    );
    return Prisma.sql`
      SELECT "kind", "id", "score" FROM (${Prisma.join(selects, " UNION ALL ")}) AS hits ORDER BY "score" DESC, "id" ASC LIMIT ${limit}`;
  },
  async find(db, groups, kinds, limit) {
    if (kinds.length === 0) return [];
    const rows = await leanQuery<{ kind: IndexedKind; id: string; score: number }>(
      db,
      this.hitsSql(groups, kinds, limit),
    );
    return rows.map((r) => ({ kind: r.kind, id: r.id, score: Number(r.score) }));
  },
};
