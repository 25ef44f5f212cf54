-- CreateIndex
CREATE INDEX "Claim_id_deletedAt_idx" ON "Claim"("id", "deletedAt");


-- Hand-written: Prisma makes the implicit many-to-many table, so its indexes cannot be declared in
-- the schema. A technology filter reads the claims of a technology from (B, A) alone: the "B" index
-- Prisma makes holds no A, so each link also read the row of the table.
CREATE INDEX "_ClaimToTechnology_B_A_idx" ON "_ClaimToTechnology"("B", "A");
