import 'server-only';
import { createHash } from 'node:crypto';
import { getDb, sqlOf } from '@/lib/db/client';
import type { Statement } from '@/lib/db/sql';

/** How the plugin stores a key: SHA-256, base64url without padding (checked against it in tests). */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('base64url');

export const RATE_LIMIT_WINDOW_SECONDS = 60;

export type ApiKeyUse =
  | { found: false; expired: boolean }
  | {
      found: true;
      keyId: string;
      /** Requests in the current window, this one included. */
      requestCount: number;
      windowEndsInSeconds: number;
      /** The key's creator, while they are still a member of the key's workspace. */
      creator: { userId: string; name: string; email: string; role: string; workspaceId: string; workspaceName: string } | null;
    };

type UseRow = {
  keyId: string;
  requestCount: number;
  windowEndsInSeconds: number;
  userId: string | null;
  name: string | null;
  email: string | null;
  role: string | null;
  workspaceId: string | null;
  workspaceName: string | null;
};

// $1: the key's hash, $2: the window in seconds. Times come from the database's clock, in UTC like
// every timestamp Prisma writes.
const CLAIM_USE: Statement = {
  name: 'api_key_claim_use',
  text: `
    WITH clock AS (SELECT now() AT TIME ZONE 'UTC' AS now),
    used AS (
      UPDATE "apikey" AS k SET
        "requestCount" = CASE WHEN k."rateLimitWindowStart" > clock.now - $2::int * interval '1 second' THEN COALESCE(k."requestCount", 0) + 1 ELSE 1 END,
        "rateLimitWindowStart" = CASE WHEN k."rateLimitWindowStart" > clock.now - $2::int * interval '1 second' THEN k."rateLimitWindowStart" ELSE clock.now END,
        "lastRequest" = clock.now
      FROM clock
      WHERE k."key" = $1 AND k."enabled" IS NOT FALSE AND (k."expiresAt" IS NULL OR k."expiresAt" > clock.now)
      RETURNING k."id", k."referenceId", k."metadata", k."requestCount",
        ceil(extract(epoch FROM k."rateLimitWindowStart" + $2::int * interval '1 second' - clock.now))::int AS "windowEndsInSeconds"
    )
    SELECT used."id" AS "keyId", used."requestCount", used."windowEndsInSeconds",
      u."id" AS "userId", u."name", u."email", m."role", o."id" AS "workspaceId", o."name" AS "workspaceName"
    FROM used
    LEFT JOIN "member" m ON m."organizationId" = used."referenceId" AND m."userId" = (used."metadata"::jsonb ->> 'createdBy')
    LEFT JOIN "user" u ON u."id" = m."userId"
    LEFT JOIN "organization" o ON o."id" = m."organizationId"
    LIMIT 1`,
};

const REFUSED_KEY: Statement = {
  name: 'api_key_refused',
  text: `SELECT "expiresAt" <= now() AT TIME ZONE 'UTC' AS expired FROM "apikey" WHERE "key" = $1`,
};

/**
 * Looks a key up by its hash, counts this request in the key's fixed one-minute window and reads
 * its creator's membership, in one statement: the row lock makes the count exact across instances,
 * and every API request pays one round trip for all of it.
 */
export async function claimApiKeyUse(key: string): Promise<ApiKeyUse> {
  const sql = sqlOf(await getDb());
  const hash = hashApiKey(key);
  const [row] = (await sql.query<UseRow>(CLAIM_USE, [hash, RATE_LIMIT_WINDOW_SECONDS])).rows;
  if (!row) {
    // Rare: only refused keys get this second look, to say why.
    const [refused] = (await sql.query<{ expired: boolean | null }>(REFUSED_KEY, [hash])).rows;
    return { found: false, expired: refused?.expired === true };
  }
  const { keyId, requestCount, windowEndsInSeconds, userId, name, email, role, workspaceId, workspaceName } = row;
  const creator = userId && name !== null && email !== null && role && workspaceId && workspaceName !== null ? { userId, name, email, role, workspaceId, workspaceName } : null;
  return { found: true, keyId, requestCount, windowEndsInSeconds, creator };
}
