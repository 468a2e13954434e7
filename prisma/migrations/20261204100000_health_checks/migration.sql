-- Scheduled health checks (lib/health): every credential is checked once per cycle by exactly one
-- instance. "nextCheckAt" is when its next check is due. A dispatcher marks a due check as queued
-- ("healthQueuedFor" = that due time) before sending its job, so instances do not send it twice; the
-- job that runs it writes its id to "healthJobId" while moving "nextCheckAt" on, in one statement,
-- so a second job for the same cycle finds nothing to do.
ALTER TYPE "CredentialStatus" ADD VALUE IF NOT EXISTS 'unreachable';

ALTER TABLE "Credential" ADD COLUMN "nextCheckAt" TIMESTAMP(3);
ALTER TABLE "Credential" ADD COLUMN "healthQueuedFor" TIMESTAMP(3);
ALTER TABLE "Credential" ADD COLUMN "healthJobId" TEXT;
ALTER TABLE "Credential" ADD COLUMN "healthCheckedAt" TIMESTAMP(3);
ALTER TABLE "Credential" ADD COLUMN "lastChange" JSONB;
ALTER TABLE "Credential" ADD COLUMN "lastChangeAt" TIMESTAMP(3);
ALTER TABLE "Credential" ADD COLUMN "consecutiveFailures" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Credential" ADD COLUMN "tokenSetAt" TIMESTAMP(3);
ALTER TABLE "Credential" ADD COLUMN "rotationRemindedAt" TIMESTAMP(3);
UPDATE "Credential" SET "tokenSetAt" = "createdAt";
ALTER TABLE "Credential" ALTER COLUMN "tokenSetAt" SET NOT NULL;
ALTER TABLE "Credential" ALTER COLUMN "tokenSetAt" SET DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "Credential_nextCheckAt_idx" ON "Credential"("nextCheckAt");

-- One row per check (scheduled, manual, at save): the health timeline of a credential.
CREATE TABLE "CredentialCheck" (
    "id" UUID NOT NULL,
    "credentialId" UUID NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT,
    "readableCount" INTEGER,
    "modelCount" INTEGER,
    "cluster" TEXT,
    "durationMs" INTEGER NOT NULL,
    "change" JSONB,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CredentialCheck_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CredentialCheck_credentialId_checkedAt_idx" ON "CredentialCheck"("credentialId", "checkedAt");
ALTER TABLE "CredentialCheck" ADD CONSTRAINT "CredentialCheck_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A workspace's own choices; no row means the install's defaults.
CREATE TABLE "WorkspaceSettings" (
    "workspaceId" TEXT NOT NULL,
    "healthCheckEvery" TEXT,
    "rotateAfterDays" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkspaceSettings_pkey" PRIMARY KEY ("workspaceId")
);
ALTER TABLE "WorkspaceSettings" ADD CONSTRAINT "WorkspaceSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
