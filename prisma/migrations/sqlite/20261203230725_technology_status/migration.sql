-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Technology" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'framework',
    "aliases" JSONB NOT NULL,
    "homepage" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);
INSERT INTO "new_Technology" ("aliases", "createdAt", "deletedAt", "description", "homepage", "id", "kind", "name", "slug", "updatedAt", "version") SELECT "aliases", "createdAt", "deletedAt", "description", "homepage", "id", "kind", "name", "slug", "updatedAt", "version" FROM "Technology";
DROP TABLE "Technology";
ALTER TABLE "new_Technology" RENAME TO "Technology";
CREATE UNIQUE INDEX "Technology_slug_key" ON "Technology"("slug");
CREATE INDEX "Technology_name_idx" ON "Technology"("name");
CREATE INDEX "Technology_kind_idx" ON "Technology"("kind");
CREATE INDEX "Technology_status_idx" ON "Technology"("status");
CREATE INDEX "Technology_updatedAt_idx" ON "Technology"("updatedAt");
CREATE INDEX "Technology_deletedAt_idx" ON "Technology"("deletedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

