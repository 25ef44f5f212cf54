-- DropIndex
DROP INDEX "Claim_deletedAt_idx";

