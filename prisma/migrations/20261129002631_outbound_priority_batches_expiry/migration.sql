-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboundMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO "new_OutboundMessage" ("attempts", "claimedAt", "conversationId", "createdAt", "error", "filePath", "id", "isRoom", "kind", "mentionIds", "sentAt", "status", "text") SELECT "attempts", "claimedAt", "conversationId", "createdAt", "error", "filePath", "id", "isRoom", "kind", "mentionIds", "sentAt", "status", "text" FROM "OutboundMessage";
DROP TABLE "OutboundMessage";
ALTER TABLE "new_OutboundMessage" RENAME TO "OutboundMessage";
CREATE INDEX "OutboundMessage_status_id_idx" ON "OutboundMessage"("status", "id");
CREATE INDEX "OutboundMessage_sentAt_idx" ON "OutboundMessage"("sentAt");
CREATE INDEX "OutboundMessage_batchKey_status_idx" ON "OutboundMessage"("batchKey", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
