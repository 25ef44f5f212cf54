-- The comparison tallies (comparison_tallies) recounted once per statement, not once per row. One
-- transaction that changed thousands of claims (a bulk status change, a large import or restore, a
-- bench load) ran a recount per row, each updating the same few tally rows again: every update of a
-- row walks the versions this transaction's earlier updates left of it (none can be pruned before
-- the commit), so the cost grew with the square of the claims (a 100,000-claim load ran over an
-- hour). Statement-level triggers read the statement's rows from its transition tables and recount
-- all the claims it touched at once, set-based: each tally row is updated at most twice per
-- statement, with the sum of what every claim of the statement moved.
-- What a recount does is unchanged: what the claims were last counted for (ComparisonClaimTechnology,
-- ComparisonClaimArticle) is replaced by what they count for now, and the tallies move by the
-- difference, so recounting twice changes nothing. So is its concurrency: the claims' rows are locked
-- first (FOR NO KEY UPDATE, as comparison_claim_row_lock, in id order, so two bulk recounts cannot
-- deadlock on each other's claims), and each later statement of the recount sees what a transaction
-- it waited for committed.
-- Transition tables are not allowed on a trigger with several events or a column list: one trigger
-- per event, and the update triggers pick the rows whose counted columns changed.
-- SQLite is unchanged: its triggers queue the claims (ComparisonRecount) and one recount updates each
-- tally row once per claim, but SQLite keeps no row versions, so that costs the same for every claim.
-- Function bodies are escaped strings with every semicolon written as \x3b: the PostgreSQL driver
-- adapter applies a migration by splitting it at every semicolon, quoted or not.

DROP TRIGGER "Claim_comparison" ON "Claim";
DROP TRIGGER "ClaimToTechnology_comparison" ON "_ClaimToTechnology";
DROP TRIGGER "Citation_comparison" ON "Citation";
DROP TRIGGER "Article_comparison" ON "Article";
DROP FUNCTION sv_comparison_claim_trigger();
DROP FUNCTION sv_comparison_link_trigger();
DROP FUNCTION sv_comparison_citation_trigger();
DROP FUNCTION sv_comparison_article_trigger();
DROP FUNCTION sv_comparison_recount(text);
DROP FUNCTION sv_comparison_apply(text, integer);
DROP FUNCTION sv_comparison_article_add(text, text, integer);

-- What one claim counts for now: the technologies of a public claim…
CREATE FUNCTION sv_comparison_claim_technologies(claim text) RETURNS TABLE ("technologyId" text) LANGUAGE sql STABLE AS E'
  SELECT l."B" FROM "Claim" c JOIN "_ClaimToTechnology" l ON l."A" = c."id"
   WHERE c."id" = claim AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED'')
  OFFSET 0
';

-- …and, when it counts for one, its live citations per live source.
CREATE FUNCTION sv_comparison_claim_articles(claim text) RETURNS TABLE ("articleId" text, "citations" integer) LANGUAGE sql STABLE AS E'
  SELECT cit."articleId", count(*)::integer
    FROM "Citation" cit JOIN "Article" a ON a."id" = cit."articleId"
   WHERE cit."claimId" = claim AND cit."deletedAt" IS NULL AND a."deletedAt" IS NULL
     AND EXISTS (SELECT 1 FROM sv_comparison_claim_technologies(claim))
   GROUP BY cit."articleId"
';

-- Every query below starts from the list of claims and reaches each claim's rows through a lateral
-- subquery that the planner cannot flatten (OFFSET 0), so by index, whatever it believes of the
-- tables' sizes: tables just filled in bulk have no statistics yet, and plans that joined two sets of
-- unknown size (every public claim against the list, or the list against itself) took minutes for
-- 2,000 claims.

-- Claims per technology and per pair moved by what the claims count for now less what they were
-- counted for. Rows are upserted in key order, so concurrent recounts lock tally rows in one order.
CREATE FUNCTION sv_comparison_move_claims(ids text[]) RETURNS void LANGUAGE sql AS E'
  WITH claimed AS (
         SELECT i."id", ARRAY(SELECT "technologyId" FROM sv_comparison_claim_technologies(i."id")) AS technologies, 1 AS step
           FROM unnest(ids) AS i("id")
         UNION ALL
         SELECT i."id", ARRAY(SELECT r."technologyId" FROM "ComparisonClaimTechnology" r WHERE r."claimId" = i."id"), -1
           FROM unnest(ids) AS i("id")),
       technologies AS (
         INSERT INTO "ComparisonTechnology" ("technologyId", "claims")
           SELECT t."technologyId", sum(c.step) FROM claimed c CROSS JOIN LATERAL unnest(c.technologies) AS t("technologyId")
            GROUP BY t."technologyId" HAVING sum(c.step) <> 0 ORDER BY t."technologyId"
         ON CONFLICT ("technologyId") DO UPDATE SET "claims" = "ComparisonTechnology"."claims" + EXCLUDED."claims")
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT p.a, p.b, sum(c.step), 0
      FROM claimed c CROSS JOIN LATERAL (SELECT x AS a, y AS b FROM unnest(c.technologies) x, unnest(c.technologies) y WHERE x < y OFFSET 0) p
     GROUP BY p.a, p.b HAVING sum(c.step) <> 0 ORDER BY p.a, p.b
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "claims" = "ComparisonPair"."claims" + EXCLUDED."claims"
';

