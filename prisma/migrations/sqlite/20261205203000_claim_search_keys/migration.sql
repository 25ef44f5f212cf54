-- The claims' full-text index without stored text, and the claim ids beside it (hand-written, like
-- 20261204170000_search_per_kind: Prisma's schema cannot describe FTS5 tables or triggers).
-- Reading a match's "id" from an FTS5 table with content is one look-up in its content table per
-- match: for a word in a fifth of 100,000 claims that is ~20 ms, against ~2 ms to find the matches'
-- rowids. So the index is contentless (content = '') and an ordinary table maps its rowids to claim
-- ids: "key" is an INTEGER PRIMARY KEY, so VACUUM keeps it (an implicit rowid could be renumbered),
-- and the FTS5 rowid of a claim is its "key" by construction, set by the triggers below. A list can
-- then test membership on rowids alone and look up the ids of the few rows it shows.
-- contentless_delete = 1 (SQLite 3.43+; better-sqlite3 ships 3.49) lets a trigger delete by rowid.
-- The key of a claim never changes while the claim exists, so the index's rowid order stays the
-- order claims were made in (lib/search lists a common word's newest matches by it).
DROP TRIGGER IF EXISTS "Claim_search_insert";
DROP TRIGGER IF EXISTS "Claim_search_update";
DROP TRIGGER IF EXISTS "Claim_search_delete";
DROP TABLE IF EXISTS "ClaimSearch";

CREATE TABLE "ClaimSearchKey" (
  "key" INTEGER NOT NULL PRIMARY KEY,
  "id" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ClaimSearchKey_id_key" ON "ClaimSearchKey"("id");

CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
  "title",
  "body",
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Oldest first, as before: keys (and so the index's rowids) in the order claims were made.
INSERT INTO "ClaimSearchKey" ("id") SELECT "id" FROM "Claim" ORDER BY "createdAt", "id";
INSERT INTO "ClaimSearch" (rowid, "title", "body")
  SELECT k."key", c."statement", coalesce(c."topic", '') || ' ' || coalesce(c."metric", '') || ' ' || coalesce(c."unit", '')
  FROM "ClaimSearchKey" AS k JOIN "Claim" AS c ON c."id" = k."id" ORDER BY k."key";

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimSearchKey" ("id") VALUES (new."id");
  INSERT INTO "ClaimSearch" (rowid, "title", "body")
  VALUES ((SELECT "key" FROM "ClaimSearchKey" WHERE "id" = new."id"), new."statement",
          coalesce(new."topic", '') || ' ' || coalesce(new."metric", '') || ' ' || coalesce(new."unit", ''));
END;
-- The claim keeps its key: its text is replaced under the same rowid.
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "id", "statement", "topic", "metric", "unit" ON "Claim" BEGIN
  UPDATE "ClaimSearchKey" SET "id" = new."id" WHERE "id" = old."id";
  DELETE FROM "ClaimSearch" WHERE rowid = (SELECT "key" FROM "ClaimSearchKey" WHERE "id" = new."id");
  INSERT INTO "ClaimSearch" (rowid, "title", "body")
  VALUES ((SELECT "key" FROM "ClaimSearchKey" WHERE "id" = new."id"), new."statement",
          coalesce(new."topic", '') || ' ' || coalesce(new."metric", '') || ' ' || coalesce(new."unit", ''));
END;
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "ClaimSearch" WHERE rowid = (SELECT "key" FROM "ClaimSearchKey" WHERE "id" = old."id");
  DELETE FROM "ClaimSearchKey" WHERE "id" = old."id";
END;
