import 'server-only';
import type { Db } from '@/lib/db/client';

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;
// Windows long over are swept now and then by whoever counts, so the table stays small.
const SWEEP_CHANCE = 0.01;

/**
 * Counts one attempt under `key` in a fixed one-minute window shared by every instance (one
 * statement, so concurrent attempts all count) and says whether it is within `limit`.
 */
export async function countAttempt(db: Db, key: string, limit: number, now = new Date()): Promise<RateLimitVerdict> {
  const windowOver = new Date(now.getTime() - WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitWindow"."windowStart" <= ${windowOver} THEN 1 ELSE "RateLimitWindow"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" <= ${windowOver} THEN ${now} ELSE "RateLimitWindow"."windowStart" END
    RETURNING "count", "windowStart"`;
  if (Math.random() < SWEEP_CHANCE) await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 60 * WINDOW_MS) } } });
  if (!row || row.count <= limit) return { allowed: true };
  const retryAfterMs = new Date(row.windowStart).getTime() + WINDOW_MS - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}
