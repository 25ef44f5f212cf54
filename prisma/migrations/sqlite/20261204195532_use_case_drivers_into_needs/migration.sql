-- Carry each use case's wizard drivers into its needs (one model of what a use case is chosen on):
-- a driver whose key is not a need yet becomes one (its label lower-cased at the start, so it reads
-- after "counts because: ", and "figures": true becomes the throughput and latency metrics). A driver
-- that could match nothing (no terms, no figures) or whose label is too short for a need is left out.
UPDATE "UseCase" SET "needs" = (
  SELECT json_group_array(json("item")) FROM (
    SELECT "n"."value" AS "item" FROM json_each(CASE WHEN json_valid("UseCase"."needs") AND json_type("UseCase"."needs") = 'array' THEN "UseCase"."needs" ELSE '[]' END) AS "n"
    UNION ALL
    SELECT json_object(
      'key', json_extract("d"."value", '$.key'),
      'label', substr(lower(substr(json_extract("d"."value", '$.label'), 1, 1)) || substr(json_extract("d"."value", '$.label'), 2), 1, 80),
      'terms', json(COALESCE(json_extract("d"."value", '$.terms'), '[]')),
      'metrics', json(CASE WHEN json_extract("d"."value", '$.figures') THEN '["throughput","requests per second","req s","rps","faster","slower","latency","response time","p95","p99"]' ELSE '[]' END)
    ) AS "item"
    FROM json_each("UseCase"."drivers") AS "d"
    WHERE json_extract("d"."value", '$.key') NOT IN (
        SELECT json_extract("n2"."value", '$.key') FROM json_each(CASE WHEN json_valid("UseCase"."needs") AND json_type("UseCase"."needs") = 'array' THEN "UseCase"."needs" ELSE '[]' END) AS "n2"
      )
      AND (json_array_length(COALESCE(json_extract("d"."value", '$.terms'), '[]')) > 0 OR json_extract("d"."value", '$.figures'))
      AND length(json_extract("d"."value", '$.label')) >= 3
  )
)
WHERE json_valid("drivers") AND json_type("drivers") = 'array';

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UseCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL DEFAULT 'framework',
    "needs" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);
INSERT INTO "new_UseCase" ("category", "createdAt", "deletedAt", "description", "id", "name", "needs", "slug", "updatedAt", "version") SELECT "category", "createdAt", "deletedAt", "description", "id", "name", "needs", "slug", "updatedAt", "version" FROM "UseCase";
DROP TABLE "UseCase";
ALTER TABLE "new_UseCase" RENAME TO "UseCase";
CREATE UNIQUE INDEX "UseCase_slug_key" ON "UseCase"("slug");
CREATE INDEX "UseCase_name_idx" ON "UseCase"("name");
CREATE INDEX "UseCase_category_idx" ON "UseCase"("category");
CREATE INDEX "UseCase_updatedAt_idx" ON "UseCase"("updatedAt");
CREATE INDEX "UseCase_deletedAt_idx" ON "UseCase"("deletedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

