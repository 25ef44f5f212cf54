-- AlterTable
ALTER TABLE "Technology" ADD COLUMN     "language" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "UseCase" ADD COLUMN     "category" TEXT NOT NULL DEFAULT 'framework',
ADD COLUMN     "drivers" JSONB;

