-- CreateTable
CREATE TABLE "ComparisonTechnology" (
    "technologyId" TEXT NOT NULL PRIMARY KEY,
    "claims" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ComparisonPair" (
    "technologyA" TEXT NOT NULL,
    "technologyB" TEXT NOT NULL,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "articles" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("technologyA", "technologyB")
);

-- CreateTable
CREATE TABLE "ComparisonArticleTechnology" (
    "articleId" TEXT NOT NULL,
    "technologyId" TEXT NOT NULL,
    "citations" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "technologyId")
);

-- CreateTable
CREATE TABLE "ComparisonClaimTechnology" (
    "claimId" TEXT NOT NULL,
    "technologyId" TEXT NOT NULL,

    PRIMARY KEY ("claimId", "technologyId")
);

-- CreateTable
CREATE TABLE "ComparisonClaimArticle" (
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "citations" INTEGER NOT NULL,

    PRIMARY KEY ("claimId", "articleId")
);

-- CreateTable
CREATE TABLE "ComparisonRecount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ComparisonPair_technologyB_idx" ON "ComparisonPair"("technologyB");


-- The home page comparisons kept current in the transaction of every write (lib/public/home.ts).
-- A claim is recounted whenever what it counts for may have changed: its publicity (status,
-- deletedAt, mergedIntoId), its technologies, its citations, a cited source deleted or restored.
-- Recounting subtracts what the claim was last counted for (ComparisonClaimTechnology,
-- ComparisonClaimArticle), reads what it counts for now, and adds that: recounting twice changes
-- nothing, so a write may ask for it as often as it likes. Hard deletes cascade to the links and
-- citations, whose triggers recount the claim (gone, so counted for nothing).
-- The state of technologies is not counted: the reader keeps live technologies only.
-- NOTE: SQLite drops a table triggers with the table; a later migration that rebuilds Claim,
-- Citation, Article or _ClaimToTechnology must create these triggers again
-- (tests/lib/public/home-tallies.test.ts fails otherwise).

-- A source gaining its first counted citation for a technology joins every pair of that technology
-- with the other technologies of the source; losing its last one leaves them.
CREATE TRIGGER "ComparisonArticleTechnology_insert" AFTER INSERT ON "ComparisonArticleTechnology" WHEN NEW."citations" > 0
BEGIN
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT min(o."technologyId", NEW."technologyId"), max(o."technologyId", NEW."technologyId"), 0, 1
      FROM "ComparisonArticleTechnology" o
     WHERE o."articleId" = NEW."articleId" AND o."technologyId" <> NEW."technologyId" AND o."citations" > 0
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "articles" = "articles" + excluded."articles";
END;

CREATE TRIGGER "ComparisonArticleTechnology_update" AFTER UPDATE OF "citations" ON "ComparisonArticleTechnology"
  WHEN (OLD."citations" > 0) <> (NEW."citations" > 0)
BEGIN
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT min(o."technologyId", NEW."technologyId"), max(o."technologyId", NEW."technologyId"), 0, CASE WHEN NEW."citations" > 0 THEN 1 ELSE -1 END
      FROM "ComparisonArticleTechnology" o
     WHERE o."articleId" = NEW."articleId" AND o."technologyId" <> NEW."technologyId" AND o."citations" > 0
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "articles" = "articles" + excluded."articles";
END;

