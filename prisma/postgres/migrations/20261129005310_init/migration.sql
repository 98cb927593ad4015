-- CreateEnum
CREATE TYPE "BranchRole" AS ENUM ('secretary', 'committee');

-- CreateEnum
CREATE TYPE "AuditResult" AS ENUM ('ok', 'denied', 'rejected', 'error');

-- CreateEnum
CREATE TYPE "OutboundKind" AS ENUM ('text', 'file', 'image');

-- CreateEnum
CREATE TYPE "OutboundStatus" AS ENUM ('pending', 'sending', 'sent', 'failed', 'expired', 'merged');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('class', 'rollcall', 'meeting');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('expected', 'present', 'late', 'leave', 'absent', 'exempt');

-- CreateEnum
CREATE TYPE "FireStatus" AS ENUM ('claimed', 'done', 'missed', 'skipped', 'failed');

-- CreateTable
CREATE TABLE "Branch" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "makeupIncludesLeave" BOOLEAN NOT NULL DEFAULT false,
    "privateReminders" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Branch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" SERIAL NOT NULL,
    "roomId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "branchId" INTEGER NOT NULL,
    "boundBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
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
    "checkedInAt" TIMESTAMP(3),
    "exempt" BOOLEAN NOT NULL DEFAULT false,
    "exemptReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "contactId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "role" "BranchRole" NOT NULL,
    "grantedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "branchId" INTEGER,
    "roomId" TEXT,
    "command" TEXT NOT NULL,
    "args" TEXT NOT NULL,
    "result" "AuditResult" NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" SERIAL NOT NULL,
    "conversationId" TEXT NOT NULL,
    "isRoom" BOOLEAN NOT NULL,
    "kind" "OutboundKind" NOT NULL DEFAULT 'text',
    "text" TEXT NOT NULL,
    "mentionIds" TEXT NOT NULL DEFAULT '[]',
    "filePath" TEXT,
    "status" "OutboundStatus" NOT NULL DEFAULT 'pending',
    "important" BOOLEAN NOT NULL DEFAULT false,
    "batchKey" TEXT,
    "notBefore" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "mergedInto" INTEGER,
    "claimedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "roomId" TEXT NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "topic" TEXT NOT NULL,
    "openedBy" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "lateAfter" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "scheduleId" INTEGER,
    "nudgedAt" TIMESTAMP(3),
    "summary" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "status" "AttendanceStatus" NOT NULL DEFAULT 'expected',
    "at" TIMESTAMP(3),
    "via" TEXT,
    "reason" TEXT,
    "correctedBy" TEXT,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Guest" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Guest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingLeave" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "PendingLeave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Makeup" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "course" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Makeup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "roomId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "cron" TEXT,
    "runAt" TIMESTAMP(3),
    "everyWeeks" INTEGER,
    "weekAnchor" TEXT,
    "startsOn" TEXT,
    "topic" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 10,
    "leadMinutes" INTEGER NOT NULL DEFAULT 0,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "activeSince" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleFire" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "fireAt" TIMESTAMP(3) NOT NULL,
    "status" "FireStatus" NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ScheduleFire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkipDate" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SkipDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyQuestion" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "askerId" TEXT NOT NULL,
    "roomId" TEXT,
    "question" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL DEFAULT '',
    "citations" TEXT NOT NULL DEFAULT '[]',
    "mode" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "tokens" INTEGER NOT NULL DEFAULT 0,
    "answer" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "PolicyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceCorrection" (
    "id" SERIAL NOT NULL,
    "branchId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "memberId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,

    CONSTRAINT "AttendanceCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Branch_name_key" ON "Branch"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Group_roomId_key" ON "Group"("roomId");

-- CreateIndex
CREATE INDEX "Group_branchId_idx" ON "Group"("branchId");

-- CreateIndex
CREATE INDEX "Member_branchId_name_idx" ON "Member"("branchId", "name");

-- CreateIndex
CREATE INDEX "Member_branchId_phone_idx" ON "Member"("branchId", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "Member_branchId_contactId_key" ON "Member"("branchId", "contactId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_branchId_idNumber_key" ON "Member"("branchId", "idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Role_branchId_contactId_key" ON "Role"("branchId", "contactId");

-- CreateIndex
CREATE INDEX "AuditLog_branchId_at_idx" ON "AuditLog"("branchId", "at");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_id_idx" ON "OutboundMessage"("status", "id");

-- CreateIndex
CREATE INDEX "OutboundMessage_sentAt_idx" ON "OutboundMessage"("sentAt");

-- CreateIndex
CREATE INDEX "OutboundMessage_batchKey_status_idx" ON "OutboundMessage"("batchKey", "status");

-- CreateIndex
CREATE INDEX "Session_roomId_closedAt_idx" ON "Session"("roomId", "closedAt");

-- CreateIndex
CREATE INDEX "Session_branchId_openedAt_idx" ON "Session"("branchId", "openedAt");

-- CreateIndex
CREATE INDEX "Attendance_memberId_idx" ON "Attendance"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_sessionId_memberId_key" ON "Attendance"("sessionId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Guest_sessionId_key_key" ON "Guest"("sessionId", "key");

-- CreateIndex
CREATE INDEX "PendingLeave_memberId_usedAt_idx" ON "PendingLeave"("memberId", "usedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Makeup_memberId_sessionId_key" ON "Makeup"("memberId", "sessionId");

-- CreateIndex
CREATE INDEX "Schedule_branchId_idx" ON "Schedule"("branchId");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleFire_scheduleId_fireAt_key" ON "ScheduleFire"("scheduleId", "fireAt");

-- CreateIndex
CREATE UNIQUE INDEX "SkipDate_branchId_date_key" ON "SkipDate"("branchId", "date");

-- CreateIndex
CREATE INDEX "PolicyQuestion_at_idx" ON "PolicyQuestion"("at");

-- CreateIndex
CREATE INDEX "PolicyQuestion_askerId_at_idx" ON "PolicyQuestion"("askerId", "at");

-- CreateIndex
CREATE INDEX "PolicyQuestion_questionKey_idx" ON "PolicyQuestion"("questionKey");

-- CreateIndex
CREATE INDEX "AttendanceCorrection_branchId_id_idx" ON "AttendanceCorrection"("branchId", "id");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guest" ADD CONSTRAINT "Guest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingLeave" ADD CONSTRAINT "PendingLeave_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Makeup" ADD CONSTRAINT "Makeup_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Makeup" ADD CONSTRAINT "Makeup_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleFire" ADD CONSTRAINT "ScheduleFire_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkipDate" ADD CONSTRAINT "SkipDate_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "Branch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
