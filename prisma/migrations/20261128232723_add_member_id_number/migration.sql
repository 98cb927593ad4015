-- AlterTable
ALTER TABLE "Member" ADD COLUMN "idNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Member_branchId_idNumber_key" ON "Member"("branchId", "idNumber");
