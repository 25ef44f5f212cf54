-- The comparison recount reads each claim's own rows by key, whatever the planner believes of the
-- tables. Inside one transaction that fills Claim and Citation in bulk (a large import or restore, the
-- bench:search load), the tables' statistics still say they are nearly empty, and the recount runs
-- with enable_seqscan off (comparison_statement_triggers): the planner then read one claim's citations
-- as a BitmapAnd of the claimId index with "deletedAt IS NULL" on Citation_deletedAt_updatedAt_id_idx,
-- which holds every live citation written so far. Each claim's lookup so grew with the table, and a
-- load of 100,000 claims with their citations, as statements of ~4,300 rows, did not finish in ten
-- minutes (EXPLAIN ANALYZE through auto_explain: 8,570 index entries read per claim at 10,000 claims,
-- 0.4 ms each, 1.2 ms per claim in all).
-- Each lookup now reads the claim's rows by its key in a subquery the planner cannot flatten (OFFSET 0),
-- so conditions on deletedAt, mergedIntoId and status are checked on those few rows, not combined
-- with an index over the whole table. What the functions return is unchanged.
-- No semicolon in this file but the statements' own: the driver adapter splits a migration at every one,
-- in comments too.

CREATE OR REPLACE FUNCTION sv_comparison_claim_technologies(claim text) RETURNS TABLE ("technologyId" text) LANGUAGE sql STABLE AS E'
  SELECT l."B"
    FROM (SELECT "id", "deletedAt", "mergedIntoId", "status" FROM "Claim" WHERE "id" = claim OFFSET 0) c
    JOIN "_ClaimToTechnology" l ON l."A" = c."id"
   WHERE c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED'')
  OFFSET 0
';

CREATE OR REPLACE FUNCTION sv_comparison_claim_articles(claim text) RETURNS TABLE ("articleId" text, "citations" integer) LANGUAGE sql STABLE AS E'
  SELECT cit."articleId", count(*)::integer
    FROM (SELECT "articleId", "deletedAt" FROM "Citation" WHERE "claimId" = claim OFFSET 0) cit
    CROSS JOIN LATERAL (SELECT "deletedAt" FROM "Article" WHERE "id" = cit."articleId" OFFSET 0) a
   WHERE cit."deletedAt" IS NULL AND a."deletedAt" IS NULL
     AND EXISTS (SELECT 1 FROM sv_comparison_claim_technologies(claim))
   GROUP BY cit."articleId"
';
