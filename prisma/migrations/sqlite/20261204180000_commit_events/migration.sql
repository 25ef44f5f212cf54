-- CreateTable
CREATE TABLE "CommitEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resource" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "ids" JSONB NOT NULL,
    "fields" JSONB NOT NULL,
    "publicFacing" BOOLEAN NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