-- Counted citations per source and technology moved the same way. A source whose count for a
-- technology crosses zero joins (or leaves) every pair of that technology with the source's other
-- technologies: each pair of a source with a crossing moves by whether both count now less whether
-- both counted before. The crossings are found from what the upsert returns (the row as this
-- transaction now holds it locked), the source's other technologies read in a later statement,
-- which sees what other transactions committed meanwhile, as the row-level recount read them.
CREATE FUNCTION sv_comparison_move_articles(ids text[]) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  keys_article text[]\x3b
  keys_technology text[]\x3b
  moved_by integer[]\x3b
  now_counted integer[]\x3b
BEGIN
  WITH cited AS (
         SELECT x."articleId", x."technologyId", x."citations"
           FROM unnest(ids) AS i("id")
           CROSS JOIN LATERAL (
             SELECT a."articleId", t."technologyId", a."citations"
               FROM sv_comparison_claim_articles(i."id") a, sv_comparison_claim_technologies(i."id") t OFFSET 0) x
         UNION ALL
         SELECT x."articleId", x."technologyId", -x."citations"
           FROM unnest(ids) AS i("id")
           CROSS JOIN LATERAL (
             SELECT a."articleId", t."technologyId", a."citations"
               FROM "ComparisonClaimArticle" a JOIN "ComparisonClaimTechnology" t ON t."claimId" = a."claimId"
              WHERE a."claimId" = i."id" AND t."claimId" = i."id" OFFSET 0) x),
       delta AS (
         SELECT "articleId", "technologyId", sum("citations")::integer AS "citations"
           FROM cited GROUP BY "articleId", "technologyId" HAVING sum("citations") <> 0),
       moved AS (
         INSERT INTO "ComparisonArticleTechnology" ("articleId", "technologyId", "citations")
           SELECT "articleId", "technologyId", "citations" FROM delta ORDER BY "articleId", "technologyId"
         ON CONFLICT ("articleId", "technologyId") DO UPDATE SET "citations" = "ComparisonArticleTechnology"."citations" + EXCLUDED."citations"
         RETURNING "articleId", "technologyId", "citations")
  -- The upsert returns no delta: both sides as arrays in key order, which line up row for row.
  SELECT array_agg(m."articleId" ORDER BY m."articleId", m."technologyId"), array_agg(m."technologyId" ORDER BY m."articleId", m."technologyId"),
         array_agg(m."citations" ORDER BY m."articleId", m."technologyId"),
         (SELECT array_agg(d."citations" ORDER BY d."articleId", d."technologyId") FROM delta d)
    INTO keys_article, keys_technology, now_counted, moved_by
    FROM moved m\x3b
  IF keys_article IS NULL THEN
    RETURN\x3b
  END IF\x3b
  WITH crossed AS (
         SELECT k."articleId", array_agg(k."technologyId") AS technologies
           FROM unnest(keys_article, keys_technology, now_counted, moved_by) AS k("articleId", "technologyId", "now", "by")
          WHERE (k."now" - k."by" > 0) <> (k."now" > 0)
          GROUP BY k."articleId"),
       paired AS (
         SELECT p.a, p.b, p.step
           FROM crossed s CROSS JOIN LATERAL (
             SELECT x."technologyId" AS a, y."technologyId" AS b,
                    (x."citations" > 0 AND y."citations" > 0)::integer
                    - (((x."citations" > 0) <> (x."technologyId" = ANY (s.technologies))) AND ((y."citations" > 0) <> (y."technologyId" = ANY (s.technologies))))::integer AS step
               FROM "ComparisonArticleTechnology" x
               JOIN "ComparisonArticleTechnology" y ON y."articleId" = x."articleId" AND x."technologyId" < y."technologyId"
              WHERE x."articleId" = s."articleId"
                AND (x."citations" > 0 OR x."technologyId" = ANY (s.technologies))
                AND (y."citations" > 0 OR y."technologyId" = ANY (s.technologies))
                AND (x."technologyId" = ANY (s.technologies) OR y."technologyId" = ANY (s.technologies))
             OFFSET 0) p)
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT a, b, 0, sum(step) FROM paired GROUP BY a, b HAVING sum(step) <> 0 ORDER BY a, b
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "articles" = "ComparisonPair"."articles" + EXCLUDED."articles"\x3b
END ';

-- The recount of a set of claims. Claims deleted by this transaction are locked by the delete and
-- return no row: they count for nothing now. Without JIT: the per-claim subqueries' estimates pass
-- jit_above_cost for a few thousand claims, and compiling took seconds, ten times the query. By index
-- only: the claims' records (ComparisonClaimTechnology, …) filled earlier in the same transaction
-- still have statistics saying they are empty, and a sequential scan of them per claim made 20,000
-- claims take a hundred times as long as 1,000.
CREATE FUNCTION sv_comparison_recount(claims text[]) RETURNS void LANGUAGE plpgsql SET jit = off SET enable_seqscan = off AS E'
DECLARE
  ids text[]\x3b
