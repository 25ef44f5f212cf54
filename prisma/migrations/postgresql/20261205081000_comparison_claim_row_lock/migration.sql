-- Recounting a claim's comparison tallies (comparison_tallies) is serialised per claim by a lock on the
-- claim's own row instead of a transaction-level advisory lock. Advisory locks live in PostgreSQL's
-- shared lock table (max_locks_per_transaction × max_connections, about 6,400 by default) until the
-- transaction ends, so one transaction that touched more claims than that (a bulk status change, a
-- large import or restore) failed with "out of shared memory". A row lock is kept in the row itself and
-- costs no shared memory however many claims one transaction recounts. FOR NO KEY UPDATE conflicts
-- with another recount of the claim (which waits, then reads what the first committed, as before) and
-- with an update of the claim, but not with the foreign-key checks of rows that point at it. A claim
-- being deleted by this transaction is already locked by the delete, and no row is returned.
-- Function bodies are escaped strings with every semicolon written as \x3b: the PostgreSQL driver
-- adapter applies a migration by splitting it at every semicolon, quoted or not.
CREATE OR REPLACE FUNCTION sv_comparison_recount(claim text) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "Claim" WHERE "id" = claim FOR NO KEY UPDATE\x3b
  PERFORM sv_comparison_apply(claim, -1)\x3b
  DELETE FROM "ComparisonClaimTechnology" WHERE "claimId" = claim\x3b
  DELETE FROM "ComparisonClaimArticle" WHERE "claimId" = claim\x3b
  INSERT INTO "ComparisonClaimTechnology" ("claimId", "technologyId")
    SELECT l."A", l."B" FROM "_ClaimToTechnology" l JOIN "Claim" c ON c."id" = l."A"
     WHERE l."A" = claim AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED'')\x3b
  IF FOUND THEN
    INSERT INTO "ComparisonClaimArticle" ("claimId", "articleId", "citations")
      SELECT cit."claimId", cit."articleId", count(*)
        FROM "Citation" cit JOIN "Article" a ON a."id" = cit."articleId" AND a."deletedAt" IS NULL
       WHERE cit."claimId" = claim AND cit."deletedAt" IS NULL
       GROUP BY cit."claimId", cit."articleId"\x3b
    PERFORM sv_comparison_apply(claim, 1)\x3b
  END IF\x3b
END ';
