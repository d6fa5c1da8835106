-- CreateTable
CREATE TABLE "calendar_years" (
    "year" INTEGER NOT NULL,
    "arrangement" JSONB NOT NULL,
    "entered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entered_by_id" UUID,

    CONSTRAINT "calendar_years_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "office_profile_changes" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "user_id" UUID,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,

    CONSTRAINT "office_profile_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "office_profile_changes_at_idx" ON "office_profile_changes"("at" DESC);

-- CreateIndex
CREATE INDEX "reporter_access_log_at_idx" ON "reporter_access_log"("at" DESC);

-- CreateIndex
CREATE INDEX "reporter_access_log_user_id_at_idx" ON "reporter_access_log"("user_id", "at" DESC);
