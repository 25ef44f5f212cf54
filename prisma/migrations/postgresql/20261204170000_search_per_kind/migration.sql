-- Stored search vectors (lib/search/engines.ts), hand-written like 20261121210500_public_search.
-- The GIN indexes of the earlier migrations were on expressions: every match found through them was
-- rechecked (phrases) and ranked (ts_rank) by parsing its text again, ~50 µs a row, so a common word
-- matching 20,000 claims cost a second. A generated column holds the very same vector, computed
-- once per write, and the indexes now cover the column. The index names stay, and lib/admin/list-sql.ts
-- reads the definition of "Claim_search_idx" from the catalogue, so the claim search of the admin follows.
-- The Prisma schema cannot describe tsvector columns, and the schema snapshot never sees them, so
-- later migrations leave them be.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "statement"), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce("topic", '') || ' ' || coalesce("metric", '') || ' ' || coalesce("unit", '')), 'B')
) STORED;
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, left("text", 100000)), 'B')
) STORED;
ALTER TABLE "Verdict" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "summary" || ' ' || "rationale"), 'B')
) STORED;
ALTER TABLE "Decision" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "chosenOption" || ' ' || "context" || ' ' || "rationale"), 'B')
) STORED;

DROP INDEX IF EXISTS "Claim_search_idx";
DROP INDEX IF EXISTS "Article_search_idx";
DROP INDEX IF EXISTS "Verdict_search_idx";
DROP INDEX IF EXISTS "Decision_search_idx";
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("searchVector");
CREATE INDEX "Verdict_search_idx" ON "Verdict" USING GIN ("searchVector");
CREATE INDEX "Decision_search_idx" ON "Decision" USING GIN ("searchVector");
