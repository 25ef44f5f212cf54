-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "headerEnd" INTEGER,
ADD COLUMN     "headerQuote" TEXT,
ADD COLUMN     "headerStart" INTEGER;

