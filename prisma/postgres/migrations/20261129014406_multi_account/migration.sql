-- CreateEnum
CREATE TYPE "AccountState" AS ENUM ('starting', 'online', 'loggedOut', 'reconnecting', 'stalled', 'stopped');

-- DropIndex
DROP INDEX "OutboundMessage_status_id_idx";

-- DropIndex
DROP INDEX "OutboundMessage_sentAt_idx";

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "ownerAccountId" TEXT,
ADD COLUMN     "ownerSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN     "accountId" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "openRoomId" TEXT;

-- CreateTable
CREATE TABLE "AccountLease" (
    "id" SERIAL NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "label" TEXT NOT NULL DEFAULT '',
    "holder" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL DEFAULT 1,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "state" "AccountState" NOT NULL,
    "stateSince" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountLease_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountLease_accountId_key" ON "AccountLease"("accountId");

-- CreateIndex
CREATE INDEX "Group_ownerAccountId_idx" ON "Group"("ownerAccountId");

-- CreateIndex
CREATE INDEX "OutboundMessage_accountId_status_id_idx" ON "OutboundMessage"("accountId", "status", "id");

-- CreateIndex
CREATE INDEX "OutboundMessage_accountId_sentAt_idx" ON "OutboundMessage"("accountId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session_openRoomId_key" ON "Session"("openRoomId");

-- Data: each room's newest open session holds the room's open slot (one open session per room from now on).
UPDATE "Session" SET "openRoomId" = "roomId" WHERE "closedAt" IS NULL AND "id" IN (SELECT MAX("id") FROM "Session" WHERE "closedAt" IS NULL GROUP BY "roomId");
