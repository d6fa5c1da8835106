-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "reported_unit_name" TEXT,
ALTER COLUMN "unit_id" DROP NOT NULL;
