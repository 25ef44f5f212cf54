// The two full-text engines behind lib/search: each finds (kind, id, score) of matching rows,
// best first. Visibility is not their business: lib/search filters what they return.
// Each also proposes typo corrections from its own machinery (see nearNames).
import type { Db } from "@/lib/db/client";
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
  find(db: Db, groups: Group[], kinds: readonly IndexedKind[], limit: number): Promise<Match[]>;
  /** Names (of technologies and use cases) near a typed word, nearest first; null: use the whole vocabulary. */
  nearNames(db: Db, word: string): Promise<string[] | null>;
}

/** SQLite FTS5 (migrations …_public_search and …_search_everything): bm25 with titles weighted 4:1. */
export const sqliteEngine: Engine = {
  async find(db, groups, kinds, limit) {
    const rows = await db.$queryRawUnsafe<{ kind: IndexedKind; id: string; score: number }[]>(
      `SELECT "kind", "id", -bm25("SearchIndex", 0.0, 0.0, 4.0, 1.0) AS "score"
         FROM "SearchIndex"
        WHERE "SearchIndex" MATCH ? AND "kind" IN (${kinds.map(() => "?").join(", ")})
        ORDER BY bm25("SearchIndex", 0.0, 0.0, 4.0, 1.0)
        LIMIT ?`,
      fts5Expression(groups),
      ...kinds,
      limit,
    );
    return rows.map((r) => ({ kind: r.kind, id: r.id, score: Number(r.score) }));
  },
  // The name vocabulary is a few hundred words, held in memory (lib/search/catalogue): edit
  // distance over all of it is cheaper than any index lookup.
  nearNames: async () => null,
};

// The exact expressions of the GIN indexes in the PostgreSQL migrations: the planner only uses an
// index whose expression matches the query's.
const VECTORS: Record<IndexedKind, { table: string; vector: string }> = {
  claim: {
    table: "Claim",
    vector: `(setweight(to_tsvector('simple'::regconfig, "statement"), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("topic", '') || ' ' || coalesce("metric", '') || ' ' || coalesce("unit", '')), 'B'))`,
  },
  article: {
    table: "Article",
    vector: `(setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, left("text", 100000)), 'B'))`,
  },
  verdict: {
    table: "Verdict",
    vector: `(setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary" || ' ' || "rationale"), 'B'))`,
  },
  decision: {
    table: "Decision",
    vector: `(setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "chosenOption" || ' ' || "context" || ' ' || "rationale"), 'B'))`,
  },
};

/** PostgreSQL full-text search over the expression indexes, ranked by ts_rank; pg_trgm for names. */
export const postgresEngine: Engine = {
  async find(db, groups, kinds, limit) {
    // The tsquery is written out in every branch (no shared CTE) so each can use its table's index.
    const query = `to_tsquery('simple'::regconfig, $1)`;
    const selects = kinds.map(
      (kind) => `SELECT '${kind}' AS "kind", "id", ts_rank(${VECTORS[kind].vector}, ${query}) AS "score"
                   FROM "${VECTORS[kind].table}" WHERE ${VECTORS[kind].vector} @@ ${query}`,
    );
    const rows = await db.$queryRawUnsafe<{ kind: IndexedKind; id: string; score: number }[]>(
      `SELECT "kind", "id", "score" FROM (${selects.join(" UNION ALL ")}) AS hits ORDER BY "score" DESC, "id" ASC LIMIT $2`,
      tsQueryExpression(groups),
      limit,
    );
    return rows.map((r) => ({ kind: r.kind, id: r.id, score: Number(r.score) }));
  },
  // Nearest names by trigram word distance (<<->), served by the GiST indexes of …_search_everything.
  async nearNames(db, word) {
    const rows = await db.$queryRawUnsafe<{ name: string }[]>(
      `(SELECT "name" FROM "Technology" WHERE "deletedAt" IS NULL AND "status" = 'ACTIVE' ORDER BY $1 <<-> lower("name") LIMIT 5)
       UNION ALL
       (SELECT "name" FROM "UseCase" WHERE "deletedAt" IS NULL ORDER BY $1 <<-> lower("name") LIMIT 3)`,
      word,
    );
    return rows.map((r) => r.name);
  },
};
