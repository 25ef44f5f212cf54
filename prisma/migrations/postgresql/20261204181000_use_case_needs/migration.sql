-- AlterTable
ALTER TABLE "UseCase" ADD COLUMN     "needs" JSONB;

