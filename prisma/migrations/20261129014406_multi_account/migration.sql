-- AlterTable
ALTER TABLE "Group" ADD COLUMN "ownerAccountId" TEXT;
ALTER TABLE "Group" ADD COLUMN "ownerSince" DATETIME;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "openRoomId" TEXT;

-- CreateTable
CREATE TABLE "AccountLease" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "label" TEXT NOT NULL DEFAULT '',
    "holder" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL DEFAULT 1,
    "leaseUntil" DATETIME NOT NULL,
    "state" TEXT NOT NULL,
    "stateSince" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboundMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accountId" TEXT NOT NULL DEFAULT '',
    "conversationId" TEXT NOT NULL,
    "isRoom" BOOLEAN NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "mentionIds" TEXT NOT NULL DEFAULT '[]',
    "filePath" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "important" BOOLEAN NOT NULL DEFAULT false,
    "batchKey" TEXT,
    "notBefore" DATETIME,
    "expiresAt" DATETIME,
    "mergedInto" INTEGER,
    "claimedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);
INSERT INTO "new_OutboundMessage" ("attempts", "batchKey", "claimedAt", "conversationId", "createdAt", "error", "expiresAt", "filePath", "id", "important", "isRoom", "kind", "mentionIds", "mergedInto", "notBefore", "sentAt", "status", "text") SELECT "attempts", "batchKey", "claimedAt", "conversationId", "createdAt", "error", "expiresAt", "filePath", "id", "important", "isRoom", "kind", "mentionIds", "mergedInto", "notBefore", "sentAt", "status", "text" FROM "OutboundMessage";
DROP TABLE "OutboundMessage";
ALTER TABLE "new_OutboundMessage" RENAME TO "OutboundMessage";
CREATE INDEX "OutboundMessage_accountId_status_id_idx" ON "OutboundMessage"("accountId", "status", "id");
CREATE INDEX "OutboundMessage_accountId_sentAt_idx" ON "OutboundMessage"("accountId", "sentAt");
CREATE INDEX "OutboundMessage_batchKey_status_idx" ON "OutboundMessage"("batchKey", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "AccountLease_accountId_key" ON "AccountLease"("accountId");

-- CreateIndex
CREATE INDEX "Group_ownerAccountId_idx" ON "Group"("ownerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_openRoomId_key" ON "Session"("openRoomId");

-- Data: each room's newest open session holds the room's open slot (one open session per room from now on).
UPDATE "Session" SET "openRoomId" = "roomId" WHERE "closedAt" IS NULL AND "id" IN (SELECT MAX("id") FROM "Session" WHERE "closedAt" IS NULL GROUP BY "roomId");
