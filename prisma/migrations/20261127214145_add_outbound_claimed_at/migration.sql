-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN "claimedAt" DATETIME;