-- The recount of one claim (NEW."claimId").
CREATE TRIGGER "ComparisonRecount_insert" AFTER INSERT ON "ComparisonRecount"
BEGIN
  -- What it was counted for, subtracted.
  INSERT INTO "ComparisonTechnology" ("technologyId", "claims")
    SELECT "technologyId", -1 FROM "ComparisonClaimTechnology" WHERE "claimId" = NEW."claimId"
  ON CONFLICT ("technologyId") DO UPDATE SET "claims" = "claims" + excluded."claims";
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT t1."technologyId", t2."technologyId", -1, 0
      FROM "ComparisonClaimTechnology" t1 JOIN "ComparisonClaimTechnology" t2 ON t2."claimId" = t1."claimId" AND t1."technologyId" < t2."technologyId"
     WHERE t1."claimId" = NEW."claimId"
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "claims" = "claims" + excluded."claims";
  INSERT INTO "ComparisonArticleTechnology" ("articleId", "technologyId", "citations")
    SELECT a."articleId", t."technologyId", -a."citations"
      FROM "ComparisonClaimArticle" a JOIN "ComparisonClaimTechnology" t ON t."claimId" = a."claimId"
     WHERE a."claimId" = NEW."claimId"
  ON CONFLICT ("articleId", "technologyId") DO UPDATE SET "citations" = "citations" + excluded."citations";
  DELETE FROM "ComparisonClaimTechnology" WHERE "claimId" = NEW."claimId";
  DELETE FROM "ComparisonClaimArticle" WHERE "claimId" = NEW."claimId";
  -- What it counts for now: nothing unless public; its technologies; its live citations per live source.
  INSERT INTO "ComparisonClaimTechnology" ("claimId", "technologyId")
    SELECT l."A", l."B" FROM "_ClaimToTechnology" l JOIN "Claim" c ON c."id" = l."A"
     WHERE l."A" = NEW."claimId" AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL AND c."status" IN ('VERIFIED', 'DISPUTED', 'REFUTED');
  INSERT INTO "ComparisonClaimArticle" ("claimId", "articleId", "citations")
    SELECT cit."claimId", cit."articleId", count(*)
      FROM "Citation" cit JOIN "Article" a ON a."id" = cit."articleId" AND a."deletedAt" IS NULL
     WHERE cit."claimId" = NEW."claimId" AND cit."deletedAt" IS NULL
       AND EXISTS (SELECT 1 FROM "ComparisonClaimTechnology" t WHERE t."claimId" = NEW."claimId")
     GROUP BY cit."claimId", cit."articleId";
  -- …added.
  INSERT INTO "ComparisonTechnology" ("technologyId", "claims")
    SELECT "technologyId", 1 FROM "ComparisonClaimTechnology" WHERE "claimId" = NEW."claimId"
  ON CONFLICT ("technologyId") DO UPDATE SET "claims" = "claims" + excluded."claims";
  INSERT INTO "ComparisonPair" ("technologyA", "technologyB", "claims", "articles")
    SELECT t1."technologyId", t2."technologyId", 1, 0
      FROM "ComparisonClaimTechnology" t1 JOIN "ComparisonClaimTechnology" t2 ON t2."claimId" = t1."claimId" AND t1."technologyId" < t2."technologyId"
     WHERE t1."claimId" = NEW."claimId"
  ON CONFLICT ("technologyA", "technologyB") DO UPDATE SET "claims" = "claims" + excluded."claims";
  INSERT INTO "ComparisonArticleTechnology" ("articleId", "technologyId", "citations")
    SELECT a."articleId", t."technologyId", a."citations"
      FROM "ComparisonClaimArticle" a JOIN "ComparisonClaimTechnology" t ON t."claimId" = a."claimId"
     WHERE a."claimId" = NEW."claimId"
  ON CONFLICT ("articleId", "technologyId") DO UPDATE SET "citations" = "citations" + excluded."citations";
  DELETE FROM "ComparisonRecount" WHERE "id" = NEW."id";
END;

-- Who asks for a recount.
CREATE TRIGGER "Claim_comparison_recount" AFTER UPDATE OF "status", "deletedAt", "mergedIntoId" ON "Claim"
  WHEN (OLD."deletedAt" IS NULL AND OLD."mergedIntoId" IS NULL AND OLD."status" IN ('VERIFIED', 'DISPUTED', 'REFUTED'))
    <> (NEW."deletedAt" IS NULL AND NEW."mergedIntoId" IS NULL AND NEW."status" IN ('VERIFIED', 'DISPUTED', 'REFUTED'))
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (NEW."id");
END;

CREATE TRIGGER "Claim_comparison_delete" AFTER DELETE ON "Claim"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (OLD."id");
END;

CREATE TRIGGER "ClaimToTechnology_comparison_insert" AFTER INSERT ON "_ClaimToTechnology"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (NEW."A");
END;

CREATE TRIGGER "ClaimToTechnology_comparison_update" AFTER UPDATE ON "_ClaimToTechnology"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (OLD."A");
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (NEW."A");
END;

CREATE TRIGGER "ClaimToTechnology_comparison_delete" AFTER DELETE ON "_ClaimToTechnology"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (OLD."A");
END;

CREATE TRIGGER "Citation_comparison_insert" AFTER INSERT ON "Citation"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (NEW."claimId");
END;

CREATE TRIGGER "Citation_comparison_update" AFTER UPDATE OF "deletedAt", "claimId", "articleId" ON "Citation"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (OLD."claimId");
  INSERT INTO "ComparisonRecount" ("claimId") SELECT NEW."claimId" WHERE NEW."claimId" <> OLD."claimId";
END;

CREATE TRIGGER "Citation_comparison_delete" AFTER DELETE ON "Citation"
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") VALUES (OLD."claimId");
END;

CREATE TRIGGER "Article_comparison_recount" AFTER UPDATE OF "deletedAt" ON "Article"
  WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL)
BEGIN
  INSERT INTO "ComparisonRecount" ("claimId") SELECT DISTINCT "claimId" FROM "Citation" WHERE "articleId" = NEW."id";
END;

-- Backfill: every public claim counted once.
INSERT INTO "ComparisonRecount" ("claimId")
  SELECT "id" FROM "Claim" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL AND "status" IN ('VERIFIED', 'DISPUTED', 'REFUTED');
