-- AlterEnum
ALTER TYPE "Visibility" ADD VALUE 'PENDING';

