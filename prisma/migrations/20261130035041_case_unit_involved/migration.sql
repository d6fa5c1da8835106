-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "unit_involved" BOOLEAN NOT NULL DEFAULT false;

-- Until now a unit saw a case from the notice on.
UPDATE "cases" SET "unit_involved" = "notice_issued";
