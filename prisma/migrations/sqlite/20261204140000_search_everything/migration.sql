-- Search over everything public (lib/search), hand-written like 20261121210500_public_search.
-- 1. Claims are also found by what they measure: the metric and unit join the topic in the body
--    ("throughput" finds a claim whose statement says "requests per second").
-- 2. Decisions join the index (title, and chosen option, context and rationale as body).
-- Technologies, use cases and comparisons are few: lib/search matches them in memory from one
-- cached catalogue, so they need no index here.
DROP TRIGGER IF EXISTS "Claim_search_insert";
DROP TRIGGER IF EXISTS "Claim_search_update";
DELETE FROM "SearchIndex" WHERE "kind" = 'claim';
INSERT INTO "SearchIndex" ("kind", "id", "title", "body")
  SELECT 'claim', "id", "statement", coalesce("topic", '') || ' ' || coalesce("metric", '') || ' ' || coalesce("unit", '') FROM "Claim";

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body")
  VALUES ('claim', new."id", new."statement", coalesce(new."topic", '') || ' ' || coalesce(new."metric", '') || ' ' || coalesce(new."unit", ''));
END;
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "statement", "topic", "metric", "unit" ON "Claim" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'claim' AND "id" = old."id";
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body")
  VALUES ('claim', new."id", new."statement", coalesce(new."topic", '') || ' ' || coalesce(new."metric", '') || ' ' || coalesce(new."unit", ''));
END;

INSERT INTO "SearchIndex" ("kind", "id", "title", "body")
  SELECT 'decision', "id", "title", "chosenOption" || ' ' || "context" || ' ' || "rationale" FROM "Decision";

CREATE TRIGGER "Decision_search_insert" AFTER INSERT ON "Decision" BEGIN
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('decision', new."id", new."title", new."chosenOption" || ' ' || new."context" || ' ' || new."rationale");
END;
CREATE TRIGGER "Decision_search_update" AFTER UPDATE OF "title", "chosenOption", "context", "rationale" ON "Decision" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'decision' AND "id" = old."id";
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('decision', new."id", new."title", new."chosenOption" || ' ' || new."context" || ' ' || new."rationale");
END;
CREATE TRIGGER "Decision_search_delete" AFTER DELETE ON "Decision" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'decision' AND "id" = old."id";
END;
