-- CreateEnum
CREATE TYPE "OfficerStatus" AS ENUM ('VALID', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "CaseFileKind" AS ENUM ('PENALTY', 'LICENSING', 'COERCION', 'INSPECTION', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewCampaignStatus" AS ENUM ('OPEN', 'DRAWN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewFileStatus" AS ENUM ('PENDING', 'NEEDS_RECONCILIATION', 'FINAL');

-- CreateEnum
CREATE TYPE "ReviewGrade" AS ENUM ('EXCELLENT', 'PASS', 'FAIL');

-- CreateTable
CREATE TABLE "registry_bodies" (
    "unit_id" UUID NOT NULL,
    "legal_basis" TEXT NOT NULL DEFAULT '',
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registry_bodies_pkey" PRIMARY KEY ("unit_id")
);

-- CreateTable
CREATE TABLE "officers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "unit_id" UUID NOT NULL,
    "certificate_no" TEXT NOT NULL,
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "valid_from" DATE NOT NULL,
    "valid_until" DATE NOT NULL,
    "status" "OfficerStatus" NOT NULL DEFAULT 'VALID',
    "id_card_no" TEXT,
    "phone" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "officers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "officer_status_history" (
    "id" BIGSERIAL NOT NULL,
    "officer_id" UUID NOT NULL,
    "from_status" "OfficerStatus",
    "to_status" "OfficerStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "changed_by_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "officer_status_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discretion_benchmarks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "unit_id" UUID,
    "field" TEXT NOT NULL,
    "violation" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "ranges" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "discretion_benchmarks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" TEXT NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "CaseFileKind" NOT NULL,
    "decision_date" DATE NOT NULL,
    "attachments" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "status" "ReviewCampaignStatus" NOT NULL DEFAULT 'OPEN',
    "unit_ids" UUID[],
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "file_kinds" "CaseFileKind"[],
    "files_per_unit" INTEGER NOT NULL,
    "reviewers_per_file" INTEGER NOT NULL,
    "checklist" JSONB NOT NULL,
    "thresholds" JSONB NOT NULL,
    "tolerance" DOUBLE PRECISION NOT NULL,
    "seed" TEXT NOT NULL,
    "seed_commitment" TEXT NOT NULL,
    "lead_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "review_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_reviewers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_id" UUID NOT NULL,
    "user_id" UUID,
    "name" TEXT NOT NULL,
    "unit_id" UUID,

    CONSTRAINT "review_reviewers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_draws" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_id" UUID NOT NULL,
    "observer_name" TEXT,
    "final_seed" TEXT NOT NULL,
    "inputs" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "drawn_by_id" UUID NOT NULL,
    "drawn_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "review_draws_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_id" UUID NOT NULL,
    "case_file_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "ReviewFileStatus" NOT NULL DEFAULT 'PENDING',
    "total" DOUBLE PRECISION,
    "vetoed" BOOLEAN,
    "grade" "ReviewGrade",
    "reconcile_note" TEXT,
    "reconciled_by_id" UUID,
    "reconciled_at" TIMESTAMPTZ(3),
    "finding_case_id" UUID,

    CONSTRAINT "review_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_sheets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "review_file_id" UUID NOT NULL,
    "reviewer_id" UUID NOT NULL,
    "scores" JSONB,
    "veto_failed" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "comments" TEXT,
    "total" DOUBLE PRECISION,
    "grade" "ReviewGrade",
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" UUID,

    CONSTRAINT "review_sheets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "officers_certificate_no_key" ON "officers"("certificate_no");

-- CreateIndex
CREATE INDEX "officers_unit_id_name_idx" ON "officers"("unit_id", "name");

-- CreateIndex
CREATE INDEX "officer_status_history_officer_id_at_idx" ON "officer_status_history"("officer_id", "at");

-- CreateIndex
CREATE INDEX "discretion_benchmarks_field_idx" ON "discretion_benchmarks"("field");

-- CreateIndex
CREATE INDEX "case_files_unit_id_decision_date_idx" ON "case_files"("unit_id", "decision_date");

-- CreateIndex
CREATE UNIQUE INDEX "case_files_unit_id_number_key" ON "case_files"("unit_id", "number");

-- CreateIndex
CREATE INDEX "review_campaigns_created_at_idx" ON "review_campaigns"("created_at" DESC);

-- CreateIndex
CREATE INDEX "review_reviewers_user_id_idx" ON "review_reviewers"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_reviewers_campaign_id_user_id_key" ON "review_reviewers"("campaign_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_draws_campaign_id_key" ON "review_draws"("campaign_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_files_finding_case_id_key" ON "review_files"("finding_case_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_files_campaign_id_case_file_id_key" ON "review_files"("campaign_id", "case_file_id");

-- CreateIndex
CREATE INDEX "review_sheets_reviewer_id_idx" ON "review_sheets"("reviewer_id");

-- CreateIndex
CREATE UNIQUE INDEX "review_sheets_review_file_id_reviewer_id_key" ON "review_sheets"("review_file_id", "reviewer_id");

-- AddForeignKey
ALTER TABLE "registry_bodies" ADD CONSTRAINT "registry_bodies_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officers" ADD CONSTRAINT "officers_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "officer_status_history" ADD CONSTRAINT "officer_status_history_officer_id_fkey" FOREIGN KEY ("officer_id") REFERENCES "officers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discretion_benchmarks" ADD CONSTRAINT "discretion_benchmarks_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_reviewers" ADD CONSTRAINT "review_reviewers_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "review_campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_draws" ADD CONSTRAINT "review_draws_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "review_campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_files" ADD CONSTRAINT "review_files_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "review_campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_files" ADD CONSTRAINT "review_files_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_files" ADD CONSTRAINT "review_files_finding_case_id_fkey" FOREIGN KEY ("finding_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_sheets" ADD CONSTRAINT "review_sheets_review_file_id_fkey" FOREIGN KEY ("review_file_id") REFERENCES "review_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_sheets" ADD CONSTRAINT "review_sheets_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "review_reviewers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- 双随机 by construction: a campaign's seed always hashes to the commitment published when it
-- opened, and neither ever changes afterwards (docs/random-draw.md).
ALTER TABLE "review_campaigns" ADD CONSTRAINT "review_campaigns_seed_matches_commitment"
  CHECK ("seed_commitment" = encode(sha256(convert_to("seed", 'UTF8')), 'hex'));

CREATE FUNCTION review_campaigns_seed_is_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seed IS DISTINCT FROM OLD.seed OR NEW.seed_commitment IS DISTINCT FROM OLD.seed_commitment THEN
    RAISE EXCEPTION 'the seed and its commitment of a review campaign never change';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER review_campaigns_seed_is_fixed BEFORE UPDATE ON "review_campaigns"
  FOR EACH ROW EXECUTE FUNCTION review_campaigns_seed_is_fixed();
