-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Technology" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'framework',
    "language" TEXT NOT NULL DEFAULT '',
    "aliases" JSONB NOT NULL,
    "homepage" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);
INSERT INTO "new_Technology" ("aliases", "createdAt", "deletedAt", "description", "homepage", "id", "kind", "name", "slug", "status", "updatedAt", "version") SELECT "aliases", "createdAt", "deletedAt", "description", "homepage", "id", "kind", "name", "slug", "status", "updatedAt", "version" FROM "Technology";
DROP TABLE "Technology";
ALTER TABLE "new_Technology" RENAME TO "Technology";
CREATE UNIQUE INDEX "Technology_slug_key" ON "Technology"("slug");
CREATE INDEX "Technology_name_idx" ON "Technology"("name");
CREATE INDEX "Technology_kind_idx" ON "Technology"("kind");
CREATE INDEX "Technology_language_idx" ON "Technology"("language");
CREATE INDEX "Technology_status_idx" ON "Technology"("status");
CREATE INDEX "Technology_updatedAt_idx" ON "Technology"("updatedAt");
CREATE INDEX "Technology_deletedAt_idx" ON "Technology"("deletedAt");
CREATE TABLE "new_UseCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" TEXT NOT NULL DEFAULT 'framework',
    "drivers" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);
INSERT INTO "new_UseCase" ("createdAt", "deletedAt", "description", "id", "name", "slug", "updatedAt", "version") SELECT "createdAt", "deletedAt", "description", "id", "name", "slug", "updatedAt", "version" FROM "UseCase";
DROP TABLE "UseCase";
ALTER TABLE "new_UseCase" RENAME TO "UseCase";
CREATE UNIQUE INDEX "UseCase_slug_key" ON "UseCase"("slug");
CREATE INDEX "UseCase_name_idx" ON "UseCase"("name");
CREATE INDEX "UseCase_category_idx" ON "UseCase"("category");
CREATE INDEX "UseCase_updatedAt_idx" ON "UseCase"("updatedAt");
CREATE INDEX "UseCase_deletedAt_idx" ON "UseCase"("deletedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

