-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'CONTRIBUTOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Technology" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'framework',
    "aliases" JSONB NOT NULL,
    "homepage" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "domain" TEXT,
    "author" TEXT,
    "publishedAt" DATETIME,
    "format" TEXT NOT NULL,
    "rawContent" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "tags" JSONB NOT NULL,
    "note" TEXT,
    "noteAuthor" TEXT,
    "comments" JSONB NOT NULL,
    "readTime" TEXT,
    "warnings" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "importedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "normalized" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "topic" TEXT,
    "metric" TEXT,
    "value" REAL,
    "unit" TEXT,
    "conditions" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "rating" TEXT,
    "ratingExplanation" TEXT,
    "editorWeight" REAL NOT NULL DEFAULT 1,
    "reviewerId" TEXT,
    "reviewedAt" DATETIME,
    "mergedIntoId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Claim_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "stance" TEXT NOT NULL DEFAULT 'SUPPORTS',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Contradiction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimAId" TEXT NOT NULL,
    "claimBId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'VALUE',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "reason" TEXT NOT NULL DEFAULT '',
    "resolutionNote" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Contradiction_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contradiction_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contradiction_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UseCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Verdict" (
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
    CONSTRAINT "Verdict_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerdictClaim" (
    "verdictId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "weight" REAL NOT NULL DEFAULT 1,
    "role" TEXT NOT NULL DEFAULT 'SUPPORTS',

    PRIMARY KEY ("verdictId", "claimId"),
    CONSTRAINT "VerdictClaim_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "supersededById" TEXT,
    "date" DATETIME NOT NULL,
    "decisionMakers" TEXT NOT NULL DEFAULT '',
    "context" TEXT NOT NULL,
    "drivers" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "chosenOption" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "consequences" TEXT NOT NULL DEFAULT '',
    "confirmation" TEXT NOT NULL DEFAULT '',
    "revisitAt" DATETIME,
    "visibility" TEXT NOT NULL DEFAULT 'TEAM',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "Decision_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Decision_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Decision" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Decision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutcomeReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "result" TEXT NOT NULL,
    "wouldChooseAgain" BOOLEAN NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    CONSTRAINT "OutcomeReview_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutcomeReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "userId" TEXT,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_VerdictRecommendation" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_VerdictRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Technology" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_VerdictRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ClaimToTechnology" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ClaimToTechnology_A_fkey" FOREIGN KEY ("A") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ClaimToTechnology_B_fkey" FOREIGN KEY ("B") REFERENCES "Technology" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DecisionClaims" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_DecisionClaims_A_fkey" FOREIGN KEY ("A") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DecisionClaims_B_fkey" FOREIGN KEY ("B") REFERENCES "Decision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_DecisionChosen" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_DecisionChosen_A_fkey" FOREIGN KEY ("A") REFERENCES "Decision" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_DecisionChosen_B_fkey" FOREIGN KEY ("B") REFERENCES "Technology" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_active_idx" ON "User"("active");

-- CreateIndex
CREATE INDEX "User_updatedAt_idx" ON "User"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Team_name_idx" ON "Team"("name");

-- CreateIndex
CREATE INDEX "Team_updatedAt_idx" ON "Team"("updatedAt");

-- CreateIndex
CREATE INDEX "Team_deletedAt_idx" ON "Team"("deletedAt");

-- CreateIndex
CREATE INDEX "Membership_teamId_idx" ON "Membership"("teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_teamId_key" ON "Membership"("userId", "teamId");

-- CreateIndex
CREATE UNIQUE INDEX "Technology_slug_key" ON "Technology"("slug");

-- CreateIndex
CREATE INDEX "Technology_name_idx" ON "Technology"("name");

-- CreateIndex
CREATE INDEX "Technology_kind_idx" ON "Technology"("kind");

-- CreateIndex
CREATE INDEX "Technology_updatedAt_idx" ON "Technology"("updatedAt");

-- CreateIndex
CREATE INDEX "Technology_deletedAt_idx" ON "Technology"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_format_idx" ON "Article"("format");

-- CreateIndex
CREATE INDEX "Article_status_idx" ON "Article"("status");

-- CreateIndex
CREATE INDEX "Article_domain_idx" ON "Article"("domain");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_updatedAt_idx" ON "Article"("updatedAt");

-- CreateIndex
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");

-- CreateIndex
CREATE INDEX "Article_deletedAt_idx" ON "Article"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_slug_key" ON "Claim"("slug");

-- CreateIndex
CREATE INDEX "Claim_status_idx" ON "Claim"("status");

-- CreateIndex
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");

-- CreateIndex
CREATE INDEX "Claim_topic_idx" ON "Claim"("topic");

-- CreateIndex
CREATE INDEX "Claim_metric_idx" ON "Claim"("metric");

-- CreateIndex
CREATE INDEX "Claim_normalized_idx" ON "Claim"("normalized");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_reviewedAt_idx" ON "Claim"("reviewedAt");

-- CreateIndex
CREATE INDEX "Claim_deletedAt_idx" ON "Claim"("deletedAt");

-- CreateIndex
CREATE INDEX "Claim_mergedIntoId_idx" ON "Claim"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Claim_status_updatedAt_idx" ON "Claim"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Citation_articleId_idx" ON "Citation"("articleId");

-- CreateIndex
CREATE INDEX "Citation_stance_idx" ON "Citation"("stance");

-- CreateIndex
CREATE INDEX "Citation_updatedAt_idx" ON "Citation"("updatedAt");

-- CreateIndex
CREATE INDEX "Citation_deletedAt_idx" ON "Citation"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Citation_claimId_articleId_start_end_key" ON "Citation"("claimId", "articleId", "start", "end");

-- CreateIndex
CREATE INDEX "Contradiction_claimBId_idx" ON "Contradiction"("claimBId");

-- CreateIndex
CREATE INDEX "Contradiction_status_idx" ON "Contradiction"("status");

-- CreateIndex
CREATE INDEX "Contradiction_kind_idx" ON "Contradiction"("kind");

-- CreateIndex
CREATE INDEX "Contradiction_updatedAt_idx" ON "Contradiction"("updatedAt");

-- CreateIndex
CREATE INDEX "Contradiction_deletedAt_idx" ON "Contradiction"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Contradiction_claimAId_claimBId_key" ON "Contradiction"("claimAId", "claimBId");

-- CreateIndex
CREATE UNIQUE INDEX "UseCase_slug_key" ON "UseCase"("slug");

-- CreateIndex
CREATE INDEX "UseCase_name_idx" ON "UseCase"("name");

-- CreateIndex
CREATE INDEX "UseCase_updatedAt_idx" ON "UseCase"("updatedAt");

-- CreateIndex
CREATE INDEX "UseCase_deletedAt_idx" ON "UseCase"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Verdict_slug_key" ON "Verdict"("slug");

-- CreateIndex
CREATE INDEX "Verdict_useCaseId_idx" ON "Verdict"("useCaseId");

-- CreateIndex
CREATE INDEX "Verdict_status_idx" ON "Verdict"("status");

-- CreateIndex
CREATE INDEX "Verdict_publishedAt_idx" ON "Verdict"("publishedAt");

-- CreateIndex
CREATE INDEX "Verdict_updatedAt_idx" ON "Verdict"("updatedAt");

-- CreateIndex
CREATE INDEX "Verdict_deletedAt_idx" ON "Verdict"("deletedAt");

-- CreateIndex
CREATE INDEX "VerdictClaim_claimId_idx" ON "VerdictClaim"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_slug_key" ON "Decision"("slug");

-- CreateIndex
CREATE INDEX "Decision_teamId_idx" ON "Decision"("teamId");

-- CreateIndex
CREATE INDEX "Decision_status_idx" ON "Decision"("status");

-- CreateIndex
CREATE INDEX "Decision_visibility_idx" ON "Decision"("visibility");

-- CreateIndex
CREATE INDEX "Decision_date_idx" ON "Decision"("date");

-- CreateIndex
CREATE INDEX "Decision_revisitAt_idx" ON "Decision"("revisitAt");

-- CreateIndex
CREATE INDEX "Decision_updatedAt_idx" ON "Decision"("updatedAt");

-- CreateIndex
CREATE INDEX "Decision_deletedAt_idx" ON "Decision"("deletedAt");

-- CreateIndex
CREATE INDEX "OutcomeReview_decisionId_idx" ON "OutcomeReview"("decisionId");

-- CreateIndex
CREATE INDEX "OutcomeReview_result_idx" ON "OutcomeReview"("result");

-- CreateIndex
CREATE INDEX "OutcomeReview_date_idx" ON "OutcomeReview"("date");

-- CreateIndex
CREATE INDEX "OutcomeReview_updatedAt_idx" ON "OutcomeReview"("updatedAt");

-- CreateIndex
CREATE INDEX "OutcomeReview_deletedAt_idx" ON "OutcomeReview"("deletedAt");

-- CreateIndex
CREATE INDEX "Revision_entity_entityId_createdAt_idx" ON "Revision"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- CreateIndex
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");

-- CreateIndex
CREATE INDEX "Revision_action_idx" ON "Revision"("action");

-- CreateIndex
CREATE UNIQUE INDEX "_VerdictRecommendation_AB_unique" ON "_VerdictRecommendation"("A", "B");

-- CreateIndex
CREATE INDEX "_VerdictRecommendation_B_index" ON "_VerdictRecommendation"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ClaimToTechnology_AB_unique" ON "_ClaimToTechnology"("A", "B");

-- CreateIndex
CREATE INDEX "_ClaimToTechnology_B_index" ON "_ClaimToTechnology"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_DecisionClaims_AB_unique" ON "_DecisionClaims"("A", "B");

-- CreateIndex
CREATE INDEX "_DecisionClaims_B_index" ON "_DecisionClaims"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_DecisionChosen_AB_unique" ON "_DecisionChosen"("A", "B");

-- CreateIndex
CREATE INDEX "_DecisionChosen_B_index" ON "_DecisionChosen"("B");

