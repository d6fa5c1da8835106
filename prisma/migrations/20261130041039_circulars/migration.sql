-- CreateTable
CREATE TABLE "circulars" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "part" INTEGER NOT NULL,
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "authority_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "number" TEXT,
    "created_by_id" UUID NOT NULL,
    "issued_by_id" UUID,
    "issued_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "circulars_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "circulars_number_key" ON "circulars"("number");

-- CreateIndex
CREATE INDEX "circulars_status_created_at_idx" ON "circulars"("status", "created_at");

-- The status is one of two words, an issued one has its number and issue time.
ALTER TABLE "circulars" ADD CONSTRAINT "circulars_status_check" CHECK (status IN ('DRAFT', 'ISSUED'));
ALTER TABLE "circulars" ADD CONSTRAINT "circulars_issued_check"
  CHECK ((status = 'ISSUED') = (number IS NOT NULL AND issued_at IS NOT NULL));
