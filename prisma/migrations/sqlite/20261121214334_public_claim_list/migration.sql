-- CreateIndex
CREATE INDEX "Claim_deletedAt_mergedIntoId_updatedAt_status_idx" ON "Claim"("deletedAt", "mergedIntoId", "updatedAt", "status");

