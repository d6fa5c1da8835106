-- CreateEnum
CREATE TYPE "OfficerMeasure" AS ENUM ('CRITICISM', 'OFF_DUTY_TRAINING', 'REASSIGNMENT', 'REVOKE_QUALIFICATION');

-- CreateEnum
CREATE TYPE "CircularScope" AS ENUM ('INTERNAL', 'PUBLIC');

-- CreateTable
CREATE TABLE "officer_actions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "no" INTEGER NOT NULL,
    "officer_ids" UUID[],
    "measure" "OfficerMeasure" NOT NULL,
    "target_organ" TEXT NOT NULL,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL,
    "proposed_by_id" UUID NOT NULL,
    "accepted" BOOLEAN,
    "answered_on" DATE,
    "answer_text" TEXT,
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "officer_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_circulars" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "scope" "CircularScope" NOT NULL,
    "text" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "issued_by_id" UUID NOT NULL,

    CONSTRAINT "case_circulars_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "officer_actions_case_id_no_key" ON "officer_actions"("case_id", "no");

-- CreateIndex
CREATE INDEX "case_circulars_scope_issued_at_idx" ON "case_circulars"("scope", "issued_at" DESC);

-- AddForeignKey
ALTER TABLE "officer_actions" ADD CONSTRAINT "officer_actions_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_circulars" ADD CONSTRAINT "case_circulars_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
