-- One FTS5 table per kind instead of one "SearchIndex" for all (lib/search/engines.ts), hand-written
-- like 20261121210500_public_search. A common word matches tens of thousands of claims, and bm25
-- over all of them costs more than a search may take: lib/search ranks the newest matches of each
-- kind (FTS5 streams the matches of a table newest first for nothing). With all kinds in one table the
-- newest matches would all be claims, and sources, verdicts and decisions would never be reached.
-- The rows and their text are those of 20261204140000_search_everything, only the tables differ.
DROP TRIGGER IF EXISTS "Claim_search_insert";
DROP TRIGGER IF EXISTS "Claim_search_update";
DROP TRIGGER IF EXISTS "Claim_search_delete";
DROP TRIGGER IF EXISTS "Article_search_insert";
DROP TRIGGER IF EXISTS "Article_search_update";
DROP TRIGGER IF EXISTS "Article_search_delete";
DROP TRIGGER IF EXISTS "Verdict_search_insert";
DROP TRIGGER IF EXISTS "Verdict_search_update";
DROP TRIGGER IF EXISTS "Verdict_search_delete";
DROP TRIGGER IF EXISTS "Decision_search_insert";
DROP TRIGGER IF EXISTS "Decision_search_update";
DROP TRIGGER IF EXISTS "Decision_search_delete";
DROP TABLE IF EXISTS "SearchIndex";

CREATE VIRTUAL TABLE "ClaimSearch" USING fts5("id" UNINDEXED, "title", "body", tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("id" UNINDEXED, "title", "body", tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "VerdictSearch" USING fts5("id" UNINDEXED, "title", "body", tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "DecisionSearch" USING fts5("id" UNINDEXED, "title", "body", tokenize = 'unicode61 remove_diacritics 2');

-- Oldest first, so that the order of each index (rowid) is the order the rows were made in.
INSERT INTO "ClaimSearch" ("id", "title", "body")
  SELECT "id", "statement", coalesce("topic", '') || ' ' || coalesce("metric", '') || ' ' || coalesce("unit", '') FROM "Claim" ORDER BY "createdAt", "id";
INSERT INTO "ArticleSearch" ("id", "title", "body") SELECT "id", "title", "text" FROM "Article" ORDER BY "createdAt", "id";
INSERT INTO "VerdictSearch" ("id", "title", "body") SELECT "id", "title", "summary" || ' ' || "rationale" FROM "Verdict" ORDER BY "createdAt", "id";
INSERT INTO "DecisionSearch" ("id", "title", "body")
  SELECT "id", "title", "chosenOption" || ' ' || "context" || ' ' || "rationale" FROM "Decision" ORDER BY "createdAt", "id";

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimSearch" ("id", "title", "body")
  VALUES (new."id", new."statement", coalesce(new."topic", '') || ' ' || coalesce(new."metric", '') || ' ' || coalesce(new."unit", ''));
END;
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "statement", "topic", "metric", "unit" ON "Claim" BEGIN
  DELETE FROM "ClaimSearch" WHERE "id" = old."id";
  INSERT INTO "ClaimSearch" ("id", "title", "body")
  VALUES (new."id", new."statement", coalesce(new."topic", '') || ' ' || coalesce(new."metric", '') || ' ' || coalesce(new."unit", ''));
END;
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "ClaimSearch" WHERE "id" = old."id";
END;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleSearch" ("id", "title", "body") VALUES (new."id", new."title", new."text");
END;
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title", "text" ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE "id" = old."id";
  INSERT INTO "ArticleSearch" ("id", "title", "body") VALUES (new."id", new."title", new."text");
END;
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE "id" = old."id";
END;

CREATE TRIGGER "Verdict_search_insert" AFTER INSERT ON "Verdict" BEGIN
  INSERT INTO "VerdictSearch" ("id", "title", "body") VALUES (new."id", new."title", new."summary" || ' ' || new."rationale");
END;
CREATE TRIGGER "Verdict_search_update" AFTER UPDATE OF "title", "summary", "rationale" ON "Verdict" BEGIN
  DELETE FROM "VerdictSearch" WHERE "id" = old."id";
  INSERT INTO "VerdictSearch" ("id", "title", "body") VALUES (new."id", new."title", new."summary" || ' ' || new."rationale");
END;
CREATE TRIGGER "Verdict_search_delete" AFTER DELETE ON "Verdict" BEGIN
  DELETE FROM "VerdictSearch" WHERE "id" = old."id";
END;

CREATE TRIGGER "Decision_search_insert" AFTER INSERT ON "Decision" BEGIN
  INSERT INTO "DecisionSearch" ("id", "title", "body") VALUES (new."id", new."title", new."chosenOption" || ' ' || new."context" || ' ' || new."rationale");
END;
CREATE TRIGGER "Decision_search_update" AFTER UPDATE OF "title", "chosenOption", "context", "rationale" ON "Decision" BEGIN
  DELETE FROM "DecisionSearch" WHERE "id" = old."id";
  INSERT INTO "DecisionSearch" ("id", "title", "body") VALUES (new."id", new."title", new."chosenOption" || ' ' || new."context" || ' ' || new."rationale");
END;
CREATE TRIGGER "Decision_search_delete" AFTER DELETE ON "Decision" BEGIN
  DELETE FROM "DecisionSearch" WHERE "id" = old."id";
END;
