-- AlterTable
ALTER TABLE "CommitEvent" ADD COLUMN     "inPlace" BOOLEAN NOT NULL DEFAULT false;

