-- CreateEnum
CREATE TYPE "TechnologyStatus" AS ENUM ('ACTIVE', 'PROPOSED');

-- AlterTable
ALTER TABLE "Technology" ADD COLUMN     "status" "TechnologyStatus" NOT NULL DEFAULT 'ACTIVE';

-- CreateIndex
CREATE INDEX "Technology_status_idx" ON "Technology"("status");

