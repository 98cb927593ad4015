-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('active', 'returned', 'left');

-- CreateEnum
CREATE TYPE "MemberEventKind" AS ENUM ('reconciled', 'added', 'returned', 'transferredIn', 'left', 'rejoined', 'registered', 'outOfManagement', 'found', 'factsUpdated');

-- CreateEnum
CREATE TYPE "ReconcileKind" AS ENUM ('matched', 'homeOnly', 'hostOnly', 'conflict', 'unsure');

-- CreateEnum
CREATE TYPE "ReconcileState" AS ENUM ('open', 'accepted', 'dismissed');

-- CreateEnum
CREATE TYPE "ConversationKind" AS ENUM ('fourFacts', 'registration');

-- CreateEnum
CREATE TYPE "ConversationState" AS ENUM ('invited', 'asking', 'paused', 'done');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('pending', 'confirmed', 'rejected');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('phone', 'wechat', 'letter', 'visit');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('pending', 'confirmed', 'rejected');

-- AlterTable
ALTER TABLE "Branch" ADD COLUMN     "checkinWithinDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "lostAfterSessions" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "outOfManagementAttempts" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "outOfManagementAt" TIMESTAMP(3),
ADD COLUMN     "phoneWrongAt" TIMESTAMP(3),
ADD COLUMN     "privateChatAt" TIMESTAMP(3),
ADD COLUMN     "status" "MemberStatus" NOT NULL DEFAULT 'active',
ADD COLUMN     "statusSince" TIMESTAMP(3),
ADD COLUMN     "transferredInAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MemberEvent" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "kind" "MemberEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "by" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reconciliation" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "originOrg" TEXT,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reconciliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReconcileItem" (
    "id" SERIAL NOT NULL,
    "reconciliationId" INTEGER NOT NULL,
    "no" INTEGER NOT NULL,
    "kind" "ReconcileKind" NOT NULL,
    "row" INTEGER,
    "memberId" INTEGER,
    "name" TEXT NOT NULL,
    "home" TEXT NOT NULL DEFAULT '{}',
    "fields" TEXT NOT NULL DEFAULT '[]',
    "state" "ReconcileState" NOT NULL DEFAULT 'open',
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ReconcileItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" SERIAL NOT NULL,
    "contactId" TEXT NOT NULL,
    "branchId" INTEGER NOT NULL,
    "roomId" TEXT,
    "memberId" INTEGER,
    "kind" "ConversationKind" NOT NULL,
    "state" "ConversationState" NOT NULL,
    "steps" TEXT NOT NULL DEFAULT '[]',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "wrongTries" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "roomId" TEXT,
    "contactId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "originOrg" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "city" TEXT,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'pending',
    "memberId" INTEGER,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactAttempt" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "method" "ContactMethod" NOT NULL,
    "reached" BOOLEAN NOT NULL,
    "wrongNumber" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRecord" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "status" "ServiceStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearReview" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "evaluation" TEXT NOT NULL,
    "suggestion" TEXT NOT NULL DEFAULT '',
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YearReview_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "MemberEvent" ADD CONSTRAINT "MemberEvent_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReconcileItem" ADD CONSTRAINT "ReconcileItem_reconciliationId_fkey" FOREIGN KEY ("reconciliationId") REFERENCES "Reconciliation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactAttempt" ADD CONSTRAINT "ContactAttempt_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearReview" ADD CONSTRAINT "YearReview_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
