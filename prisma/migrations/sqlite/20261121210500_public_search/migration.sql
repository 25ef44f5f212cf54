-- Full-text search for lib/search (hand-written: Prisma's schema cannot describe FTS5 virtual
-- tables or triggers, and the schema snapshot never sees them, so later migrations leave them be).
-- One FTS5 table over claims, articles and verdicts. It holds every row, public or not: lib/search
-- applies the public visibility rules (lib/public/visibility.ts) to what it matches.
-- remove_diacritics 2: "cafe" finds "café".
CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
  "kind" UNINDEXED,
  "id" UNINDEXED,
  "title",
  "body",
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "SearchIndex" ("kind", "id", "title", "body") SELECT 'claim', "id", "statement", coalesce("topic", '') FROM "Claim";
INSERT INTO "SearchIndex" ("kind", "id", "title", "body") SELECT 'article', "id", "title", "text" FROM "Article";
INSERT INTO "SearchIndex" ("kind", "id", "title", "body") SELECT 'verdict', "id", "title", "summary" || ' ' || "rationale" FROM "Verdict";

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('claim', new."id", new."statement", coalesce(new."topic", ''));
END;
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "statement", "topic" ON "Claim" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'claim' AND "id" = old."id";
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('claim', new."id", new."statement", coalesce(new."topic", ''));
END;
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'claim' AND "id" = old."id";
END;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('article', new."id", new."title", new."text");
END;
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title", "text" ON "Article" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'article' AND "id" = old."id";
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('article', new."id", new."title", new."text");
END;
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'article' AND "id" = old."id";
END;

CREATE TRIGGER "Verdict_search_insert" AFTER INSERT ON "Verdict" BEGIN
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('verdict', new."id", new."title", new."summary" || ' ' || new."rationale");
END;
CREATE TRIGGER "Verdict_search_update" AFTER UPDATE OF "title", "summary", "rationale" ON "Verdict" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'verdict' AND "id" = old."id";
  INSERT INTO "SearchIndex" ("kind", "id", "title", "body") VALUES ('verdict', new."id", new."title", new."summary" || ' ' || new."rationale");
END;
CREATE TRIGGER "Verdict_search_delete" AFTER DELETE ON "Verdict" BEGIN
  DELETE FROM "SearchIndex" WHERE "kind" = 'verdict' AND "id" = old."id";
END;
