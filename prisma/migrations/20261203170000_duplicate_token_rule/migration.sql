-- A token is saved once per workspace and connector unless someone confirms saving it again. The
-- check before the insert (lib/credentials/insert-credential.ts) raced under READ COMMITTED: four
-- concurrent saves of one token stored twins in most rounds. The database now holds the rule for
-- the rows nobody confirmed: at most one of them per token.
ALTER TABLE "Credential" ADD COLUMN "twinConfirmed" BOOLEAN NOT NULL DEFAULT false;

-- Twins stored before this migration, confirmed or raced: all but the oldest of each token count as confirmed.
UPDATE "Credential" AS c SET "twinConfirmed" = true
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "tokenFingerprint", "workspaceId", "connector" ORDER BY "createdAt", "id") AS "rank"
  FROM "Credential"
) AS ranked
WHERE c."id" = ranked."id" AND ranked."rank" > 1;

CREATE UNIQUE INDEX "Credential_tokenFingerprint_workspaceId_connector_key" ON "Credential"("tokenFingerprint", "workspaceId", "connector") WHERE ("twinConfirmed" = false);
