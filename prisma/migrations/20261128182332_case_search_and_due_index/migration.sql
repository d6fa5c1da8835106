-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "cases_state_due_at_idx";

-- CreateTable
CREATE TABLE "case_search" (
    "case_id" UUID NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "case_search_pkey" PRIMARY KEY ("case_id")
);

-- Backfill (added by hand): what existing cases are searched by, as register-case.ts writes it.
INSERT INTO "case_search" ("case_id", "text")
SELECT "id", "title" || E'\x1f' || "number" || E'\x1f' || "description" FROM "cases";

-- CreateIndex
CREATE INDEX "case_search_text_idx" ON "case_search" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "cases_due_at_idx" ON "cases"("due_at");

-- AddForeignKey
ALTER TABLE "case_search" ADD CONSTRAINT "case_search_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
