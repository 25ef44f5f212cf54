-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "directions" JSONB;

-- AlterTable (ADD COLUMN rather than the generated table redefinition, which would drop the
-- full-text-search triggers; column order does not matter to Prisma)
ALTER TABLE "Verdict" ADD COLUMN "editorReason" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Verdict" ADD COLUMN "explanation" JSONB;
