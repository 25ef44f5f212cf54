-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "directions" JSONB;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "editorReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "explanation" JSONB;

