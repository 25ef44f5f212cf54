-- CreateIndex
CREATE INDEX "Verdict_origin_idx" ON "Verdict"("origin");

