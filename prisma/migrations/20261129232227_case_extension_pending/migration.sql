-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "extension_pending" BOOLEAN NOT NULL DEFAULT false;

-- Existing cases: the same fact the domain computes (indexedFacts): a running deadline (due_at
-- is set only while the clock runs) with an undecided request made against that deadline.
UPDATE "cases"
   SET "extension_pending" = true
 WHERE "due_at" IS NOT NULL
   AND "workflow" -> 'extensionRequest' ->> 'decision' = 'PENDING'
   AND "workflow" -> 'extensionRequest' -> 'deadlineSeq' = "workflow" -> 'deadline' -> 'seq';
