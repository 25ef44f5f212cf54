-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "engineSnapshot" JSONB,
    "engineConfidence" REAL,
    "engineScore" REAL,
    "origin" TEXT,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "reviewReason" TEXT NOT NULL DEFAULT '',
    "flaggedAt" DATETIME,
    CONSTRAINT "Verdict_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Verdict" ("createdAt", "deletedAt", "id", "publishedAt", "rationale", "slug", "status", "summary", "title", "updatedAt", "useCaseId", "version") SELECT "createdAt", "deletedAt", "id", "publishedAt", "rationale", "slug", "status", "summary", "title", "updatedAt", "useCaseId", "version" FROM "Verdict";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE UNIQUE INDEX "Verdict_slug_key" ON "Verdict"("slug");
CREATE INDEX "Verdict_useCaseId_idx" ON "Verdict"("useCaseId");
CREATE INDEX "Verdict_status_idx" ON "Verdict"("status");
CREATE INDEX "Verdict_needsReview_idx" ON "Verdict"("needsReview");
CREATE INDEX "Verdict_publishedAt_idx" ON "Verdict"("publishedAt");
CREATE INDEX "Verdict_updatedAt_idx" ON "Verdict"("updatedAt");
CREATE INDEX "Verdict_deletedAt_idx" ON "Verdict"("deletedAt");
CREATE INDEX "Verdict_title_idx" ON "Verdict"("title");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

