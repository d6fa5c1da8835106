-- CreateEnum
CREATE TYPE "CaseLinkKind" AS ENUM ('MERGED_INTO', 'RELATED');

-- AlterEnum
ALTER TYPE "CaseOutcome" ADD VALUE 'MERGED';

-- CreateTable
CREATE TABLE "case_links" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "related_case_id" UUID NOT NULL,
    "kind" "CaseLinkKind" NOT NULL,
    "note" TEXT,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_links_related_case_id_idx" ON "case_links"("related_case_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_links_case_id_related_case_id_kind_key" ON "case_links"("case_id", "related_case_id", "kind");

-- AddForeignKey
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_related_case_id_fkey" FOREIGN KEY ("related_case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
