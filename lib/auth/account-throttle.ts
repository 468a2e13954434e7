import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/client';
import { accountSignInLimit } from './auth-options';

const keyFor = (email: string) => `account-sign-in:${email.trim().toLowerCase()}`;

/**
 * Counts a sign-in attempt for an account in Better Auth's rate-limit table (so the limit holds
 * across instances) and says whether it is over the limit. One atomic statement: no lost counts.
 */
export async function countSignInAttempt(db: Db, email: string, now = Date.now()): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowStart = now - accountSignInLimit.windowSeconds * 1000;
  const [row] = await db.$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "rateLimit" (id, key, count, "lastRequest") VALUES (${randomUUID()}, ${keyFor(email)}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "rateLimit"."lastRequest" < ${windowStart} THEN 1 ELSE "rateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "rateLimit"."lastRequest" < ${windowStart} THEN ${now} ELSE "rateLimit"."lastRequest" END
    RETURNING count, "lastRequest"`;
  const count = row?.count ?? 1;
  const started = Number(row?.lastRequest ?? now);
  const retryAfterSeconds = Math.max(1, Math.ceil((started + accountSignInLimit.windowSeconds * 1000 - now) / 1000));
  return { allowed: count <= accountSignInLimit.max, retryAfterSeconds };
}

/** A successful sign-in clears the account's count. */
export async function clearSignInAttempts(db: Db, email: string) {
  await db.rateLimit.deleteMany({ where: { key: keyFor(email) } });
}
