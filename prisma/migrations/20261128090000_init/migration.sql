-- CreateEnum
CREATE TYPE "CredentialStatus" AS ENUM ('verified', 'not_verified', 'invalid');

-- CreateTable
CREATE TABLE "Credential" (
    "id" UUID NOT NULL,
    "connector" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sealedToken" BYTEA NOT NULL,
    "keyId" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "tokenFingerprint" TEXT NOT NULL,
    "region" TEXT,
    "status" "CredentialStatus" NOT NULL DEFAULT 'not_verified',
    "statusReason" TEXT,
    "checkedAt" TIMESTAMP(3),
    "accessReport" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Credential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Credential_connector_nameKey_key" ON "Credential"("connector", "nameKey");

-- CreateIndex
CREATE INDEX "Credential_connector_tokenFingerprint_idx" ON "Credential"("connector", "tokenFingerprint");
