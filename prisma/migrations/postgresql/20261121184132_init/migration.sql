-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'CONTRIBUTOR');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('LEAD', 'MEMBER');

-- CreateEnum
CREATE TYPE "ArticleFormat" AS ENUM ('BOOKMARK', 'NUXT_PAYLOAD', 'WEB_PAGE', 'SOCIAL_POST', 'HTML', 'MARKDOWN', 'TEXT');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('IMPORTED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('PERFORMANCE', 'FEATURE', 'RECOMMENDATION', 'FACT', 'OPINION');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('CANDIDATE', 'DRAFT', 'IN_REVIEW', 'VERIFIED', 'DISPUTED', 'REFUTED', 'RETRACTED');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'CONTRADICTS', 'MENTIONS');

-- CreateEnum
CREATE TYPE "ContradictionKind" AS ENUM ('VALUE', 'DATE', 'STANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ContradictionStatus" AS ENUM ('OPEN', 'RESOLVED', 'NOT_COMPARABLE');

-- CreateEnum
CREATE TYPE "VerdictStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "EvidenceRole" AS ENUM ('SUPPORTS', 'OPPOSES');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED', 'DEPRECATED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('TEAM', 'PUBLIC');

-- CreateEnum
CREATE TYPE "OutcomeResult" AS ENUM ('WORKED', 'MIXED', 'REGRETTED');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'REVERT', 'MERGE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'CONTRIBUTOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Technology" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'framework',
    "aliases" JSONB NOT NULL,
    "homepage" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Technology_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "domain" TEXT,
    "author" TEXT,
    "publishedAt" TIMESTAMP(3),
    "format" "ArticleFormat" NOT NULL,
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
    "status" "ArticleStatus" NOT NULL DEFAULT 'PUBLISHED',
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "normalized" TEXT NOT NULL DEFAULT '',
    "kind" "ClaimKind" NOT NULL,
    "topic" TEXT,
    "metric" TEXT,
    "value" DOUBLE PRECISION,
    "unit" TEXT,
    "conditions" JSONB NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "rating" TEXT,
    "ratingExplanation" TEXT,
    "editorWeight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "reviewerId" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL DEFAULT 'SUPPORTS',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contradiction" (
    "id" TEXT NOT NULL,
    "claimAId" TEXT NOT NULL,
    "claimBId" TEXT NOT NULL,
    "kind" "ContradictionKind" NOT NULL DEFAULT 'VALUE',
    "status" "ContradictionStatus" NOT NULL DEFAULT 'OPEN',
    "reason" TEXT NOT NULL DEFAULT '',
    "resolutionNote" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Contradiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UseCase" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "UseCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "useCaseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" "VerdictStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictClaim" (
    "verdictId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "role" "EvidenceRole" NOT NULL DEFAULT 'SUPPORTS',

    CONSTRAINT "VerdictClaim_pkey" PRIMARY KEY ("verdictId","claimId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'PROPOSED',
    "supersededById" TEXT,
    "date" TIMESTAMP(3) NOT NULL,
    "decisionMakers" TEXT NOT NULL DEFAULT '',
    "context" TEXT NOT NULL,
    "drivers" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "chosenOption" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "consequences" TEXT NOT NULL DEFAULT '',
    "confirmation" TEXT NOT NULL DEFAULT '',
    "revisitAt" TIMESTAMP(3),
    "visibility" "Visibility" NOT NULL DEFAULT 'TEAM',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeReview" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "result" "OutcomeResult" NOT NULL,
    "wouldChooseAgain" BOOLEAN NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "OutcomeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "userId" TEXT,
    "changes" JSONB NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_VerdictRecommendation" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_VerdictRecommendation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ClaimToTechnology" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ClaimToTechnology_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DecisionClaims" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DecisionClaims_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_DecisionChosen" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_DecisionChosen_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "_VerdictRecommendation_B_index" ON "_VerdictRecommendation"("B");

-- CreateIndex
CREATE INDEX "_ClaimToTechnology_B_index" ON "_ClaimToTechnology"("B");

-- CreateIndex
CREATE INDEX "_DecisionClaims_B_index" ON "_DecisionClaims"("B");

-- CreateIndex
CREATE INDEX "_DecisionChosen_B_index" ON "_DecisionChosen"("B");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contradiction" ADD CONSTRAINT "Contradiction_claimAId_fkey" FOREIGN KEY ("claimAId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contradiction" ADD CONSTRAINT "Contradiction_claimBId_fkey" FOREIGN KEY ("claimBId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contradiction" ADD CONSTRAINT "Contradiction_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_useCaseId_fkey" FOREIGN KEY ("useCaseId") REFERENCES "UseCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictClaim" ADD CONSTRAINT "VerdictClaim_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictClaim" ADD CONSTRAINT "VerdictClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReview" ADD CONSTRAINT "OutcomeReview_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReview" ADD CONSTRAINT "OutcomeReview_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_VerdictRecommendation" ADD CONSTRAINT "_VerdictRecommendation_A_fkey" FOREIGN KEY ("A") REFERENCES "Technology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_VerdictRecommendation" ADD CONSTRAINT "_VerdictRecommendation_B_fkey" FOREIGN KEY ("B") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ClaimToTechnology" ADD CONSTRAINT "_ClaimToTechnology_A_fkey" FOREIGN KEY ("A") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ClaimToTechnology" ADD CONSTRAINT "_ClaimToTechnology_B_fkey" FOREIGN KEY ("B") REFERENCES "Technology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionClaims" ADD CONSTRAINT "_DecisionClaims_A_fkey" FOREIGN KEY ("A") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionClaims" ADD CONSTRAINT "_DecisionClaims_B_fkey" FOREIGN KEY ("B") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionChosen" ADD CONSTRAINT "_DecisionChosen_A_fkey" FOREIGN KEY ("A") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DecisionChosen" ADD CONSTRAINT "_DecisionChosen_B_fkey" FOREIGN KEY ("B") REFERENCES "Technology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

