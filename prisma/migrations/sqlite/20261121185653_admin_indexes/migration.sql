-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE INDEX "User_lastLoginAt_idx" ON "User"("lastLoginAt");

-- CreateIndex
CREATE INDEX "Membership_role_idx" ON "Membership"("role");

-- CreateIndex
CREATE INDEX "Membership_updatedAt_idx" ON "Membership"("updatedAt");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article"("title");

-- CreateIndex
CREATE INDEX "Article_author_idx" ON "Article"("author");

-- CreateIndex
CREATE INDEX "Article_importedById_idx" ON "Article"("importedById");

-- CreateIndex
CREATE INDEX "Claim_rating_idx" ON "Claim"("rating");

-- CreateIndex
CREATE INDEX "Claim_reviewerId_idx" ON "Claim"("reviewerId");

-- CreateIndex
CREATE INDEX "Contradiction_resolvedAt_idx" ON "Contradiction"("resolvedAt");

-- CreateIndex
CREATE INDEX "Contradiction_resolvedById_idx" ON "Contradiction"("resolvedById");

-- CreateIndex
CREATE INDEX "Verdict_title_idx" ON "Verdict"("title");

-- CreateIndex
CREATE INDEX "Decision_title_idx" ON "Decision"("title");

-- CreateIndex
CREATE INDEX "Decision_supersededById_idx" ON "Decision"("supersededById");

-- CreateIndex
CREATE INDEX "Decision_createdById_idx" ON "Decision"("createdById");

-- CreateIndex
CREATE INDEX "OutcomeReview_wouldChooseAgain_idx" ON "OutcomeReview"("wouldChooseAgain");

-- CreateIndex
CREATE INDEX "OutcomeReview_authorId_idx" ON "OutcomeReview"("authorId");

-- CreateIndex
CREATE INDEX "Revision_entityId_idx" ON "Revision"("entityId");

