-- CreateIndex
CREATE INDEX "Article_deletedAt_updatedAt_id_idx" ON "Article"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_updatedAt_id_idx" ON "Claim"("deletedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_createdAt_id_idx" ON "Claim"("deletedAt", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_status_id_idx" ON "Claim"("deletedAt", "status", "id");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_kind_id_idx" ON "Claim"("deletedAt", "kind", "id");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_topic_id_idx" ON "Claim"("deletedAt", "topic", "id");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_reviewedAt_id_idx" ON "Claim"("deletedAt", "reviewedAt", "id");

-- CreateIndex
CREATE INDEX "Citation_deletedAt_updatedAt_id_idx" ON "Citation"("deletedAt", "updatedAt", "id");

