-- CreateTable
CREATE TABLE "ReviewExample" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "keep" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewExample_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimScore" (
    "claimId" TEXT NOT NULL PRIMARY KEY,
    "score" REAL NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ClaimScore_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewExample_claimId_key" ON "ReviewExample"("claimId");

-- CreateIndex
CREATE INDEX "ReviewExample_pattern_idx" ON "ReviewExample"("pattern");

-- CreateIndex
CREATE INDEX "ReviewExample_updatedAt_idx" ON "ReviewExample"("updatedAt");

-- CreateIndex
CREATE INDEX "ClaimScore_hidden_score_idx" ON "ClaimScore"("hidden", "score");

