-- What every /api/v1 request touches (lib/api/api-key-use.ts, lib/credentials/insert-credential.ts).

-- A fixed one-minute rate-limit window per API key, counted in the same statement that looks the
-- key up (the plugin's own limiter restarted its window with every allowed request).
ALTER TABLE "apikey" ADD COLUMN "rateLimitWindowStart" TIMESTAMP(3);

-- Keys are looked up by their hash on every request; the plugin's hashes are unique in practice.
DROP INDEX "apikey_key_idx";
CREATE UNIQUE INDEX "apikey_key_key" ON "apikey"("key");

-- Token twins are found by fingerprint first (lib/credentials/clashes.ts). With the fingerprint
-- after (workspaceId, connector), the name check could pick this index and read a whole workspace.
DROP INDEX "Credential_workspaceId_connector_tokenFingerprint_idx";
CREATE INDEX "Credential_tokenFingerprint_workspaceId_connector_idx" ON "Credential"("tokenFingerprint", "workspaceId", "connector");
