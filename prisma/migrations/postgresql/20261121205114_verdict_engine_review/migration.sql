-- CreateEnum
CREATE TYPE "VerdictOrigin" AS ENUM ('ENGINE', 'ADJUSTED', 'OVERRIDDEN');

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "engineConfidence" DOUBLE PRECISION,
ADD COLUMN     "engineScore" DOUBLE PRECISION,
ADD COLUMN     "engineSnapshot" JSONB,
ADD COLUMN     "flaggedAt" TIMESTAMP(3),
ADD COLUMN     "needsReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "origin" "VerdictOrigin",
ADD COLUMN     "reviewReason" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Verdict_needsReview_idx" ON "Verdict"("needsReview");

