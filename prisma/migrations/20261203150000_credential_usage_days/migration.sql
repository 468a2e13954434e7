-- Reads of Planhat records are counted per credential, UTC day and reader instead of appended to the
-- audit trail, where one row per preview buried the changes (lib/credentials/record-read.ts).

ALTER TABLE "Credential" ADD COLUMN "lastUsedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CredentialUsageDay" (
    "credentialId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "usedBy" TEXT NOT NULL,
    "sourceName" TEXT,
    "model" TEXT NOT NULL,
    "reads" INTEGER NOT NULL,
    "failedReads" INTEGER NOT NULL,
    "lastOutcome" TEXT NOT NULL,
    "lastReadAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CredentialUsageDay_pkey" PRIMARY KEY ("credentialId", "day", "usedBy")
);

-- AddForeignKey
ALTER TABLE "CredentialUsageDay" ADD CONSTRAINT "CredentialUsageDay_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Credential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing "used" events become usage days. The name, model and outcome are the latest read's. Reads
-- of credentials deleted since have nothing left to summarise.
INSERT INTO "CredentialUsageDay" ("credentialId", "day", "usedBy", "sourceName", "model", "reads", "failedReads", "lastOutcome", "lastReadAt")
SELECT
  e."credentialId",
  e."createdAt"::date,
  COALESCE(e."detail" -> 'source' ->> 'id', 'configure-preview') AS "usedBy",
  (array_agg(e."detail" -> 'source' ->> 'name' ORDER BY e."createdAt" DESC))[1],
  (array_agg(COALESCE(e."detail" ->> 'model', '') ORDER BY e."createdAt" DESC))[1],
  count(*),
  count(*) FILTER (WHERE e."outcome" IS DISTINCT FROM 'ok'),
  (array_agg(COALESCE(e."outcome", 'unknown') ORDER BY e."createdAt" DESC))[1],
  max(e."createdAt")
FROM "CredentialEvent" e
JOIN "Credential" c ON c."id" = e."credentialId"
WHERE e."type" = 'used'
GROUP BY e."credentialId", e."createdAt"::date, COALESCE(e."detail" -> 'source' ->> 'id', 'configure-preview');

UPDATE "Credential" c SET "lastUsedAt" = used."at"
FROM (SELECT "credentialId", max("lastReadAt") AS "at" FROM "CredentialUsageDay" GROUP BY "credentialId") used
WHERE c."id" = used."credentialId";

-- The trail is append-only by trigger; this one-off clean-up of reads (not changes) steps around it,
-- inside this migration's transaction, so no other writer ever sees the trigger off.
ALTER TABLE "CredentialEvent" DISABLE TRIGGER "CredentialEvent_no_update_or_delete";
DELETE FROM "CredentialEvent" WHERE "type" = 'used';
ALTER TABLE "CredentialEvent" ENABLE TRIGGER "CredentialEvent_no_update_or_delete";
