-- One-time credential request links (lib/credential-requests): someone without an account hands
-- over a token through a link. Only the SHA-256 of the link's secret is stored.

CREATE TYPE "CredentialRequestStatus" AS ENUM ('pending', 'opened', 'fulfilled', 'revoked', 'locked');

CREATE TABLE "CredentialRequest" (
    "id" UUID NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "targetCredentialId" UUID,
    "name" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "recipientEmail" TEXT,
    "expiresIn" TEXT NOT NULL,
    "flowKind" TEXT,
    "flowModels" TEXT[] NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretSalt" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "status" "CredentialRequestStatus" NOT NULL DEFAULT 'pending',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3),
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "claimId" UUID,
    "claimedUntil" TIMESTAMP(3),
    "fulfilledAt" TIMESTAMP(3),
    "credentialId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CredentialRequest_pkey" PRIMARY KEY ("id")
);
-- A link is found by the hash of its secret.
CREATE UNIQUE INDEX "CredentialRequest_secretHash_key" ON "CredentialRequest"("secretHash");
-- The workspace's list, newest first.
CREATE INDEX "CredentialRequest_workspaceId_createdAt_idx" ON "CredentialRequest"("workspaceId", "createdAt");
-- The Authenticate step's "arrived through your request".
CREATE INDEX "CredentialRequest_requestedById_flowKind_fulfilledAt_idx" ON "CredentialRequest"("requestedById", "flowKind", "fulfilledAt");
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_targetCredentialId_fkey" FOREIGN KEY ("targetCredentialId") REFERENCES "Credential"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Attempts per key in fixed one-minute windows (request links per address and per link).
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);