BEGIN
  IF coalesce(cardinality(claims), 0) = 0 THEN
    RETURN\x3b
  END IF\x3b
  -- Each claim once (a claim listed twice would be counted twice), in id order for the lock.
  ids := ARRAY(SELECT DISTINCT unnest(claims) ORDER BY 1)\x3b
  PERFORM 1 FROM "Claim" WHERE "id" = ANY (ids) ORDER BY "id" FOR NO KEY UPDATE\x3b
  PERFORM sv_comparison_move_claims(ids)\x3b
  PERFORM sv_comparison_move_articles(ids)\x3b
  -- The record of what they count for now (rows of one claim each: rewriting them costs the same for
  -- every claim).
  DELETE FROM "ComparisonClaimTechnology" WHERE "claimId" = ANY (ids)\x3b
  DELETE FROM "ComparisonClaimArticle" WHERE "claimId" = ANY (ids)\x3b
  INSERT INTO "ComparisonClaimTechnology" ("claimId", "technologyId")
    SELECT i."id", t."technologyId" FROM unnest(ids) AS i("id") CROSS JOIN LATERAL sv_comparison_claim_technologies(i."id") t\x3b
  INSERT INTO "ComparisonClaimArticle" ("claimId", "articleId", "citations")
    SELECT i."id", a."articleId", a."citations" FROM unnest(ids) AS i("id") CROSS JOIN LATERAL sv_comparison_claim_articles(i."id") a\x3b
END ';

-- Who asks for a recount, once per statement.
CREATE FUNCTION sv_comparison_claims_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    PERFORM sv_comparison_recount(ARRAY(SELECT "id" FROM old_rows))\x3b
  ELSE
    PERFORM sv_comparison_recount(ARRAY(
      SELECT n."id" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
       WHERE (o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL AND o."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED''))
          <> (n."deletedAt" IS NULL AND n."mergedIntoId" IS NULL AND n."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED''))))\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

-- Links and citations removed with their claim (the delete's cascade) are left to the claim's own
-- trigger, which recounts all the statement's deleted claims at once after the cascade.
CREATE FUNCTION sv_comparison_links_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM sv_comparison_recount(ARRAY(SELECT DISTINCT "A" FROM new_rows))\x3b
  ELSIF TG_OP = ''UPDATE'' THEN
    PERFORM sv_comparison_recount(ARRAY(SELECT "A" FROM old_rows UNION SELECT "A" FROM new_rows))\x3b
  ELSE
    PERFORM sv_comparison_recount(ARRAY(SELECT DISTINCT o."A" FROM old_rows o JOIN "Claim" c ON c."id" = o."A"))\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE FUNCTION sv_comparison_citations_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM sv_comparison_recount(ARRAY(SELECT DISTINCT "claimId" FROM new_rows))\x3b
  ELSIF TG_OP = ''UPDATE'' THEN
    PERFORM sv_comparison_recount(ARRAY(
      SELECT o."claimId" FROM old_rows o JOIN new_rows n ON n."id" = o."id"
       WHERE (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL) OR o."claimId" <> n."claimId" OR o."articleId" <> n."articleId"
      UNION
      SELECT n."claimId" FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE o."claimId" <> n."claimId"))\x3b
  ELSE
    PERFORM sv_comparison_recount(ARRAY(SELECT DISTINCT o."claimId" FROM old_rows o JOIN "Claim" c ON c."id" = o."claimId"))\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE FUNCTION sv_comparison_articles_changed() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM sv_comparison_recount(ARRAY(
    SELECT DISTINCT cit."claimId" FROM old_rows o JOIN new_rows n ON n."id" = o."id" JOIN "Citation" cit ON cit."articleId" = n."id"
     WHERE (o."deletedAt" IS NULL) <> (n."deletedAt" IS NULL)))\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "Claim_comparison_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_claims_changed();
CREATE TRIGGER "Claim_comparison_delete" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_claims_changed();
CREATE TRIGGER "ClaimToTechnology_comparison_insert" AFTER INSERT ON "_ClaimToTechnology"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_links_changed();
CREATE TRIGGER "ClaimToTechnology_comparison_update" AFTER UPDATE ON "_ClaimToTechnology"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_links_changed();
CREATE TRIGGER "ClaimToTechnology_comparison_delete" AFTER DELETE ON "_ClaimToTechnology"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_links_changed();
CREATE TRIGGER "Citation_comparison_insert" AFTER INSERT ON "Citation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_citations_changed();
CREATE TRIGGER "Citation_comparison_update" AFTER UPDATE ON "Citation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_citations_changed();
CREATE TRIGGER "Citation_comparison_delete" AFTER DELETE ON "Citation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_citations_changed();
CREATE TRIGGER "Article_comparison_update" AFTER UPDATE ON "Article"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sv_comparison_articles_changed();
