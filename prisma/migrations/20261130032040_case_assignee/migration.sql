-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "assignee_id" UUID;

-- CreateIndex
CREATE INDEX "cases_assignee_id_created_at_idx" ON "cases"("assignee_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
