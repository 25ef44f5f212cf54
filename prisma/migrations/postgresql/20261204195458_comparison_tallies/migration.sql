-- CreateTable
CREATE TABLE "ComparisonTechnology" (
    "technologyId" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComparisonTechnology_pkey" PRIMARY KEY ("technologyId")
);

-- CreateTable
CREATE TABLE "ComparisonPair" (
    "technologyA" TEXT NOT NULL,
    "technologyB" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "articles" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComparisonPair_pkey" PRIMARY KEY ("technologyA","technologyB")
);

-- CreateTable
CREATE TABLE "ComparisonArticleTechnology" (
    "articleId" TEXT NOT NULL,
    "technologyId" TEXT NOT NULL,
    "citations" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComparisonArticleTechnology_pkey" PRIMARY KEY ("articleId","technologyId")
);

-- CreateTable
CREATE TABLE "ComparisonClaimTechnology" (
    "claimId" TEXT NOT NULL,
    "technologyId" TEXT NOT NULL,

    CONSTRAINT "ComparisonClaimTechnology_pkey" PRIMARY KEY ("claimId","technologyId")
);

-- CreateTable
CREATE TABLE "ComparisonClaimArticle" (
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "citations" INTEGER NOT NULL,

    CONSTRAINT "ComparisonClaimArticle_pkey" PRIMARY KEY ("claimId","articleId")
);

