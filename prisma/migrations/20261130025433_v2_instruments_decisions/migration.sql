-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('NOTICE', 'URGING_LETTER', 'OPINION', 'DECISION');

-- AlterEnum
ALTER TYPE "CaseState" ADD VALUE 'DECISION_PENDING';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'GOVERNMENT';

-- DropIndex
DROP INDEX "notices_case_id_key";

-- DropIndex
DROP INDEX "notices_year_seq_key";

-- AlterTable
ALTER TABLE "notices" ADD COLUMN     "deadline_calendar_days" INTEGER,
ADD COLUMN     "instrument" "Instrument" NOT NULL DEFAULT 'NOTICE',
ALTER COLUMN "deadline_working_days" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "notices_case_id_instrument_key" ON "notices"("case_id", "instrument");

-- CreateIndex
CREATE UNIQUE INDEX "notices_instrument_year_seq_key" ON "notices"("instrument", "year", "seq");
