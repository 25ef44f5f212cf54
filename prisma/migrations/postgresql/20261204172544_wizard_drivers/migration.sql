-- AlterTable
ALTER TABLE "Technology" ADD COLUMN     "language" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "UseCase" ADD COLUMN     "category" TEXT NOT NULL DEFAULT 'framework',
ADD COLUMN     "drivers" JSONB;

-- CreateIndex
CREATE INDEX "Technology_language_idx" ON "Technology"("language");

-- CreateIndex
CREATE INDEX "UseCase_category_idx" ON "UseCase"("category");

