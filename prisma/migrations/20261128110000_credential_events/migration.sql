-- CreateTable
CREATE TABLE "CredentialEvent" (
    "id" UUID NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "credentialId" UUID NOT NULL,
    "credentialName" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT,
    "type" TEXT NOT NULL,
    "outcome" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CredentialEvent_credentialId_createdAt_idx" ON "CredentialEvent"("credentialId", "createdAt");
CREATE INDEX "CredentialEvent_workspaceId_createdAt_idx" ON "CredentialEvent"("workspaceId", "createdAt");

-- The audit trail is append-only, enforced by the database itself.
CREATE FUNCTION "CredentialEvent_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'The credential audit trail is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CredentialEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "CredentialEvent"
  FOR EACH ROW EXECUTE FUNCTION "CredentialEvent_append_only"();
