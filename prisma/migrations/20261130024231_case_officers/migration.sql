-- CreateTable
CREATE TABLE "case_officers" (
    "case_id" UUID NOT NULL,
    "officer_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "case_officers_pkey" PRIMARY KEY ("case_id","officer_id")
);

-- CreateIndex
CREATE INDEX "case_officers_officer_id_idx" ON "case_officers"("officer_id");

-- AddForeignKey
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_officers" ADD CONSTRAINT "case_officers_officer_id_fkey" FOREIGN KEY ("officer_id") REFERENCES "officers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
