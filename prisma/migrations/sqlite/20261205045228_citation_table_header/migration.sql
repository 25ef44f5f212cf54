-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "headerEnd" INTEGER;
ALTER TABLE "Citation" ADD COLUMN "headerQuote" TEXT;
ALTER TABLE "Citation" ADD COLUMN "headerStart" INTEGER;

