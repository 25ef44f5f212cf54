// The two full-text engines behind lib/search: each finds (kind, id, score) of matching rows,
// best first. Visibility is not their business: lib/search filters what they return.
import type { Db } from "@/lib/db/client";
import { fts5Expression, tsQueryExpression } from "./query";

export const SEARCH_KINDS = ["claim", "article", "verdict"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface Match {
  kind: SearchKind;
  id: string;
  /** Higher is better, comparable within one search. */
  score: number;
}

export type Engine = (db: Db, terms: string[], kinds: readonly SearchKind[], limit: number) => Promise<Match[]>;

/** SQLite FTS5 (migration 20261121210500_public_search): bm25 with titles weighted 4:1. */
export const sqliteEngine: Engine = async (db, terms, kinds, limit) => {
  const rows = await db.$queryRawUnsafe<{ kind: SearchKind; id: string; score: number }[]>(
    `SELECT "kind", "id", -bm25("SearchIndex", 0.0, 0.0, 4.0, 1.0) AS "score"
       FROM "SearchIndex"
      WHERE "SearchIndex" MATCH ? AND "kind" IN (${kinds.map(() => "?").join(", ")})
      ORDER BY bm25("SearchIndex", 0.0, 0.0, 4.0, 1.0)
      LIMIT ?`,
    fts5Expression(terms),
    ...kinds,
    limit,
  );
  return rows.map((r) => ({ kind: r.kind, id: r.id, score: Number(r.score) }));
};

// The exact expressions of the GIN indexes in the PostgreSQL migration: the planner only uses an
// index whose expression matches the query's.
const VECTORS: Record<SearchKind, { table: string; vector: string }> = {
  claim: {
    table: "Claim",
    vector: `(setweight(to_tsvector('simple'::regconfig, "statement"), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("topic", '')), 'B'))`,
  },
  article: {
    table: "Article",
    vector: `(setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, left("text", 100000)), 'B'))`,
  },
  verdict: {
    table: "Verdict",
    vector: `(setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary" || ' ' || "rationale"), 'B'))`,
  },
};

/** PostgreSQL full-text search over the expression indexes, ranked by ts_rank. */
export const postgresEngine: Engine = async (db, terms, kinds, limit) => {
  // The tsquery is written out in every branch (no shared CTE) so each can use its table's index.
  const query = `to_tsquery('simple'::regconfig, $1)`;
  const selects = kinds.map(
    (kind) => `SELECT '${kind}' AS "kind", "id", ts_rank(${VECTORS[kind].vector}, ${query}) AS "score"
                 FROM "${VECTORS[kind].table}" WHERE ${VECTORS[kind].vector} @@ ${query}`,
  );
  const rows = await db.$queryRawUnsafe<{ kind: SearchKind; id: string; score: number }[]>(
    `SELECT "kind", "id", "score" FROM (${selects.join(" UNION ALL ")}) AS hits ORDER BY "score" DESC, "id" ASC LIMIT $2`,
    tsQueryExpression(terms),
    limit,
  );
  return rows.map((r) => ({ kind: r.kind, id: r.id, score: Number(r.score) }));
};
