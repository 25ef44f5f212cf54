-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "houseSource" BOOLEAN NOT NULL DEFAULT false;

