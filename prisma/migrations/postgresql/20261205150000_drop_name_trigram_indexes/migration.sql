-- (No semicolon in these comments: the PostgreSQL driver adapter splits a migration at every one.)
-- The trigram (GiST) indexes on technology and use-case names (20261204140000_search_everything) go:
-- no query uses them any more. Typo correction moved to the search catalogue's vocabulary, held in
-- memory on both databases (lib/search/typo.ts, lib/search/catalogue.ts), and nothing else asks for a
-- trigram operator (%, <->, <<->, similarity). Checked with EXPLAIN over every statement lib/search
-- sends on the demo data (words, phrases, typos, "X vs Y", suggestions): with sequential scans allowed
-- no plan names either index, and pg_stat_user_indexes.idx_scan stayed 0 for both. With
-- enable_seqscan off the planner picks one only to count every row of the table (the catalogue's
-- change fingerprint, `SELECT count(*) FROM "Technology"`), which any index or the table serves as well.
-- Every write to a name still paid to keep them. The pg_trgm extension stays: dropping an extension
-- may need rights a hosted database does not give, and it costs nothing unused.
DROP INDEX IF EXISTS "Technology_name_trgm_idx";
DROP INDEX IF EXISTS "UseCase_name_trgm_idx";
