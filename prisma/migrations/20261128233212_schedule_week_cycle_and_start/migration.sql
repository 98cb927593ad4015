-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN "everyWeeks" INTEGER;
ALTER TABLE "Schedule" ADD COLUMN "startsOn" TEXT;
ALTER TABLE "Schedule" ADD COLUMN "weekAnchor" TEXT;
