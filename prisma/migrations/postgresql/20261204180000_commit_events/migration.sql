-- CreateTable
CREATE TABLE "CommitEvent" (
    "id" SERIAL NOT NULL,
    "resource" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "ids" JSONB NOT NULL,
    "fields" JSONB NOT NULL,
    "publicFacing" BOOLEAN NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitEvent_pkey" PRIMARY KEY ("id")
);

