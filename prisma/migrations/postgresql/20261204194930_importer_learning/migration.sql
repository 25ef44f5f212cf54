-- CreateTable
CREATE TABLE "ReviewExample" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "keep" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewExample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimScore" (
    "claimId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "hidden" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ClaimScore_pkey" PRIMARY KEY ("claimId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewExample_claimId_key" ON "ReviewExample"("claimId");

-- CreateIndex
CREATE INDEX "ReviewExample_pattern_idx" ON "ReviewExample"("pattern");

-- CreateIndex
CREATE INDEX "ReviewExample_updatedAt_idx" ON "ReviewExample"("updatedAt");

-- CreateIndex
CREATE INDEX "ClaimScore_hidden_score_idx" ON "ClaimScore"("hidden", "score");

-- AddForeignKey
ALTER TABLE "ReviewExample" ADD CONSTRAINT "ReviewExample_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimScore" ADD CONSTRAINT "ClaimScore_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

