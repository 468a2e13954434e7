import 'server-only';
import { sqlOf, type Db } from '@/lib/db/client';
import type { Statement } from '@/lib/db/sql';

/** What a read counts under when no saved source made it: the configure step's preview. */
export const CONFIGURE_PREVIEW = 'configure-preview';

export interface ReadToRecord {
  workspaceId: string;
  credentialId: string;
  /** The saved source that read, or null for the configure preview of a source not saved yet. */
  source: { id: string; name: string } | null;
  model: string;
  /** 'ok', or why the read failed. */
  outcome: string;
  at?: Date;
}

// $1 credential, $2 workspace, $3 time (UTC, as Prisma stores it), $4 reader, $5 source name,
// $6 model, $7 1 if the read failed, $8 outcome. The UPDATE locks the credential's row, so a read
// racing its deletion either counts before the delete or finds nothing and counts nothing. Times
// come from the instance that read; the newest read decides the "last" fields whatever order
// instances with slightly different clocks write in.
const RECORD_READ: Statement = {
  name: 'credential_record_read',
  text: `
    WITH credential AS (
      UPDATE "Credential" SET "lastUsedAt" = GREATEST("lastUsedAt", $3::timestamp(3))
      WHERE "id" = $1::uuid AND "workspaceId" = $2
      RETURNING "id", "lastUsedAt"
    ),
    day AS (
      INSERT INTO "CredentialUsageDay" AS u ("credentialId", "day", "usedBy", "sourceName", "model", "reads", "failedReads", "lastOutcome", "lastReadAt")
      SELECT credential."id", $3::timestamp(3)::date, $4, $5, $6, 1, $7::int, $8, $3::timestamp(3) FROM credential
      ON CONFLICT ("credentialId", "day", "usedBy") DO UPDATE SET
        "reads" = u."reads" + 1,
        "failedReads" = u."failedReads" + EXCLUDED."failedReads",
        "sourceName" = CASE WHEN EXCLUDED."lastReadAt" >= u."lastReadAt" THEN EXCLUDED."sourceName" ELSE u."sourceName" END,
        "model" = CASE WHEN EXCLUDED."lastReadAt" >= u."lastReadAt" THEN EXCLUDED."model" ELSE u."model" END,
        "lastOutcome" = CASE WHEN EXCLUDED."lastReadAt" >= u."lastReadAt" THEN EXCLUDED."lastOutcome" ELSE u."lastOutcome" END,
        "lastReadAt" = GREATEST(u."lastReadAt", EXCLUDED."lastReadAt")
    )
    SELECT to_char(credential."lastUsedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastUsedAt" FROM credential`,
};

/**
 * Counts one read of Planhat records in the credential's usage of the day and moves its "last used"
 * time, in one statement: atomic with any number of instances reading at once, one round trip per
 * read. Returns the credential's last-used time (ISO), or null when it no longer exists.
 */
export async function recordRead(db: Db, { workspaceId, credentialId, source, model, outcome, at = new Date() }: ReadToRecord): Promise<string | null> {
  const values = [credentialId, workspaceId, at.toISOString(), source?.id ?? CONFIGURE_PREVIEW, source?.name ?? null, model, outcome === 'ok' ? 0 : 1, outcome];
  const [row] = (await sqlOf(db).query<{ lastUsedAt: string }>(RECORD_READ, values)).rows;
  return row?.lastUsedAt ?? null;
}
