-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CommitEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resource" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "ids" JSONB NOT NULL,
    "fields" JSONB NOT NULL,
    "publicFacing" BOOLEAN NOT NULL,
    "inPlace" BOOLEAN NOT NULL DEFAULT false,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_CommitEvent" ("action", "createdAt", "fields", "id", "ids", "origin", "publicFacing", "resource") SELECT "action", "createdAt", "fields", "id", "ids", "origin", "publicFacing", "resource" FROM "CommitEvent";
DROP TABLE "CommitEvent";
ALTER TABLE "new_CommitEvent" RENAME TO "CommitEvent";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

