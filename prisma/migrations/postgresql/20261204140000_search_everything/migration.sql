-- Search over everything public (lib/search), hand-written like 20261121210500_public_search.
-- 1. Claims are also found by what they measure: metric and unit join the topic (weight B).
-- 2. Decisions get a GIN index on the expression lib/search/engines.ts queries.
-- 3. pg_trgm: trigram (GiST) indexes on technology and use-case names, searched nearest-first
--    (KNN on the word-similarity distance) to correct typos ("djnago" → Django). Only names are in
--    the trigram vocabulary: a typo in a name is what a visitor makes, and all text would be huge.
-- Technologies, use cases and comparisons themselves are matched in memory from one cached catalogue.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

DROP INDEX IF EXISTS "Claim_search_idx";
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (
  (setweight(to_tsvector('simple'::regconfig, "statement"), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("topic", '') || ' ' || coalesce("metric", '') || ' ' || coalesce("unit", '')), 'B'))
);
CREATE INDEX "Decision_search_idx" ON "Decision" USING GIN (
  (setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "chosenOption" || ' ' || "context" || ' ' || "rationale"), 'B'))
);
CREATE INDEX "Technology_name_trgm_idx" ON "Technology" USING GIST (lower("name") gist_trgm_ops);
CREATE INDEX "UseCase_name_trgm_idx" ON "UseCase" USING GIST (lower("name") gist_trgm_ops);
