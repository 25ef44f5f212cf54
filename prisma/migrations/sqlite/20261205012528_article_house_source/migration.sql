-- AlterTable (ADD COLUMN rather than the generated table redefinition, which would drop Article's
-- comparison-tally and full-text-search triggers; column order does not matter to Prisma)
ALTER TABLE "Article" ADD COLUMN "houseSource" BOOLEAN NOT NULL DEFAULT false;
