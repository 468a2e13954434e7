-- "Partial access" (a verified token that cannot read every data model) is filtered and sorted on,
-- so Postgres derives it from the stored access report: one source of truth, nothing to keep in step.
ALTER TABLE "Credential" ADD COLUMN "fullAccess" BOOLEAN GENERATED ALWAYS AS (
  CASE
    WHEN jsonb_typeof("accessReport" -> 'readableCount') = 'number' AND jsonb_typeof("accessReport" -> 'modelCount') = 'number'
    THEN ("accessReport" ->> 'readableCount')::numeric >= ("accessReport" ->> 'modelCount')::numeric
  END
) STORED;

-- One row per save from the Add New Credential overlay, claimed just before the insert. Cancel
-- claims the same id first, so a cancelled check never turns into a saved credential, on any instance.
CREATE TABLE "CredentialSaveAttempt" (
    "id" UUID NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialSaveAttempt_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "CredentialSaveAttempt_createdAt_idx" ON "CredentialSaveAttempt"("createdAt");