-- CreateTable
CREATE TABLE "ComparisonRecount" (
    "id" SERIAL NOT NULL,
    "claimId" TEXT NOT NULL,

    CONSTRAINT "ComparisonRecount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComparisonPair_technologyB_idx" ON "ComparisonPair"("technologyB");


-- The home page comparisons kept current in the transaction of every write (lib/public/home.ts).
-- A claim is recounted whenever what it counts for may have changed: its publicity (status,
-- deletedAt, mergedIntoId), its technologies, its citations, a cited source deleted or restored.
-- Recounting subtracts what the claim was last counted for (ComparisonClaimTechnology,
-- ComparisonClaimArticle), reads what it counts for now, and adds that: recounting twice changes
-- nothing, so the row triggers (which run at the end of their statement and see all of it) may ask
-- for it as often as they like. Hard deletes cascade to the links and citations, whose triggers
-- recount the claim (gone, so counted for nothing). The state of technologies is not counted: the
-- reader keeps live technologies only. ComparisonRecount is used on SQLite only.
-- Function bodies are escaped strings with every semicolon written as \x3b: the PostgreSQL driver
-- adapter applies a migration by splitting it at every semicolon, quoted or not.

-- The counted citations of one source for one technology moved by `delta`: when that crosses zero, the
-- source joins (or leaves) every pair of the technology with the other technologies of the source.
CREATE FUNCTION sv_comparison_article_add(article text, technology text, delta integer) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  now_citations integer\x3b
  step integer\x3b
BEGIN
  INSERT INTO "ComparisonArticleTechnology" ("articleId", "technologyId", "citations") VALUES (article, technology, delta)
  ON CONFLICT ("articleId", "technologyId") DO UPDATE SET "citations" = "ComparisonArticleTechnology"."citations" + EXCLUDED."citations"
  RETURNING "citations" INTO now_citations\x3b
  IF (now_citations - delta > 0) = (now_citations > 0) THEN
    RETURN\x3b
  END IF\x3b
  step := CASE WHEN now_citations > 0 THEN 1 ELSE -1 END\x3b
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT least(o."technologyId", technology), greatest(o."technologyId", technology), 0, step
      FROM "ComparisonArticleTechnology" o
     WHERE o."articleId" = article AND o."technologyId" <> technology AND o."citations" > 0
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "articles" = "ComparisonPair"."articles" + EXCLUDED."articles"\x3b
END ';

-- Adds (sign 1) or subtracts (sign -1) what the claim is recorded as counted for.
CREATE FUNCTION sv_comparison_apply(claim text, sign integer) RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  r record\x3b
BEGIN
  INSERT INTO "ComparisonTechnology" ("technologyId", "claims")
    SELECT "technologyId", sign FROM "ComparisonClaimTechnology" WHERE "claimId" = claim
  ON CONFLICT ("technologyId") DO UPDATE SET "claims" = "ComparisonTechnology"."claims" + EXCLUDED."claims"\x3b
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT t1."technologyId", t2."technologyId", sign, 0
      FROM "ComparisonClaimTechnology" t1 JOIN "ComparisonClaimTechnology" t2 ON t2."claimId" = t1."claimId" AND t1."technologyId" < t2."technologyId"
     WHERE t1."claimId" = claim
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "claims" = "ComparisonPair"."claims" + EXCLUDED."claims"\x3b
  -- One by one: each step sees the zero crossings of the previous one.
  FOR r IN SELECT a."articleId", t."technologyId", a."citations"
             FROM "ComparisonClaimArticle" a JOIN "ComparisonClaimTechnology" t ON t."claimId" = a."claimId"
            WHERE a."claimId" = claim
  LOOP
    PERFORM sv_comparison_article_add(r."articleId", r."technologyId", sign * r."citations")\x3b
  END LOOP\x3b
END ';

CREATE FUNCTION sv_comparison_recount(claim text) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  -- Two transactions recounting one claim would both subtract the same record: one waits.
  PERFORM pg_advisory_xact_lock(hashtext(''sv_comparison:'' || claim))\x3b
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

CREATE FUNCTION sv_comparison_claim_trigger() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    PERFORM sv_comparison_recount(OLD."id")\x3b
  ELSIF (OLD."deletedAt" IS NULL AND OLD."mergedIntoId" IS NULL AND OLD."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED''))
     IS DISTINCT FROM (NEW."deletedAt" IS NULL AND NEW."mergedIntoId" IS NULL AND NEW."status" IN (''VERIFIED'', ''DISPUTED'', ''REFUTED'')) THEN
    PERFORM sv_comparison_recount(NEW."id")\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE FUNCTION sv_comparison_link_trigger() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    PERFORM sv_comparison_recount(OLD."A")\x3b
  END IF\x3b
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    PERFORM sv_comparison_recount(NEW."A")\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE FUNCTION sv_comparison_citation_trigger() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    PERFORM sv_comparison_recount(OLD."claimId")\x3b
  END IF\x3b
  IF TG_OP = ''INSERT'' OR (TG_OP = ''UPDATE'' AND NEW."claimId" <> OLD."claimId") THEN
    PERFORM sv_comparison_recount(NEW."claimId")\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE FUNCTION sv_comparison_article_trigger() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  claim text\x3b
BEGIN
  IF (OLD."deletedAt" IS NULL) IS DISTINCT FROM (NEW."deletedAt" IS NULL) THEN
    FOR claim IN SELECT DISTINCT "claimId" FROM "Citation" WHERE "articleId" = NEW."id" LOOP
      PERFORM sv_comparison_recount(claim)\x3b
    END LOOP\x3b
  END IF\x3b
  RETURN NULL\x3b
END ';

CREATE TRIGGER "Claim_comparison" AFTER UPDATE OF "status", "deletedAt", "mergedIntoId" OR DELETE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION sv_comparison_claim_trigger();
CREATE TRIGGER "ClaimToTechnology_comparison" AFTER INSERT OR UPDATE OR DELETE ON "_ClaimToTechnology"
  FOR EACH ROW EXECUTE FUNCTION sv_comparison_link_trigger();
CREATE TRIGGER "Citation_comparison" AFTER INSERT OR UPDATE OF "deletedAt", "claimId", "articleId" OR DELETE ON "Citation"
  FOR EACH ROW EXECUTE FUNCTION sv_comparison_citation_trigger();
CREATE TRIGGER "Article_comparison" AFTER UPDATE OF "deletedAt" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION sv_comparison_article_trigger();

-- Backfill: every public claim counted once.
SELECT sv_comparison_recount("id") FROM "Claim" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL AND "status" IN ('VERIFIED', 'DISPUTED', 'REFUTED');
