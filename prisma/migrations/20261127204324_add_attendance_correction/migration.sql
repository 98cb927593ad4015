-- CreateTable
CREATE TABLE "AttendanceCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "branchId" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "memberId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "undoneAt" DATETIME,
    "undoneBy" TEXT
);

-- CreateIndex
CREATE INDEX "AttendanceCorrection_branchId_id_idx" ON "AttendanceCorrection"("branchId", "id");
