-- CreateTable
CREATE TABLE "MemberEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "by" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "MemberEvent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reconciliation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "originOrg" TEXT,
    "by" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReconcileItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reconciliationId" INTEGER NOT NULL,
    "no" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "row" INTEGER,
    "memberId" INTEGER,
    "name" TEXT NOT NULL,
    "home" TEXT NOT NULL DEFAULT '{}',
    "fields" TEXT NOT NULL DEFAULT '[]',
    "state" TEXT NOT NULL DEFAULT 'open',
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    CONSTRAINT "ReconcileItem_reconciliationId_fkey" FOREIGN KEY ("reconciliationId") REFERENCES "Reconciliation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contactId" TEXT NOT NULL,
    "branchId" INTEGER NOT NULL,
    "roomId" TEXT,
    "memberId" INTEGER,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "steps" TEXT NOT NULL DEFAULT '[]',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "wrongTries" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "roomId" TEXT,
    "contactId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "originOrg" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "city" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "memberId" INTEGER,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ContactAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "reached" BOOLEAN NOT NULL,
    "wrongNumber" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "by" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "ContactAttempt_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ServiceRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ServiceRecord_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "YearReview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "evaluation" TEXT NOT NULL,
    "suggestion" TEXT NOT NULL DEFAULT '',
    "by" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "YearReview_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Branch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "makeupIncludesLeave" BOOLEAN NOT NULL DEFAULT false,
    "privateReminders" BOOLEAN NOT NULL DEFAULT false,
    "lostAfterSessions" INTEGER NOT NULL DEFAULT 3,
    "checkinWithinDays" INTEGER NOT NULL DEFAULT 14,
    "outOfManagementAttempts" INTEGER NOT NULL DEFAULT 3,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Branch" ("createdAt", "id", "makeupIncludesLeave", "name", "privateReminders") SELECT "createdAt", "id", "makeupIncludesLeave", "name", "privateReminders" FROM "Branch";
DROP TABLE "Branch";
ALTER TABLE "new_Branch" RENAME TO "Branch";
CREATE UNIQUE INDEX "Branch_name_key" ON "Branch"("name");
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "idNumber" TEXT,
    "category" TEXT,
    "originOrg" TEXT,
    "city" TEXT,
    "employer" TEXT,
    "industry" TEXT,
    "returnWish" TEXT,
    "cadreWish" TEXT,
    "note" TEXT,
    "contactId" TEXT,
    "contactName" TEXT,
    "checkedInAt" DATETIME,
    "exempt" BOOLEAN NOT NULL DEFAULT false,
    "exemptReason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "statusSince" DATETIME,
    "transferredInAt" DATETIME,
    "privateChatAt" DATETIME,
    "phoneWrongAt" DATETIME,
    "outOfManagementAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Member_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Member" ("branchId", "cadreWish", "category", "checkedInAt", "city", "contactId", "contactName", "createdAt", "employer", "exempt", "exemptReason", "id", "idNumber", "industry", "name", "note", "originOrg", "phone", "returnWish", "updatedAt") SELECT "branchId", "cadreWish", "category", "checkedInAt", "city", "contactId", "contactName", "createdAt", "employer", "exempt", "exemptReason", "id", "idNumber", "industry", "name", "note", "originOrg", "phone", "returnWish", "updatedAt" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE INDEX "Member_branchId_name_idx" ON "Member"("branchId", "name");
CREATE INDEX "Member_branchId_phone_idx" ON "Member"("branchId", "phone");
CREATE UNIQUE INDEX "Member_branchId_contactId_key" ON "Member"("branchId", "contactId");
CREATE UNIQUE INDEX "Member_branchId_idNumber_key" ON "Member"("branchId", "idNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MemberEvent_branchId_at_idx" ON "MemberEvent"("branchId", "at");

-- CreateIndex
CREATE INDEX "MemberEvent_memberId_at_idx" ON "MemberEvent"("memberId", "at");

-- CreateIndex
CREATE INDEX "Reconciliation_branchId_id_idx" ON "Reconciliation"("branchId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ReconcileItem_reconciliationId_no_key" ON "ReconcileItem"("reconciliationId", "no");

-- CreateIndex
CREATE INDEX "Conversation_contactId_state_idx" ON "Conversation"("contactId", "state");

-- CreateIndex
CREATE INDEX "Conversation_state_idx" ON "Conversation"("state");

-- CreateIndex
CREATE INDEX "Registration_branchId_status_idx" ON "Registration"("branchId", "status");

-- CreateIndex
CREATE INDEX "Registration_contactId_idx" ON "Registration"("contactId");

-- CreateIndex
CREATE INDEX "ContactAttempt_memberId_at_idx" ON "ContactAttempt"("memberId", "at");

-- CreateIndex
CREATE INDEX "ServiceRecord_branchId_status_idx" ON "ServiceRecord"("branchId", "status");

-- CreateIndex
CREATE INDEX "ServiceRecord_memberId_at_idx" ON "ServiceRecord"("memberId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "YearReview_memberId_year_key" ON "YearReview"("memberId", "year");
